import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Chip, IconButton, Stack, Tooltip } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLoad } from '../../components/useLoad';
import { DeleteWorksheetDialog } from './DeleteWorksheetDialog';
import { formatDateTime } from './format';
import { WorksheetFormDialog } from './WorksheetFormDialog';
import { environments } from '../environments/api';
import { worksheets, type Worksheet } from './api';

export default function WorksheetsPage() {
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Worksheet | null>(null);
  const [reloadKey, setReloadKey] = useState(0);
  const environmentList = useLoad(async () => (await environments.list({ page: 1, size: 500 })).items, []);
  const environmentName = (uri: string) => environmentList.data?.find((environment) => environment.uri === uri)?.name ?? uri;
  // where the caller's teams may run worksheets; the API says so when the chosen team may not
  const forWorksheets = environmentList.data?.filter((environment) => environment.features.worksheets
    && environment.userPermissions.includes('RUN_WORKSHEETS'));
  return (
    <>
      <PageHeader title="Worksheets" breadcrumbs={[{ label: 'Play' }, { label: 'Worksheets' }]}
        subtitle="Write SQL over the tables your teams own or read through shares, and share queries with your team."
        actions={<Button variant="contained" onClick={() => setCreating(true)}>Create</Button>} />
      <ProblemAlert error={environmentList.error} />
      <PagedTable<Worksheet> label="Worksheets" load={worksheets.list} rowKey={(row) => row.uri} reloadKey={reloadKey}
        onRowClick={(row) => navigate(`/worksheets/${row.uri}`)}
        emptyTitle="No worksheets yet" emptyHint="Create one to query your team's tables."
        columns={[
          { label: 'Name', render: (row) => row.name },
          { label: 'Description', render: (row) => row.description },
          { label: 'Team', render: (row) => row.ownerTeam },
          { label: 'Environment', render: (row) => environmentName(row.environmentUri) },
          { label: 'Tags', render: (row) => <Stack direction="row" spacing={0.5}>{row.tags.map((tag) => <Chip key={tag} size="small" label={tag} />)}</Stack> },
          { label: 'Created by', render: (row) => row.createdBy },
          { label: 'Last change', render: (row) => formatDateTime(row.updatedAt ?? row.createdAt) },
          {
            label: 'Actions', render: (row) => (
              <Tooltip title="Delete">
                <IconButton size="small" aria-label={`Delete ${row.name}`} onClick={(event) => {
                  event.stopPropagation();
                  setDeleting(row);
                }}><DeleteIcon fontSize="small" /></IconButton>
              </Tooltip>
            ),
          },
        ]} />
      {creating && <WorksheetFormDialog environments={forWorksheets} onClose={() => setCreating(false)}
        onSaved={(worksheet) => navigate(`/worksheets/${worksheet.uri}`)} />}
      {deleting && (
        <DeleteWorksheetDialog worksheet={deleting} onClose={() => setDeleting(null)}
          onDeleted={() => setReloadKey((key) => key + 1)} />
      )}
    </>
  );
}
