import { useNavigate, useSearchParams } from 'react-router';
import { MenuItem, Stack, Tab, Tabs, TextField } from '@mui/material';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { SHARE_STATUSES, shares, type Role, type ShareListItem, type ShareStatus } from './api';
import { ItemCountsText, ShareStatusChip } from './labels';

const TABS: { role: Role; label: string; empty: string; hint: string }[] = [
  { role: 'REQUESTER', label: 'Sent', empty: 'No requests sent', hint: 'Find data in the catalog and request access to it.' },
  { role: 'APPROVER', label: 'Received', empty: 'No requests received',
    hint: 'Requests for the datasets your teams own or steward show here.' },
];

/** Share requests the caller's teams sent, and those they received as owners or stewards of the dataset. */
export default function SharesPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((candidate) => candidate.role === params.get('role')) ?? TABS[0];
  const status = (params.get('status') ?? '') as ShareStatus | '';
  const set = (name: string, value: string) => setParams((current) => {
    const next = new URLSearchParams(current);
    if (value) next.set(name, value);
    else next.delete(name);
    return next;
  }, { replace: true });

  return (
    <>
      <PageHeader title="Shares" subtitle="Requests for access to data, sent by your teams and received for your datasets" />
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <Tabs value={tab.role} onChange={(_, role: Role) => set('role', role)} sx={{ flexGrow: 1 }}>
          {TABS.map((item) => <Tab key={item.role} value={item.role} label={item.label} />)}
        </Tabs>
        <TextField select size="small" label="Status" value={status} sx={{ minWidth: 220 }}
          onChange={(event) => set('status', event.target.value)}>
          <MenuItem value="">Any status</MenuItem>
          {Object.entries(SHARE_STATUSES).filter(([value]) => value !== 'DELETED')
            .map(([value, label]) => <MenuItem key={value} value={value}>{label.replace(/_/g, ' ')}</MenuItem>)}
        </TextField>
      </Stack>
      <PagedTable<ShareListItem> key={`${tab.role}:${status}`} label={`${tab.label} share requests`} searchable={false}
        load={({ page, size }) => shares.list({ role: tab.role, status: status || undefined, page, size })}
        rowKey={(row) => row.uri} onRowClick={(row) => navigate(`/shares/${row.uri}`)}
        emptyTitle={status ? `No ${tab.label.toLowerCase()} requests are ${SHARE_STATUSES[status].replace(/_/g, ' ')}` : tab.empty}
        emptyHint={tab.hint}
        columns={[
          { label: 'Dataset', render: (row) => row.dataset.name },
          { label: tab.role === 'REQUESTER' ? 'For' : 'Requested by', render: (row) => row.consumptionPrincipalUri
            ? `${row.requesterTeam} (consumption principal)` : row.requesterTeam },
          { label: 'Status', render: (row) => <ShareStatusChip status={row.status} /> },
          { label: 'Items', render: (row) => <ItemCountsText counts={row.counts} /> },
          { label: 'Purpose', render: (row) => row.requestPurpose },
          { label: 'Created', render: (row) => `${row.createdBy}, ${new Date(row.createdAt).toLocaleDateString()}` },
          { label: 'Expires', render: (row) => row.expiresAt ? new Date(row.expiresAt).toLocaleDateString() : 'Never' },
        ]} />
    </>
  );
}
