import { useState } from 'react';
import { Button, Chip, List, ListItem, ListItemText, Paper, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Detail } from '../../components/Detail';
import { NodeDialog } from './NodeDialog';
import { AssetLink } from './AssetLink';
import { KIND_LABELS, glossaries, type GlossaryLink, type GlossaryNode } from './api';

type Editing = { kind: 'add'; child: 'CATEGORY' | 'TERM' } | { kind: 'edit' } | { kind: 'delete' };

/**
 * The selected node of the tree: its description and actions (add a category or term under a glossary or
 * category, edit, delete); for a term, the assets linked to it.
 */
export function NodeDetails({ node, links, onChanged, onDeleted }: {
  node: GlossaryNode;
  links: GlossaryLink[];
  onChanged: (node?: GlossaryNode) => Promise<unknown>;
  onDeleted: () => Promise<unknown>;
}) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);
  const kind = KIND_LABELS[node.kind];
  const termLinks = links.filter((link) => link.termUri === node.uri);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} aria-label={`${kind} ${node.name}`} component="section">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>{node.name}</Typography>
        {node.kind !== 'TERM' && (
          <>
            <Button startIcon={<AddIcon />} onClick={() => setEditing({ kind: 'add', child: 'CATEGORY' })}>Add category</Button>
            <Button startIcon={<AddIcon />} onClick={() => setEditing({ kind: 'add', child: 'TERM' })}>Add term</Button>
          </>
        )}
        {node.kind !== 'GLOSSARY' && (
          <>
            <Button onClick={() => setEditing({ kind: 'edit' })}>Edit</Button>
            <Button color="error" onClick={() => setEditing({ kind: 'delete' })}>Delete</Button>
          </>
        )}
      </Stack>
      <Stack spacing={2}>
        <Stack direction="row" spacing={4}>
          <Detail label="Kind">{kind}</Detail>
          <Detail label="Path">{node.path}</Detail>
          <Detail label="Created by">{`${node.createdBy}, ${new Date(node.createdAt).toLocaleDateString()}`}</Detail>
        </Stack>
        <Detail label="Description">{node.description || '—'}</Detail>
        {node.kind === 'TERM' && (
          <Detail label="Linked assets">
            {termLinks.length === 0 ? <Typography color="text.secondary">No asset is linked to this term yet.</Typography> : (
              <List dense disablePadding aria-label="Linked assets">
                {termLinks.map((link) => (
                  <ListItem key={link.uri} disableGutters secondaryAction={link.approved
                    ? <Chip size="small" color="success" label="Approved" />
                    : <Chip size="small" color="info" label="Waiting for approval" />}>
                    <ListItemText primary={<AssetLink link={link} />}
                      secondary={`linked by ${link.linkedBy}, ${new Date(link.linkedAt).toLocaleDateString()}`} />
                  </ListItem>
                ))}
              </List>
            )}
          </Detail>
        )}
      </Stack>
      {editing?.kind === 'add' && (
        <NodeDialog title={`Add ${KIND_LABELS[editing.child].toLowerCase()} under ${node.name}`} submitLabel="Add" onClose={close}
          onSubmit={async (values) => onChanged(await glossaries.addNode(node.glossaryUri, editing.child, {
            name: values.name, description: values.description, parentUri: node.uri,
          }))} />
      )}
      {editing?.kind === 'edit' && (
        <NodeDialog title={`Edit ${kind.toLowerCase()}`} initial={node} onClose={close}
          onSubmit={async (values) => onChanged(await glossaries.updateNode(node.uri, values))} />
      )}
      {editing?.kind === 'delete' && (
        <ConfirmDialog title={`Delete ${node.name}?`} onClose={close}
          onConfirm={async () => {
            await glossaries.deleteNode(node.uri);
            await onDeleted();
          }}>
          {node.kind === 'CATEGORY'
            ? 'The category goes with every category and term below it, and their links to data.'
            : 'The term goes with its links to data.'}
        </ConfirmDialog>
      )}
    </Paper>
  );
}
