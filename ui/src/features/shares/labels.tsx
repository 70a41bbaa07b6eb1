import { Stack, Typography } from '@mui/material';
import { StatusChip } from '../../components/StatusChip';
import { ITEM_STATUSES, SHARE_STATUSES, type ItemCounts, type ItemStatus, type ShareStatus } from './api';

/** A share's status as the guide names it (Share_In_Progress…), in its color. */
export const ShareStatusChip = ({ status }: { status: ShareStatus }) => <StatusChip status={SHARE_STATUSES[status]} />;

export const ItemStatusChip = ({ status }: { status: ItemStatus | null }) =>
  status ? <StatusChip status={ITEM_STATUSES[status]} /> : null;

/** How many items are shared, revoked, failed and waiting. */
export function ItemCountsText({ counts }: { counts: ItemCounts }) {
  const parts = [
    [counts.shared, 'shared'], [counts.revoked, 'revoked'], [counts.failed, 'failed'], [counts.pending, 'pending'],
  ] as const;
  return (
    <Stack direction="row" useFlexGap sx={{ columnGap: 1.5, flexWrap: 'wrap' }}>
      {parts.map(([count, label]) => (
        <Typography key={label} variant="body2" sx={{ whiteSpace: 'nowrap' }} color={count && label === 'failed' ? 'error' : count ? 'text.primary' : 'text.disabled'}>
          {count} {label}
        </Typography>
      ))}
    </Stack>
  );
}
