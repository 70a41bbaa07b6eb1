import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Chip, Stack } from '@mui/material';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { OrganizationFormDialog } from './OrganizationFormDialog';
import { organizations, type Organization } from './api';

export default function OrganizationsPage() {
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader title="Organizations" breadcrumbs={[{ label: 'Admin' }, { label: 'Organizations' }]}
        actions={<Button variant="contained" onClick={() => setCreating(true)}>Create</Button>} />
      <PagedTable<Organization> label="Organizations" load={organizations.list} rowKey={(row) => row.uri}
        onRowClick={(row) => navigate(`/organizations/${row.uri}`)}
        emptyTitle="No organizations yet" emptyHint="Create one, or ask an organization's admins to invite your team."
        columns={[
          { label: 'Name', render: (row) => row.name },
          { label: 'Admin team', render: (row) => row.adminTeam },
          { label: 'Your role', render: (row) => row.userRole.toLowerCase() },
          { label: 'Environments', render: (row) => row.environmentCount ?? '' },
          { label: 'Tags', render: (row) => <Stack direction="row" spacing={0.5}>{row.tags.map((tag) => <Chip key={tag} size="small" label={tag} />)}</Stack> },
        ]} />
      {creating && <OrganizationFormDialog onClose={() => setCreating(false)}
        onSaved={(organization) => navigate(`/organizations/${organization.uri}`)} />}
    </>
  );
}
