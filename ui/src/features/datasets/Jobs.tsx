import { useEffect, useRef, useState } from 'react';
import {
  Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Paper, Stack, Typography,
} from '@mui/material';
import { api } from '../../api/client';
import type { Page, PageQuery } from '../../api/types';
import { Loaded } from '../../components/Loaded';
import { PagedTable } from '../../components/PagedTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusChip } from '../../components/StatusChip';
import { useLoad } from '../../components/useLoad';
import { usePolling } from '../../components/usePolling';
import { formatDate } from './format';
import { running, type Job } from './api';

/** What a job does, in words: "Upload to raw/sales", "Crawl of the whole dataset". */
export function describeJob(job: Job): string {
  const prefix = typeof job.parameters.prefix === 'string' && job.parameters.prefix ? job.parameters.prefix : null;
  switch (job.kind) {
    case 'UPLOAD': return `Upload to ${prefix ?? 'the dataset root'}`;
    case 'CRAWL': return prefix ? `Crawl of ${prefix}` : 'Crawl of the whole dataset';
    case 'SYNC': return job.parameters.scheduled ? 'Scheduled table sync' : 'Table sync';
    case 'PROFILING': return job.dataFilterUri ? 'Profiling through a data filter' : 'Profiling';
  }
}

/** A job's status with its percentage while it runs. */
export function JobProgress({ job }: { job: Job }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 200 }}>
      <StatusChip status={job.status} />
      {running(job) && (
        <>
          <LinearProgress sx={{ flexGrow: 1 }} variant={job.percent === null ? 'indeterminate' : 'determinate'}
            value={job.percent ?? 0} aria-label={`${describeJob(job)} progress`} />
          {job.percent !== null && <Typography variant="body2">{job.percent}%</Typography>}
        </>
      )}
    </Stack>
  );
}

/**
 * A paged list of jobs, newest first, refreshed every two seconds while one of them runs; a row opens the job's
 * log. {@code jobPath} gives the URL of one job of the list.
 */
export function JobsTable({ load, jobPath, reloadKey, label = 'Jobs', emptyHint }: {
  load: (query: PageQuery) => Promise<Page<Job>>;
  jobPath: (job: Job) => string;
  reloadKey?: unknown;
  label?: string;
  emptyHint?: string;
}) {
  const [anyRunning, setAnyRunning] = useState(false);
  const [tick, setTick] = useState(0);
  const [opened, setOpened] = useState<Job | null>(null);
  usePolling(() => setTick((count) => count + 1), anyRunning);
  return (
    <>
      <PagedTable label={label} searchable={false} reloadKey={[reloadKey, tick]} rowKey={(job) => job.uri}
        emptyTitle="No jobs yet" emptyHint={emptyHint} onRowClick={setOpened}
        load={async (query) => {
          const page = await load(query);
          setAnyRunning(page.items.some(running));
          return page;
        }}
        columns={[
          { label: 'Job', render: describeJob },
          { label: 'Status', render: (job) => <JobProgress job={job} /> },
          { label: 'Started by', render: (job) => job.requestedBy },
          { label: 'Created', render: (job) => formatDate(job.createdAt) },
          { label: 'Finished', render: (job) => formatDate(job.finishedAt) },
        ]} />
      {opened && <JobLogDialog path={jobPath(opened)} onClose={() => setOpened(null)} />}
    </>
  );
}

/** One job with its log, refreshed while it runs. */
export function JobLogDialog({ path, onClose }: { path: string; onClose: () => void }) {
  const state = useLoad(() => api.get<Job>(path), [path]);
  usePolling(state.reload, !!state.data && running(state.data));
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{state.data ? describeJob(state.data) : 'Job'}</DialogTitle>
      <DialogContent>
        <Loaded state={state}>
          {(job) => (
            <Stack spacing={2}>
              <JobProgress job={job} />
              <Typography variant="body2" color="text.secondary">
                Started by {job.requestedBy} · created {formatDate(job.createdAt)} · finished {formatDate(job.finishedAt)}
              </Typography>
              {job.error && <ProblemAlert error={new Error(job.error)} />}
              <Paper variant="outlined" sx={{ p: 1.5, maxHeight: 360, overflow: 'auto', bgcolor: 'grey.50' }}>
                {job.log.length === 0 ? <Typography color="text.secondary">Nothing logged yet.</Typography>
                  : job.log.map((line, index) => (
                    <Box key={index} component="pre" sx={{ m: 0, fontSize: 13, whiteSpace: 'pre-wrap',
                      color: line.level === 'ERROR' ? 'error.main' : line.level === 'WARN' ? 'warning.dark' : 'text.primary' }}>
                      {new Date(line.at).toLocaleTimeString()} {line.level.padEnd(5)} {line.message}
                    </Box>
                  ))}
              </Paper>
            </Stack>
          )}
        </Loaded>
      </DialogContent>
      <DialogActions><Button onClick={onClose}>Close</Button></DialogActions>
    </Dialog>
  );
}

/** A job just started from this page: its progress until it ends, then onDone (to reload what it changed). */
export function FollowedJob({ path, onDone }: { path: string; onDone: () => void }) {
  const state = useLoad(() => api.get<Job>(path), [path]);
  const [showLog, setShowLog] = useState(false);
  const job = state.data;
  usePolling(state.reload, !!job && running(job), 1000);
  const finished = !!job && !running(job);
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    if (finished) done.current();
  }, [finished]);
  if (!job) return state.error ? <ProblemAlert error={state.error} /> : null;
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography sx={{ minWidth: 180 }}>{describeJob(job)}</Typography>
        <Box sx={{ flexGrow: 1 }}><JobProgress job={job} /></Box>
        <Button size="small" onClick={() => setShowLog(true)}>Show log</Button>
      </Stack>
      {job.error && <Typography color="error" variant="body2" sx={{ mt: 1 }}>{job.error}</Typography>}
      {showLog && <JobLogDialog path={path} onClose={() => setShowLog(false)} />}
    </Paper>
  );
}
