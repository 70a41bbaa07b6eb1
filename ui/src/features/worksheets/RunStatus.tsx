import { useEffect, useState } from 'react';
import { Alert, AlertTitle, Button, Stack, Typography } from '@mui/material';
import StopIcon from '@mui/icons-material/Stop';
import { StatusChip } from '../../components/StatusChip';
import { isUnfinished, type QueryRun } from './api';
import { formatDuration } from './format';

const OUTCOME: Partial<Record<QueryRun['status'], string>> = {
  FAILED: 'The query failed',
  CANCELLED: 'The query was cancelled',
  TIMED_OUT: 'The query took too long and was stopped',
};

/** A run's status and time, counting while it goes on, with Cancel; the engine's message when it did not succeed. */
export function RunStatus({ run, onCancel, cancelling }: { run: QueryRun; onCancel: () => void; cancelling: boolean }) {
  const unfinished = isUnfinished(run.status);
  const now = useNow(unfinished);
  const since = Date.parse(run.startedAt ?? run.createdAt);
  const time = unfinished
    ? `${run.status === 'QUEUED' ? 'Waiting' : 'Running'} for ${formatDuration(Math.max(0, now - since))}`
    : run.durationMillis !== null ? `Took ${formatDuration(run.durationMillis)}` : '';
  const outcome = OUTCOME[run.status];
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', minHeight: 32 }} role="status"
        aria-label="Query status">
        <StatusChip status={run.status} />
        <Typography variant="body2" color="text.secondary">{time}</Typography>
        <Typography variant="body2" color="text.secondary">by {run.username}</Typography>
        {unfinished && (
          <Button size="small" color="error" variant="outlined" startIcon={<StopIcon />} disabled={cancelling}
            onClick={onCancel}>Cancel</Button>
        )}
      </Stack>
      {outcome && (
        <Alert severity={run.status === 'FAILED' ? 'error' : 'warning'}>
          <AlertTitle>{outcome}</AlertTitle>
          {run.error && run.error.replace(/\.$/, '') !== outcome && (
            <Typography component="pre" variant="body2" sx={{ whiteSpace: 'pre-wrap', m: 0, fontFamily: 'monospace' }}>
              {run.error}
            </Typography>
          )}
        </Alert>
      )}
    </Stack>
  );
}

/** The current time, refreshed every few tenths of a second while `ticking`. */
function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 200);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}
