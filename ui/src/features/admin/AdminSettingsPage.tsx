import { useNavigate, useParams } from 'react-router';
import { Tab, Tabs } from '@mui/material';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useMe } from '../../session/SessionProvider';
import { AuditTab } from './AuditTab';
import { MaintenanceTab } from './MaintenanceTab';
import { TasksTab } from './TasksTab';
import { TenantPermissionsTab } from './TenantPermissionsTab';

const TABS = [
  { path: 'permissions', label: 'Tenant permissions', Component: TenantPermissionsTab },
  { path: 'maintenance', label: 'Maintenance', Component: MaintenanceTab },
  { path: 'audit', label: 'Audit', Component: AuditTab },
  { path: 'tasks', label: 'Tasks', Component: TasksTab },
];

/** Admin settings, for the admin team only. */
export default function AdminSettingsPage() {
  const { tab = 'permissions' } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  const current = TABS.find((item) => item.path === tab) ?? TABS[0];
  if (!me.admin) return <EmptyState title="Admin settings are for the admin team" />;
  return (
    <>
      <PageHeader title="Admin settings" breadcrumbs={[{ label: 'Admin' }, { label: 'Admin settings' }]} />
      <Tabs value={current.path} onChange={(_, next) => navigate(`/admin/${next}`)} sx={{ mb: 2 }}>
        {TABS.map((item) => <Tab key={item.path} value={item.path} label={item.label} />)}
      </Tabs>
      <current.Component />
    </>
  );
}
