import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@mui/material';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { StatusChip } from '../../components/StatusChip';
import { CreateEnvironmentDialog } from './CreateEnvironmentDialog';
import { environments, type Environment } from './api';

export default function EnvironmentsPage() {
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader title="Environments" breadcrumbs={[{ label: 'Admin' }, { label: 'Environments' }]}
        actions={<Button variant="contained" onClick={() => setCreating(true)}>Link environment</Button>} />
      <PagedTable<Environment> label="Environments" load={environments.list} rowKey={(row) => row.uri}
        onRowClick={(row) => navigate(`/environments/${row.uri}`)}
        emptyTitle="No environments yet" emptyHint="Link one to an organization, or ask its admins to invite your team."
        columns={[
          { label: 'Name', render: (row) => row.name },
          { label: 'Team', render: (row) => row.adminTeam },
          { label: 'Region', render: (row) => row.region },
          { label: 'Your role', render: (row) => row.userRole.toLowerCase() },
          { label: 'Stack', render: (row) => <StatusChip status={row.stackStatus} /> },
        ]} />
      {creating && <CreateEnvironmentDialog onClose={() => setCreating(false)}
        onCreated={(environment) => navigate(`/environments/${environment.uri}`)} />}
    </>
  );
}
