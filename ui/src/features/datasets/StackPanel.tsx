import { useState } from 'react';
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { api } from '../../api/client';
import { Loaded } from '../../components/Loaded';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusChip } from '../../components/StatusChip';
import { useLoad } from '../../components/useLoad';
import { usePolling } from '../../components/usePolling';
import { formatDate } from './format';
import type { ProvisioningRecord } from './types';

const inProgress = (record: ProvisioningRecord) => /IN_PROGRESS|PENDING/i.test(record.status);

/** The provisioning record ("stack") of a resource: status, log, and a re-run. */
export function StackPanel({ path }: { path: string }) {
  const state = useLoad(() => api.get<ProvisioningRecord>(path), [path]);
  const [error, setError] = useState<unknown>(null);
  usePolling(state.reload, !!state.data && inProgress(state.data));
  const update = async () => {
    setError(null);
    try {
      await api.post(`${path}/update`);
      await state.reload();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle1">Stack</Typography>
        {state.data && <StatusChip status={state.data.status} />}
        <Box sx={{ flexGrow: 1 }} />
        <Button size="small" onClick={update} disabled={!state.data || inProgress(state.data)}>Update stack</Button>
      </Stack>
      <ProblemAlert error={error} />
      <Loaded state={state}>
        {(record) => (
          <Paper variant="outlined" sx={{ p: 1.5, maxHeight: 240, overflow: 'auto' }}>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              Provisioned {formatDate(record.createdAt)} · last run {formatDate(record.updatedAt)}
            </Typography>
            {record.logs.map((line, index) => (
              <Box key={index} component="pre" sx={{ m: 0, fontSize: 13, whiteSpace: 'pre-wrap' }}>
                {formatDate(line.at)} {line.level} {line.message}
              </Box>
            ))}
          </Paper>
        )}
      </Loaded>
    </Stack>
  );
}
