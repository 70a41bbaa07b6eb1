import { useState } from 'react';
import { Autocomplete, Button, Chip, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { api } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';
import { Loaded } from '../../components/Loaded';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLoad } from '../../components/useLoad';
import { ASSET_TYPES, type AssetCollection } from './api';

interface GlossaryLink {
  uri: string;
  termUri: string;
  termName: string;
  termPath: string;
  approved: boolean;
}

interface GlossaryNode {
  uri: string;
  kind: 'GLOSSARY' | 'CATEGORY' | 'TERM';
  name: string;
  path: string;
  children: GlossaryNode[];
}

const terms = (node: GlossaryNode): GlossaryNode[] =>
  [...(node.kind === 'TERM' ? [node] : []), ...node.children.flatMap(terms)];

/** The glossary terms linked to an asset, approved or waiting for the glossary's owners; its owners link and unlink. */
export function GlossaryTerms({ collection, uri, canLink }: { collection: AssetCollection; uri: string; canLink: boolean }) {
  const targetType = ASSET_TYPES[collection];
  const state = useLoad(() => api.get<GlossaryLink[]>('/api/v1/glossary-links', { targetType, targetUri: uri }), [targetType, uri]);
  const [linking, setLinking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const unlink = async (link: GlossaryLink) => {
    setError(null);
    try {
      await api.del(`/api/v1/glossary-links/${link.uri}`);
      await state.reload();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1">Glossary terms</Typography>
      <ProblemAlert error={error} />
      <Loaded state={state}>
        {(links) => (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            {links.length === 0 && <Typography color="text.secondary">No terms linked yet.</Typography>}
            {links.map((link) => (
              <Chip key={link.uri} label={`${link.termPath}${link.approved ? '' : ' (waiting for approval)'}`}
                color={link.approved ? 'primary' : 'default'} variant={link.approved ? 'filled' : 'outlined'}
                onDelete={canLink ? () => unlink(link) : undefined} />
            ))}
            {canLink && <Button size="small" startIcon={<AddIcon />} onClick={() => setLinking(true)}>Link a term</Button>}
          </Stack>
        )}
      </Loaded>
      {linking && <LinkTermDialog targetType={targetType} uri={uri} onClose={() => setLinking(false)} onLinked={state.reload} />}
    </Stack>
  );
}

function LinkTermDialog({ targetType, uri, onClose, onLinked }: {
  targetType: string;
  uri: string;
  onClose: () => void;
  onLinked: () => Promise<void>;
}) {
  const options = useLoad(async () => {
    const glossaries = await api.get<GlossaryNode[]>('/api/v1/glossaries');
    const trees = await Promise.all(glossaries.map((glossary) => api.get<GlossaryNode>(`/api/v1/glossaries/${glossary.uri}`)));
    return trees.flatMap(terms);
  }, []);
  const [term, setTerm] = useState<GlossaryNode | null>(null);
  return (
    <FormDialog title="Link a glossary term" submitLabel="Link" onClose={onClose}
      onSubmit={async () => {
        await api.post('/api/v1/glossary-links', { termUri: term?.uri ?? '', targetType, targetUri: uri });
        await onLinked();
      }}>
      {(field) => {
        const termField = field('termUri', 'The glossary\'s owners approve the link');
        return (
          <Loaded state={options}>
            {(all) => (
              <Autocomplete options={all} value={term} onChange={(_, next) => setTerm(next)}
                getOptionLabel={(option) => option.path} isOptionEqualToValue={(option, value) => option.uri === value.uri}
                noOptionsText="No glossary has terms yet"
                renderInput={(params) => <TextField {...params} {...termField} label="Term" required />} />
            )}
          </Loaded>
        );
      }}
    </FormDialog>
  );
}
