import { useState } from 'react';
import { Autocomplete, Button, Chip, IconButton, Stack, TextField, Tooltip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormDialog } from '../../components/FormDialog';
import { PagedTable } from '../../components/PagedTable';
import { formatDate } from './format';
import { pageOf } from './pageOf';
import { manages, type DataFilter, type Table } from './api';

/** Named filters of the table (some columns, the rows a condition keeps) that approvers attach to its shares. */
export function DataFiltersTab({ table }: { table: Table }) {
  const canManage = manages(table.userRole);
  const [reloadKey, setReloadKey] = useState(0);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<DataFilter | null>(null);
  const reload = () => setReloadKey((key) => key + 1);
  return (
    <Stack spacing={2}>
      {canManage && <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} sx={{ alignSelf: 'flex-start' }}>New data filter</Button>}
      <PagedTable<DataFilter> label="Data filters" reloadKey={reloadKey} rowKey={(filter) => filter.uri}
        load={async (query) => pageOf(await api.get<DataFilter[]>(`/api/v1/tables/${table.uri}/data-filters`), query,
          (filter) => `${filter.name} ${filter.description ?? ''}`)}
        emptyTitle="No data filters" emptyHint={canManage ? 'A filter shares only some columns or rows of the table.' : undefined}
        columns={[
          { label: 'Name', render: (filter) => filter.name },
          { label: 'Description', render: (filter) => filter.description ?? '' },
          { label: 'Columns', render: (filter) => filter.columns.length === 0 ? 'All columns'
            : filter.columns.map((column) => <Chip key={column} size="small" label={column} sx={{ mr: 0.5, mb: 0.5 }} />) },
          { label: 'Rows', render: (filter) => filter.rowExpression ? <code>{filter.rowExpression}</code> : 'All rows' },
          { label: 'Created', render: (filter) => `${formatDate(filter.createdAt)} by ${filter.createdBy}` },
          ...canManage ? [{ label: '', render: (filter: DataFilter) => (
            <Tooltip title="Delete the filter">
              <IconButton aria-label={`Delete ${filter.name}`} onClick={() => setDeleting(filter)}><DeleteIcon /></IconButton>
            </Tooltip>
          ) }] : [],
        ]} />
      {creating && <NewDataFilterDialog table={table} onClose={() => setCreating(false)} onCreated={reload} />}
      {deleting && (
        <ConfirmDialog title={`Delete ${deleting.name}?`} onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.del(`/api/v1/data-filters/${deleting.uri}`);
            reload();
          }}>
          Shares that read through this filter keep it; it cannot be deleted while one does.
        </ConfirmDialog>
      )}
    </Stack>
  );
}

function NewDataFilterDialog({ table, onClose, onCreated }: { table: Table; onClose: () => void; onCreated: () => void }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [columns, setColumns] = useState<string[]>([]);
  const [rowExpression, setRowExpression] = useState('');
  return (
    <FormDialog title="New data filter" submitLabel="Create" onClose={onClose}
      onSubmit={async () => {
        await api.post(`/api/v1/tables/${table.uri}/data-filters`,
          { name, description, columns, rowExpression: rowExpression.trim() || null });
        onCreated();
      }}>
      {(field) => {
        const columnsField = field('columns', 'The columns it shows; all when none are chosen');
        return (
          <>
            <TextField label="Filter name" required autoFocus value={name} onChange={(event) => setName(event.target.value)} {...field('name')} />
            <TextField label="Description" multiline minRows={2} value={description}
              onChange={(event) => setDescription(event.target.value)} {...field('description')} />
            <Autocomplete multiple options={table.columns.map((column) => column.name)} value={columns} onChange={(_, next) => setColumns(next)}
              renderInput={(params) => <TextField {...params} label="Columns" {...columnsField} />} />
            <TextField label="Row condition" value={rowExpression} onChange={(event) => setRowExpression(event.target.value)}
              slotProps={{ htmlInput: { style: { fontFamily: 'monospace' } } }}
              {...field('rowExpression', 'A SQL condition on the columns, e.g. branch = \'A\'; all rows when empty')} />
          </>
        );
      }}
    </FormDialog>
  );
}
