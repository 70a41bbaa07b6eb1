import { Checkbox, Paper, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { TENANT_PERMISSIONS, type TenantPermission } from '../../api/types';
import { Loaded } from '../../components/Loaded';
import { useLoad } from '../../components/useLoad';
import { admin } from './api';

const label = (permission: TenantPermission) => permission.replace('MANAGE_', '').toLowerCase();

/** What each team may manage across the installation; the admin team holds everything. */
export function TenantPermissionsTab() {
  const teams = useLoad(async () => Promise.all((await admin.teams()).map(async (team) =>
    ({ ...team, permissions: (await admin.permissions(team.name)).permissions }))), []);
  const toggle = async (team: string, permissions: TenantPermission[], permission: TenantPermission, on: boolean) => {
    await admin.setPermissions(team, on ? [...permissions, permission] : permissions.filter((p) => p !== permission));
    await teams.reload();
  };
  return (
    <Loaded state={teams}>
      {(rows) => (
        <Paper variant="outlined">
          <Table size="small" aria-label="Tenant permissions">
            <TableHead>
              <TableRow>
                <TableCell>Team</TableCell>
                {TENANT_PERMISSIONS.map((permission) => <TableCell key={permission}>{label(permission)}</TableCell>)}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((team) => (
                <TableRow key={team.name}>
                  <TableCell>{team.name}</TableCell>
                  {TENANT_PERMISSIONS.map((permission) => (
                    <TableCell key={permission} padding="checkbox">
                      <Checkbox size="small" disabled={team.adminTeam} checked={team.permissions.includes(permission)}
                        slotProps={{ input: { 'aria-label': `${team.name} ${label(permission)}` } }}
                        onChange={(event) => toggle(team.name, team.permissions, permission, event.target.checked)} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </Loaded>
  );
}
