import { useState } from 'react';
import {
  Alert, Button, IconButton, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { FormDialog } from '../../components/FormDialog';
import { Loaded } from '../../components/Loaded';
import { TeamField } from '../../components/TeamField';
import { useLoad } from '../../components/useLoad';
import { useActingTeam } from '../../session/ActingTeam';
import { environments, type ConsumptionPrincipal } from './api';

/** Service accounts of the environment's teams; a token is shown once, when created or rotated. */
export function ConsumptionPrincipals({ uri }: { uri: string }) {
  const principals = useLoad(() => environments.consumptionPrincipals(uri), [uri]);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<ConsumptionPrincipal | null>(null);
  const [issued, setIssued] = useState<ConsumptionPrincipal | null>(null);
  const showToken = async (principal: ConsumptionPrincipal) => {
    setIssued(principal);
    await principals.reload();
  };
  return (
    <>
      <Stack direction="row" sx={{ mb: 1, justifyContent: 'flex-end' }}>
        <Button variant="contained" onClick={() => setCreating(true)}>Add consumption principal</Button>
      </Stack>
      {issued?.token && (
        <Alert severity="info" sx={{ mb: 2 }} onClose={() => setIssued(null)}>
          API token of {issued.name}, shown this once: <code>{issued.token}</code>
        </Alert>
      )}
      <Loaded state={principals}>
        {(rows) => rows.length === 0 ? <EmptyState title="No consumption principals" /> : (
          <Paper variant="outlined">
            <Table size="small" aria-label="Consumption principals">
              <TableHead>
                <TableRow><TableCell>Name</TableCell><TableCell>Team</TableCell><TableCell>Token</TableCell><TableCell>Created</TableCell><TableCell /></TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.uri}>
                    <TableCell>{row.name}</TableCell>
                    <TableCell>{row.ownerTeam}</TableCell>
                    <TableCell><code>{row.tokenHint}…</code></TableCell>
                    <TableCell>{new Date(row.createdAt).toLocaleString()}</TableCell>
                    <TableCell align="right">
                      <Tooltip title="Rotate token">
                        <IconButton aria-label={`Rotate token of ${row.name}`}
                          onClick={async () => showToken(await environments.rotateToken(row.uri))}><AutorenewIcon /></IconButton>
                      </Tooltip>
                      <Tooltip title="Delete">
                        <IconButton aria-label={`Delete ${row.name}`} onClick={() => setDeleting(row)}><DeleteIcon /></IconButton>
                      </Tooltip>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Paper>
        )}
      </Loaded>
      {creating && <CreatePrincipalDialog uri={uri} onCreated={showToken} onClose={() => setCreating(false)} />}
      {deleting && (
        <ConfirmDialog title={`Delete ${deleting.name}?`} onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await environments.deleteConsumptionPrincipal(deleting.uri);
            await principals.reload();
          }}>
          Its API token stops working at once.
        </ConfirmDialog>
      )}
    </>
  );
}

function CreatePrincipalDialog({ uri, onCreated, onClose }: {
  uri: string;
  onCreated: (principal: ConsumptionPrincipal) => Promise<void>;
  onClose: () => void;
}) {
  const { team: actingTeam } = useActingTeam();
  const [name, setName] = useState('');
  const [team, setTeam] = useState(actingTeam ?? '');
  return (
    <FormDialog title="Add consumption principal" submitLabel="Create" onClose={onClose}
      onSubmit={async () => onCreated(await environments.createConsumptionPrincipal(uri, name, team))}>
      {(field) => (
        <>
          <TextField {...field('name')} label="Name" required value={name} onChange={(event) => setName(event.target.value)} />
          <TeamField label="Owner team" value={team} onChange={setTeam} field={field('team')} />
        </>
      )}
    </FormDialog>
  );
}
