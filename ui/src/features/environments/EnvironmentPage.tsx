import { useCallback } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Chip, Paper, Stack, Tab, Tabs } from '@mui/material';
import { Detail } from '../../components/Detail';
import { InvitedTeams } from '../../components/InvitedTeams';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { StatusChip } from '../../components/StatusChip';
import { useLoad } from '../../components/useLoad';
import { ConsumptionPrincipals } from './ConsumptionPrincipals';
import { KeyValueTagsTab } from './KeyValueTagsTab';
import { StackTab } from './StackTab';
import { ENVIRONMENT_PERMISSIONS, environments, type Environment } from './api';

const TABS = [
  { path: 'overview', label: 'Overview' },
  { path: 'teams', label: 'Teams' },
  { path: 'consumption-principals', label: 'Consumption principals' },
  { path: 'stack', label: 'Stack' },
  { path: 'kv-tags', label: 'Key-value tags' },
];

export default function EnvironmentPage() {
  const { uri = '', tab = 'overview' } = useParams();
  const navigate = useNavigate();
  const environment = useLoad(() => environments.get(uri), [uri]);
  return (
    <Loaded state={environment}>
      {(env) => (
        <>
          <PageHeader title={env.name} subtitle={env.description}
            breadcrumbs={[{ label: 'Environments', to: '/environments' }, { label: env.name }]} />
          <Tabs value={tab} onChange={(_, next) => navigate(`/environments/${uri}/${next}`)} sx={{ mb: 2 }}>
            {TABS.map((item) => <Tab key={item.path} value={item.path} label={item.label} />)}
          </Tabs>
          {tab === 'overview' && <Overview env={env} />}
          {tab === 'teams' && <Teams uri={uri} />}
          {tab === 'consumption-principals' && <ConsumptionPrincipals uri={uri} />}
          {tab === 'stack' && <StackTab uri={uri} onStatus={environment.reload} />}
          {tab === 'kv-tags' && <KeyValueTagsTab uri={uri} />}
        </>
      )}
    </Loaded>
  );
}

function Overview({ env }: { env: Environment }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack spacing={2}>
        <Stack direction="row" spacing={4}>
          <Detail label="Admin team">{env.adminTeam}</Detail>
          <Detail label="Region">{env.region ?? '—'}</Detail>
          <Detail label="Resource prefix">{env.resourcePrefix}</Detail>
          <Detail label="Stack"><StatusChip status={env.stackStatus} /></Detail>
        </Stack>
        <Detail label="Storage root">{env.storageRoot ?? '—'}</Detail>
        <Detail label="Features">
          {Object.entries(env.features).filter(([, on]) => on).map(([feature]) => feature).join(', ') || 'none'}
        </Detail>
        <Detail label="Your permissions">
          {env.userPermissions.map((p) => p.replace(/_/g, ' ').toLowerCase()).join(', ')}
        </Detail>
        <Detail label="Tags">
          <Stack direction="row" spacing={0.5}>{env.tags.map((tag) => <Chip key={tag} size="small" label={tag} />)}</Stack>
        </Detail>
        <Detail label="Created by">{`${env.createdBy}, ${new Date(env.createdAt).toLocaleString()}`}</Detail>
      </Stack>
    </Paper>
  );
}

function Teams({ uri }: { uri: string }) {
  const load = useCallback(() => environments.teams(uri), [uri]);
  return (
    <InvitedTeams what="environment" allPermissions={ENVIRONMENT_PERMISSIONS} load={load}
      invite={(team, permissions) => environments.invite(uri, team, permissions)}
      update={(team, permissions) => environments.updateTeam(uri, team, permissions)}
      remove={(team) => environments.removeTeam(uri, team)} />
  );
}
