import { Chip } from '@mui/material';
import type { UserRole } from './api';

const LABELS: Record<UserRole, string> = { OWNER: 'Owner', STEWARD: 'Steward', SHARED: 'Shared with you', NONE: 'No access' };

/** The caller's role on a dataset, table or folder, as the API gives it. */
export function RoleChip({ role }: { role: UserRole }) {
  return <Chip size="small" label={LABELS[role]} color={role === 'NONE' ? 'default' : 'primary'}
    variant={role === 'OWNER' ? 'filled' : 'outlined'} />;
}
