import { Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ProvisioningRecord } from '../api/types';
import { Loaded } from './Loaded';
import { StatusChip } from './StatusChip';
import { useLoad } from './useLoad';
import { usePolling } from './usePolling';

const settled = (status?: string) => !!status && /COMPLETE|FAILED/.test(status);

/**
 * The provisioning record ("stack") of an environment, dataset…: refreshes itself while provisioning runs.
 * `load` and `update` take the resource's URI, e.g. `environments.stack` and `environments.updateStack`.
 */
export function StackPanel({ uri, load, update, onStatus }: {
  uri: string;
  load: (uri: string) => Promise<ProvisioningRecord>;
  update: (uri: string) => Promise<unknown>;
  onStatus?: () => void;
}) {
  const stack = useLoad(() => load(uri), [uri, load]);
  usePolling(async () => {
    await stack.reload();
    onStatus?.();
  }, !!stack.data && !settled(stack.data.status));
  const rerun = async () => {
    await update(uri);
    await stack.reload();
  };
  return (
    <Loaded state={stack}>
      {(record) => (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
            <Typography>Status</Typography>
            <StatusChip status={record.status} />
            <Typography color="text.secondary" sx={{ flexGrow: 1 }}>updated {new Date(record.updatedAt).toLocaleString()}</Typography>
            <Button onClick={rerun} disabled={!settled(record.status)}>Update stack</Button>
          </Stack>
          <Table size="small" aria-label="Stack log">
            <TableHead><TableRow><TableCell>At</TableCell><TableCell>Level</TableCell><TableCell>Message</TableCell></TableRow></TableHead>
            <TableBody>
              {record.logs.map((line, index) => (
                <TableRow key={index}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{new Date(line.at).toLocaleString()}</TableCell>
                  <TableCell>{line.level}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{line.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </Loaded>
  );
}
