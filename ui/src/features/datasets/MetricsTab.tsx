import { useState } from 'react';
import { Button, Stack, Typography } from '@mui/material';
import InsightsIcon from '@mui/icons-material/Insights';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FollowedJob, JobsTable } from './Jobs';
import { ProfileCharts } from './ProfileCharts';
import type { Job, Table } from './api';

/** Profiling of the table: start a run, follow it, and the charts of the latest profile. */
export function MetricsTab({ table, onProfiled }: { table: Table; onProfiled: () => void }) {
  const base = `/api/v1/tables/${table.uri}/profiling-runs`;
  const [started, setStarted] = useState<Job | null>(null);
  const [finished, setFinished] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const start = async () => {
    setError(null);
    try {
      setStarted(await api.post<Job>(base));
      setFinished(false);
      setReloadKey((key) => key + 1);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Stack spacing={3}>
      <Button variant="contained" startIcon={<InsightsIcon />} onClick={start} sx={{ alignSelf: 'flex-start' }}
        disabled={!!started && !finished}>
        Profile the table
      </Button>
      <ProblemAlert error={error} />
      {started && (
        <FollowedJob path={`${base}/${started.uri}`} onDone={() => {
          setFinished(true);
          setReloadKey((key) => key + 1);
          onProfiled();
        }} />
      )}
      {table.latestProfile ? <ProfileCharts profile={table.latestProfile} />
        : <EmptyState title="Not profiled yet">Profile the table to see, per column, how complete it is, its range and its most frequent values.</EmptyState>}
      <Stack spacing={1}>
        <Typography variant="h6" component="h2">Profiling runs</Typography>
        <JobsTable label="Profiling runs" reloadKey={reloadKey} jobPath={(job) => `${base}/${job.uri}`}
          load={(query) => api.get<Page<Job>>(base, { ...query })} />
      </Stack>
    </Stack>
  );
}
