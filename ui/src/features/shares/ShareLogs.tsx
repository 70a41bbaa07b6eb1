import { Box, Paper, Stack, Typography } from '@mui/material';
import { EmptyState } from '../../components/EmptyState';
import { Loaded } from '../../components/Loaded';
import { StatusChip } from '../../components/StatusChip';
import { useLoad } from '../../components/useLoad';
import { shares } from './api';

const KINDS = { PROCESSING: 'Processing', VERIFY: 'Verify', REAPPLY: 'Re-apply' };

/** The share's latest processing, verify and re-apply runs with their logs, newest first (approvers only). */
export function ShareLogs({ uri, version }: { uri: string; version: string }) {
  const logs = useLoad(() => shares.logs(uri), [uri, version]);
  return (
    <Loaded state={logs}>
      {(runs) => runs.length === 0 ? <EmptyState title="No runs yet">Logs appear once the request is approved.</EmptyState> : (
        <Stack spacing={2}>
          {runs.map(({ run, lines }) => (
            <Paper key={run.uri} variant="outlined" sx={{ p: 2 }} component="section"
              aria-label={`${KINDS[run.kind]} run of ${new Date(run.startedAt).toLocaleString()}`}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                <Typography variant="subtitle1" component="h3">{KINDS[run.kind]}</Typography>
                <StatusChip status={run.status} />
                <Typography variant="body2" color="text.secondary">
                  {`by ${run.requestedBy}, ${new Date(run.startedAt).toLocaleString()}`}
                  {run.finishedAt && ` – ${new Date(run.finishedAt).toLocaleTimeString()}`}
                </Typography>
              </Stack>
              <Box component="pre" sx={{ m: 0, p: 1, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto', fontSize: 13 }}>
                {lines.map((line) => `${new Date(line.at).toLocaleTimeString()}  ${line.level.padEnd(5)}  ${line.message}`).join('\n')}
              </Box>
            </Paper>
          ))}
        </Stack>
      )}
    </Loaded>
  );
}
