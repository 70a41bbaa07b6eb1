import { useState } from 'react';
import {
  Alert, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField,
} from '@mui/material';
import { api } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { ProblemAlert } from '../../components/ProblemAlert';
import { manages, type Table as DatasetTable } from './api';

/** The table's columns with their types; its owners write descriptions that survive re-crawls. */
export function ColumnsTab({ table, onSaved }: { table: DatasetTable; onSaved: (table: DatasetTable) => void }) {
  const editable = manages(table.userRole);
  const [descriptions, setDescriptions] = useState<Record<string, string>>(
    () => Object.fromEntries(table.columns.map((column) => [column.name, column.description ?? ''])));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const changed = table.columns.filter((column) => (column.description ?? '') !== descriptions[column.name]);
  if (table.columns.length === 0) return <EmptyState title="No columns yet">Crawl the dataset to read the table's schema.</EmptyState>;

  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      onSaved(await api.patch<DatasetTable>(`/api/v1/tables/${table.uri}/columns`,
        { descriptions: Object.fromEntries(changed.map((column) => [column.name, descriptions[column.name]])) }));
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={2}>
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label="Columns">
          <TableHead>
            <TableRow><TableCell>Name</TableCell><TableCell>Type</TableCell><TableCell>Description</TableCell></TableRow>
          </TableHead>
          <TableBody>
            {table.columns.map((column) => (
              <TableRow key={column.name}>
                <TableCell>
                  {column.name} {column.partition && <Chip size="small" variant="outlined" label="partition" sx={{ ml: 1 }} />}
                </TableCell>
                <TableCell>{column.type}</TableCell>
                <TableCell sx={{ width: '50%' }}>
                  {editable ? (
                    <TextField size="small" fullWidth placeholder="Describe the column" value={descriptions[column.name]}
                      slotProps={{ htmlInput: { 'aria-label': `Description of ${column.name}` } }}
                      onChange={(event) => {
                        setDescriptions({ ...descriptions, [column.name]: event.target.value });
                        setSaved(false);
                      }} />
                  ) : column.description || '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <ProblemAlert error={error} />
      {saved && <Alert severity="success">Column descriptions saved.</Alert>}
      {editable && (
        <Button variant="contained" onClick={save} disabled={busy || changed.length === 0} sx={{ alignSelf: 'flex-start' }}>
          Save descriptions
        </Button>
      )}
    </Stack>
  );
}
