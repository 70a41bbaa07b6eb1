import { PagedTable } from '../../components/PagedTable';
import { StatusChip } from '../../components/StatusChip';
import { admin, type AuditRecord } from './api';

export function AuditTab() {
  return (
    <PagedTable<AuditRecord> label="Audit log" load={admin.audit} searchable={false} rowKey={(row) => String(row.id)}
      emptyTitle="Nothing audited yet"
      columns={[
        { label: 'At', render: (row) => new Date(row.at).toLocaleString() },
        { label: 'User', render: (row) => row.username },
        { label: 'Team', render: (row) => row.actingTeam },
        { label: 'Action', render: (row) => row.action },
        { label: 'Request', render: (row) => `${row.method} ${row.path}` },
        { label: 'Outcome', render: (row) => <StatusChip status={row.outcome} /> },
      ]} />
  );
}
