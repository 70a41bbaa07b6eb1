import { Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Loaded } from '../../components/Loaded';
import { StatusChip } from '../../components/StatusChip';
import { useLoad } from '../../components/useLoad';
import { usePolling } from '../../components/usePolling';
import { environments } from './api';

const settled = (status?: string) => !!status && /COMPLETE|FAILED/.test(status);

/** The provisioning record: refreshes itself while provisioning runs. */
export function StackTab({ uri, onStatus }: { uri: string; onStatus: () => void }) {
  const stack = useLoad(() => environments.stack(uri), [uri]);
  usePolling(async () => {
    await stack.reload();
    onStatus();
  }, !!stack.data && !settled(stack.data.status));
  const update = async () => {
    await environments.updateStack(uri);
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
            <Button onClick={update} disabled={!settled(record.status)}>Update stack</Button>
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
