import { useState } from 'react';
import {
  Button, Chip, IconButton, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import { ConfirmDialog } from './ConfirmDialog';
import { EmptyState } from './EmptyState';
import { FormDialog } from './FormDialog';
import { Loaded } from './Loaded';
import { PermissionsField } from './PermissionsField';
import { TeamField } from './TeamField';
import { useLoad } from './useLoad';

export interface InvitedTeam<P extends string> {
  team: string;
  admin: boolean;
  permissions: P[];
  invitedBy: string | null;
}

/** The teams of an organization or environment: its admin team and the invited ones with their permission sets. */
export function InvitedTeams<P extends string>({ what, allPermissions, load, invite, update, remove }: {
  /** "organization" or "environment", for the texts. */
  what: string;
  allPermissions: readonly P[];
  load: () => Promise<InvitedTeam<P>[]>;
  invite: (team: string, permissions: P[]) => Promise<unknown>;
  update?: (team: string, permissions: P[]) => Promise<unknown>;
  remove: (team: string) => Promise<unknown>;
}) {
  const teams = useLoad(load, [load]);
  const [editing, setEditing] = useState<InvitedTeam<P> | 'new' | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  return (
    <>
      <Stack direction="row" sx={{ mb: 1, justifyContent: 'flex-end' }}>
        <Button variant="contained" onClick={() => setEditing('new')}>Invite team</Button>
      </Stack>
      <Loaded state={teams}>
        {(rows) => rows.length === 0 ? <EmptyState title="No teams" /> : (
          <Paper variant="outlined">
            <Table size="small" aria-label="Teams">
              <TableHead>
                <TableRow>
                  <TableCell>Team</TableCell><TableCell>Permissions</TableCell><TableCell>Invited by</TableCell><TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.team}>
                    <TableCell>{row.team} {row.admin && <Chip size="small" color="primary" label="admin team" />}</TableCell>
                    <TableCell>{row.admin ? 'all' : row.permissions.map((p) => p.replace(/_/g, ' ').toLowerCase()).join(', ')}</TableCell>
                    <TableCell>{row.invitedBy}</TableCell>
                    <TableCell align="right">
                      {!row.admin && update && (
                        <Tooltip title="Edit permissions">
                          <IconButton aria-label={`Edit ${row.team}`} onClick={() => setEditing(row)}><EditIcon /></IconButton>
                        </Tooltip>
                      )}
                      {!row.admin && (
                        <Tooltip title="Remove">
                          <IconButton aria-label={`Remove ${row.team}`} onClick={() => setRemoving(row.team)}><DeleteIcon /></IconButton>
                        </Tooltip>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Paper>
        )}
      </Loaded>
      {editing && (
        <TeamDialog what={what} allPermissions={allPermissions} existing={editing === 'new' ? undefined : editing}
          onSubmit={async (team, permissions) => {
            await (editing === 'new' || !update ? invite(team, permissions) : update(team, permissions));
            await teams.reload();
          }}
          onClose={() => setEditing(null)} />
      )}
      {removing && (
        <ConfirmDialog title={`Remove ${removing}?`} confirmLabel="Remove" onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await remove(removing);
            await teams.reload();
          }}>
          The team loses its permissions in this {what}.
        </ConfirmDialog>
      )}
    </>
  );
}

function TeamDialog<P extends string>({ what, allPermissions, existing, onSubmit, onClose }: {
  what: string;
  allPermissions: readonly P[];
  existing?: InvitedTeam<P>;
  onSubmit: (team: string, permissions: P[]) => Promise<unknown>;
  onClose: () => void;
}) {
  const [team, setTeam] = useState(existing?.team ?? '');
  const [permissions, setPermissions] = useState<P[]>(existing?.permissions ?? [...allPermissions]);
  return (
    <FormDialog title={existing ? `Permissions of ${existing.team}` : `Invite a team to this ${what}`}
      submitLabel={existing ? 'Save' : 'Invite'} onSubmit={() => onSubmit(team, permissions)} onClose={onClose}>
      {(field) => (
        <>
          {!existing && <TeamField value={team} onChange={setTeam} field={field('team')} />}
          <PermissionsField label="Permissions" all={allPermissions} value={permissions} onChange={setPermissions}
            field={field('permissions')} />
        </>
      )}
    </FormDialog>
  );
}
