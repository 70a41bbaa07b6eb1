import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Box, Button, Chip, Paper, Tab, Tabs } from '@mui/material';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../components/useLoad';
import { AssociationsTab } from './AssociationsTab';
import { GlossaryTree } from './GlossaryTree';
import { NodeDetails } from './NodeDetails';
import { NodeDialog } from './NodeDialog';
import { glossaries, type GlossaryNode } from './api';

function findNode(node: GlossaryNode, uri: string): GlossaryNode | undefined {
  if (node.uri === uri) return node;
  for (const child of node.children) {
    const found = findNode(child, uri);
    if (found) return found;
  }
  return undefined;
}

export default function GlossaryPage() {
  const { uri = '', tab = 'terms' } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const glossary = useLoad(() => glossaries.get(uri), [uri]);
  const links = useLoad(() => glossaries.associations(uri), [uri]);
  const [editing, setEditing] = useState<'edit' | 'delete' | null>(null);
  const select = (node: GlossaryNode) => setParams({ node: node.uri }, { replace: true });
  const waiting = links.data?.filter((link) => !link.approved).length ?? 0;

  return (
    <Loaded state={glossary}>
      {(root) => {
        const selected = findNode(root, params.get('node') ?? '') ?? root;
        return (
          <>
            <PageHeader title={root.name} subtitle={root.description}
              breadcrumbs={[{ label: 'Glossaries', to: '/glossaries' }, { label: root.name }]}
              actions={(
                <>
                  <Chip label={`Owner team: ${root.ownerTeam}`} variant="outlined" />
                  <Button onClick={() => setEditing('edit')}>Edit</Button>
                  <Button color="error" onClick={() => setEditing('delete')}>Delete</Button>
                </>
              )} />
            <Tabs value={tab} onChange={(_, next) => navigate(`/glossaries/${uri}/${next}`)} sx={{ mb: 2 }}>
              <Tab value="terms" label="Terms" />
              <Tab value="associations" label={waiting ? `Associations (${waiting} waiting)` : 'Associations'} />
            </Tabs>
            {tab === 'terms' && (
              <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '320px 1fr' }, gap: 2, alignItems: 'start' }}>
                <Paper variant="outlined"><GlossaryTree root={root} selected={selected.uri} onSelect={select} /></Paper>
                <NodeDetails key={selected.uri} node={selected} links={links.data ?? []}
                  onChanged={async (changed) => {
                    await glossary.reload();
                    if (changed) select(changed);
                  }}
                  onDeleted={async () => {
                    await glossary.reload();
                    if (selected.parentUri) setParams({ node: selected.parentUri }, { replace: true });
                  }} />
              </Box>
            )}
            {tab === 'associations' && <AssociationsTab links={links} />}
            {editing === 'edit' && (
              <NodeDialog title="Edit glossary" initial={root} onClose={() => setEditing(null)}
                onSubmit={async (values) => {
                  await glossaries.updateNode(uri, { name: values.name, description: values.description });
                  await glossary.reload();
                }} />
            )}
            {editing === 'delete' && (
              <ConfirmDialog title={`Delete ${root.name}?`} onClose={() => setEditing(null)}
                onConfirm={async () => {
                  await glossaries.deleteNode(uri);
                  navigate('/glossaries');
                }}>
                The glossary goes with all its categories and terms, and their links to data.
              </ConfirmDialog>
            )}
          </>
        );
      }}
    </Loaded>
  );
}
