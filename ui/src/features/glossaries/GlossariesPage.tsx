import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Paper, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { EmptyState } from '../../components/EmptyState';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../components/useLoad';
import { NodeDialog } from './NodeDialog';
import { glossaries } from './api';

export default function GlossariesPage() {
  const navigate = useNavigate();
  const list = useLoad(glossaries.list, []);
  const [creating, setCreating] = useState(false);
  const create = <Button variant="contained" onClick={() => setCreating(true)}>Create glossary</Button>;
  return (
    <>
      <PageHeader title="Glossaries" subtitle="Business terms, organized in categories, linked to the data they describe"
        actions={create} />
      <Loaded state={list}>
        {(rows) => rows.length === 0
          ? <EmptyState title="No glossaries yet">Create one to give your data a shared business vocabulary.</EmptyState>
          : (
            <Paper variant="outlined">
              <Table size="small" aria-label="Glossaries">
                <TableHead>
                  <TableRow>
                    <TableCell>Name</TableCell><TableCell>Description</TableCell><TableCell>Owner team</TableCell>
                    <TableCell>Created</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((row) => (
                    <TableRow key={row.uri} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/glossaries/${row.uri}`)}>
                      <TableCell>{row.name}</TableCell>
                      <TableCell>{row.description}</TableCell>
                      <TableCell>{row.ownerTeam}</TableCell>
                      <TableCell>{`${row.createdBy}, ${new Date(row.createdAt).toLocaleDateString()}`}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Paper>
          )}
      </Loaded>
      {creating && (
        <NodeDialog title="Create glossary" submitLabel="Create" withOwnerTeam onClose={() => setCreating(false)}
          onSubmit={async (values) => navigate(`/glossaries/${(await glossaries.create(values)).uri}`)} />
      )}
    </>
  );
}
