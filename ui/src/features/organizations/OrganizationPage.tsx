import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, Chip, Paper, Stack, Typography } from '@mui/material';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Detail } from '../../components/Detail';
import { InvitedTeams } from '../../components/InvitedTeams';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../components/useLoad';
import { OrganizationFormDialog } from './OrganizationFormDialog';
import { ORGANIZATION_PERMISSIONS, organizations } from './api';

export default function OrganizationPage() {
  const uri = useParams().uri!;
  const navigate = useNavigate();
  const organization = useLoad(() => organizations.get(uri), [uri]);
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const loadTeams = useCallback(() => organizations.teams(uri), [uri]);
  return (
    <Loaded state={organization}>
      {(org) => (
        <>
          <PageHeader title={org.name} subtitle={org.description}
            breadcrumbs={[{ label: 'Organizations', to: '/organizations' }, { label: org.name }]}
            actions={org.userRole === 'ADMIN' && (
              <>
                <Button onClick={() => setDialog('edit')}>Edit</Button>
                <Button color="error" onClick={() => setDialog('delete')}>Delete</Button>
              </>
            )} />
          <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
            <Stack direction="row" spacing={4}>
              <Detail label="Admin team">{org.adminTeam}</Detail>
              <Detail label="Created by">{`${org.createdBy}, ${new Date(org.createdAt).toLocaleDateString()}`}</Detail>
              <Detail label="Environments">{String(org.environmentCount ?? 0)}</Detail>
              <Detail label="Tags">
                <Stack direction="row" spacing={0.5}>{org.tags.map((tag) => <Chip key={tag} size="small" label={tag} />)}</Stack>
              </Detail>
            </Stack>
          </Paper>
          <Typography variant="h6" component="h2">Teams</Typography>
          <InvitedTeams what="organization" allPermissions={ORGANIZATION_PERMISSIONS} load={loadTeams}
            invite={(team, permissions) => organizations.invite(uri, team, permissions)}
            update={(team, permissions) => organizations.updateTeam(uri, team, permissions)}
            remove={(team) => organizations.removeTeam(uri, team)} />
          {dialog === 'edit' && <OrganizationFormDialog organization={org} onClose={() => setDialog(null)}
            onSaved={organization.reload} />}
          {dialog === 'delete' && (
            <ConfirmDialog title={`Delete ${org.name}?`} onClose={() => setDialog(null)}
              onConfirm={async () => {
                await organizations.archive(uri);
                navigate('/organizations');
              }}>
              The organization is archived. This is refused while it has environments.
            </ConfirmDialog>
          )}
        </>
      )}
    </Loaded>
  );
}
