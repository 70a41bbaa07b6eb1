import { useState } from 'react';
import { Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import type { MaintenanceMode } from '../../api/types';
import { Loaded } from '../../components/Loaded';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusChip } from '../../components/StatusChip';
import { useLoad } from '../../components/useLoad';
import { usePolling } from '../../components/usePolling';
import { useSession } from '../../session/SessionProvider';
import { admin } from './api';

/** The maintenance window: PENDING until running tasks end, then ACTIVE; the shell shows a banner meanwhile. */
export function MaintenanceTab() {
  const { refresh } = useSession();
  const status = useLoad(admin.maintenance, []);
  const [mode, setMode] = useState<MaintenanceMode>('READ_ONLY');
  const [error, setError] = useState<unknown>(null);
  usePolling(status.reload, status.data?.status === 'PENDING');
  const act = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      await Promise.all([status.reload(), refresh()]);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Loaded state={status}>
      {(current) => (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={2} sx={{ maxWidth: 520 }}>
            <ProblemAlert error={error} />
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Typography>Mode: {current.mode}</Typography>
              <StatusChip status={current.status} />
              {current.runningTasks > 0 && <Typography color="text.secondary">{current.runningTasks} task(s) still running</Typography>}
            </Stack>
            {current.mode === 'NONE' ? (
              <Stack direction="row" spacing={2}>
                <TextField select size="small" label="Mode" value={mode} onChange={(event) => setMode(event.target.value as MaintenanceMode)}>
                  <MenuItem value="READ_ONLY">Read-only</MenuItem>
                  <MenuItem value="NO_ACCESS">No access</MenuItem>
                </TextField>
                <Button variant="contained" onClick={() => act(() => admin.startMaintenance(mode))}>Start maintenance</Button>
              </Stack>
            ) : (
              <Button variant="contained" sx={{ alignSelf: 'flex-start' }} onClick={() => act(admin.endMaintenance)}>
                End maintenance
              </Button>
            )}
          </Stack>
        </Paper>
      )}
    </Loaded>
  );
}
