import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { Box, LinearProgress, Link, Paper, Stack, Tab, Tabs, Typography } from '@mui/material';
import { Detail } from '../../components/Detail';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLoad } from '../../components/useLoad';
import { usePolling } from '../../components/usePolling';
import { notificationsChanged } from '../../shell/NotificationsBell';
import { ShareActions } from './ShareActions';
import { ShareItems } from './ShareItems';
import { ShareLogs } from './ShareLogs';
import { MOVING_ITEM_STATUSES, shares, type Share } from './api';
import { ItemCountsText, ShareStatusChip } from './labels';

const BUSY_STATUSES = ['APPROVED', 'REVOKED', 'SHARE_IN_PROGRESS', 'REVOKE_IN_PROGRESS'];

/** Whether the processing or a verify still works on the share, and how many of its items are settled. */
function progressOf(share: Share) {
  const moving = share.items.filter((item) => MOVING_ITEM_STATUSES.includes(item.status)
    || item.healthStatus === 'PENDING_VERIFY' || item.healthStatus === 'PENDING_REAPPLY').length;
  return { busy: moving > 0 || BUSY_STATUSES.includes(share.status), done: share.items.length - moving, total: share.items.length };
}

export default function SharePage() {
  const { uri = '', tab = 'items' } = useParams();
  const navigate = useNavigate();
  const share = useLoad(() => shares.get(uri), [uri]);
  const [error, setError] = useState<unknown>(null);
  const progress = share.data ? progressOf(share.data) : null;
  usePolling(share.reload, !!progress?.busy);

  const reload = async () => {
    await share.reload();
    notificationsChanged();
  };
  /** Runs a decision, then shows the share as it is now, and the API's message when it refused. */
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    }
    await reload();
  };

  return (
    <Loaded state={share}>
      {(current) => (
        <>
          <PageHeader title={`Share request for ${current.dataset.name}`}
            breadcrumbs={[{ label: 'Shares', to: '/shares' }, { label: current.dataset.name }]}
            actions={<ShareStatusChip status={current.status} />}
            subtitle={`${current.requesterTeam} asks ${current.dataset.ownerTeam}`} />
          <Stack spacing={2}>
            <ShareActions share={current} run={run} reload={reload} />
            <ProblemAlert error={error} />
            {progress?.busy && (
              <Box role="status" aria-label="Progress">
                <Typography variant="body2" sx={{ mb: 0.5 }}>
                  {`Working on it: ${progress.done} of ${progress.total} items done`}
                </Typography>
                <LinearProgress variant="determinate" value={progress.total ? (100 * progress.done) / progress.total : 0} />
              </Box>
            )}
            <Overview share={current} />
            <Tabs value={tab} onChange={(_, next) => navigate(`/shares/${uri}/${next}`)}>
              <Tab value="items" label="Items" />
              <Tab value="logs" label="Logs" />
            </Tabs>
            {tab === 'items' && <ShareItems share={current} run={run} reload={reload} />}
            {tab === 'logs' && <ShareLogs uri={uri} version={`${current.status}:${current.updatedAt}`} />}
          </Stack>
        </>
      )}
    </Loaded>
  );
}

function Overview({ share }: { share: Share }) {
  const date = (value: string | null) => value ? new Date(value).toLocaleDateString() : '—';
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack spacing={2}>
        <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 2 }}>
          <Detail label="Dataset">
            <Link component={RouterLink} to={`/datasets/${share.dataset.uri}`} underline="hover">{share.dataset.name}</Link>
          </Detail>
          <Detail label="Requester team">{share.requesterTeam}</Detail>
          {share.consumptionPrincipalUri && <Detail label="Consumption principal">{share.consumptionPrincipalUri}</Detail>}
          <Detail label="Approvers">{[share.dataset.ownerTeam, share.dataset.stewardsTeam].filter(Boolean).join(', ')}</Detail>
          <Detail label="Items"><ItemCountsText counts={share.counts} /></Detail>
          <Detail label="Created by">{`${share.createdBy}, ${date(share.createdAt)}`}</Detail>
          <Detail label="Expires">
            {share.expiresAt ? date(share.expiresAt) : share.expiryMonths ? `${share.expiryMonths} months after approval` : 'Never'}
          </Detail>
          {share.extensionMonths && <Detail label="Extension requested">{`${share.extensionMonths} months`}</Detail>}
        </Stack>
        <Detail label="Purpose"><Box sx={{ whiteSpace: 'pre-line' }}>{share.requestPurpose || '—'}</Box></Detail>
        {share.rejectPurpose && <Detail label="Reason for rejection">{share.rejectPurpose}</Detail>}
      </Stack>
    </Paper>
  );
}
