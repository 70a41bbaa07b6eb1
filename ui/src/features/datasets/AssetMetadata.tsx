import { useState, type ReactNode } from 'react';
import { Button, Chip, Grid, Paper, Stack, TextField, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/EditOutlined';
import { Detail } from '../../components/Detail';
import { FormDialog } from '../../components/FormDialog';
import { TagsField } from '../../components/TagsField';
import { GlossaryTerms } from './GlossaryTerms';
import type { AssetCollection } from './api';

export const chips = (values: string[]): ReactNode => values.length === 0 ? '—'
  : <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>{values.map((value) => <Chip key={value} size="small" label={value} />)}</Stack>;

/**
 * The overview of a table or folder: its description, details and glossary terms; its owners edit the
 * description and tags (and, with `withName`, the name).
 */
export function AssetMetadata({ collection, uri, name, description, tags, details, canEdit, withName = false, onSave }: {
  collection: AssetCollection;
  uri: string;
  name: string;
  description: string | null;
  tags: string[];
  details: [string, ReactNode][];
  canEdit: boolean;
  withName?: boolean;
  onSave: (change: { name?: string; description: string; tags: string[] }) => Promise<unknown>;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <Stack spacing={3}>
      {canEdit && <Button startIcon={<EditIcon />} onClick={() => setEditing(true)} sx={{ alignSelf: 'flex-start' }}>Edit</Button>}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography sx={{ mb: 2, whiteSpace: 'pre-wrap' }} color={description ? 'text.primary' : 'text.secondary'}>
          {description || 'No description yet.'}
        </Typography>
        <Grid container spacing={2}>
          {[['Tags', chips(tags)] as [string, ReactNode], ...details].map(([label, value]) => (
            <Grid key={label} size={{ xs: 12, sm: 6, md: 4 }}><Detail label={label}>{value}</Detail></Grid>
          ))}
        </Grid>
      </Paper>
      <GlossaryTerms collection={collection} uri={uri} canLink={canEdit} />
      {editing && <EditDialog name={name} description={description} tags={tags} withName={withName} onSave={onSave} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

function EditDialog({ withName, onSave, onClose, ...initial }: {
  name: string;
  description: string | null;
  tags: string[];
  withName: boolean;
  onSave: (change: { name?: string; description: string; tags: string[] }) => Promise<unknown>;
  onClose: () => void;
}) {
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description ?? '');
  const [tags, setTags] = useState(initial.tags);
  return (
    <FormDialog title={`Edit ${initial.name}`} onClose={onClose} onSubmit={() => onSave({ ...withName && { name }, description, tags })}>
      {(field) => (
        <>
          {withName && <TextField label="Name" required value={name} onChange={(event) => setName(event.target.value)} {...field('name')} />}
          <TextField label="Description" multiline minRows={3} autoFocus value={description}
            onChange={(event) => setDescription(event.target.value)} {...field('description')} />
          <TagsField value={tags} onChange={setTags} field={field('tags')} />
        </>
      )}
    </FormDialog>
  );
}
