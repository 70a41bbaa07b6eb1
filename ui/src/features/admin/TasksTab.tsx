import { Alert, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Loaded } from '../../components/Loaded';
import { PagedTable } from '../../components/PagedTable';
import { StatusChip } from '../../components/StatusChip';
import { useLoad } from '../../components/useLoad';
import { usePolling } from '../../components/usePolling';
import { admin, type TaskRun } from './api';

const when = (instant: string | null) => instant ? new Date(instant).toLocaleString() : '—';

/** Queued and periodic tasks with their last outcomes, and the recent runs; refreshes every 10 s. */
export function TasksTab() {
  const tasks = useLoad(() => admin.tasks({ page: 1, size: 1 }), []);
  usePolling(tasks.reload, true, 10_000);
  return (
    <>
      <Loaded state={tasks}>
        {({ scheduled, paused }) => (
          <>
            {paused && <Alert severity="warning" sx={{ mb: 2 }}>Tasks are paused for maintenance</Alert>}
            <Paper variant="outlined" sx={{ mb: 3 }}>
              <Table size="small" aria-label="Scheduled tasks">
                <TableHead>
                  <TableRow>
                    <TableCell>Task</TableCell><TableCell>Instance</TableCell><TableCell>Next run</TableCell>
                    <TableCell>Last success</TableCell><TableCell>Last failure</TableCell><TableCell>State</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {scheduled.map((task) => (
                    <TableRow key={`${task.taskName}/${task.instance}`}>
                      <TableCell>{task.taskName}</TableCell>
                      <TableCell>{task.instance}</TableCell>
                      <TableCell>{when(task.nextExecution)}</TableCell>
                      <TableCell>{when(task.lastSuccess)}</TableCell>
                      <TableCell>{when(task.lastFailure)}</TableCell>
                      <TableCell>
                        <StatusChip status={task.running ? 'RUNNING' : task.consecutiveFailures > 0 ? 'FAILED' : 'SCHEDULED'} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Paper>
          </>
        )}
      </Loaded>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>Recent runs</Typography>
      <PagedTable<TaskRun> label="Task runs" searchable={false} rowKey={(row) => String(row.id)} reloadKey={tasks.data}
        load={async (query) => (await admin.tasks(query)).runs} emptyTitle="No runs yet"
        columns={[
          { label: 'Task', render: (row) => row.taskName },
          { label: 'Started', render: (row) => when(row.startedAt) },
          { label: 'Duration', render: (row) => row.durationMillis === null ? '' : `${row.durationMillis} ms` },
          { label: 'Status', render: (row) => <StatusChip status={row.status} /> },
          { label: 'Error', render: (row) => row.error },
        ]} />
    </>
  );
}
