import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Stack } from '@mui/material';
import VerifiedIcon from '@mui/icons-material/VerifiedOutlined';
import { api } from '../../api/client';
import { PagedTable } from '../../components/PagedTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusChip } from '../../components/StatusChip';
import { formatDate } from './format';
import { pageOf } from './pageOf';
import type { DatasetShare } from './api';

/** Every share of the dataset with its status; its approvers verify all of them at once. */
export function SharesTab({ datasetUri }: { datasetUri: string }) {
  const navigate = useNavigate();
  const [reloadKey, setReloadKey] = useState(0);
  const [verifying, setVerifying] = useState(false);
  const [verified, setVerified] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const base = `/api/v1/datasets/${datasetUri}/shares`;
  const verify = async () => {
    setVerifying(true);
    setError(null);
    setVerified(null);
    try {
      setVerified((await api.post<unknown[]>(`${base}/verify`)).length);
      setReloadKey((key) => key + 1);
    } catch (failure) {
      setError(failure);
    } finally {
      setVerifying(false);
    }
  };
  return (
    <Stack spacing={2}>
      <Button startIcon={<VerifiedIcon />} onClick={verify} disabled={verifying} sx={{ alignSelf: 'flex-start' }}>
        {verifying ? 'Verifying…' : 'Verify all shares'}
      </Button>
      <ProblemAlert error={error} />
      {verified !== null && <Alert severity="success">Verified the items of {verified} share{verified === 1 ? '' : 's'}.</Alert>}
      <PagedTable<DatasetShare> label="Shares" reloadKey={reloadKey} rowKey={(share) => share.uri}
        onRowClick={(share) => navigate(`/shares/${share.uri}`)}
        load={async (query) => pageOf(await api.get<DatasetShare[]>(base), query,
          (share) => `${share.requesterTeam} ${share.status} ${share.createdBy}`)}
        emptyTitle="Not shared yet" emptyHint="Teams request access from the catalog; their requests show here."
        columns={[
          { label: 'Requested by', render: (share) => share.consumptionPrincipalUri ? `${share.requesterTeam} (consumption principal)` : share.requesterTeam },
          { label: 'Status', render: (share) => <StatusChip status={share.status} /> },
          { label: 'Items', render: (share) => `${share.counts.shared} shared, ${share.counts.pending} pending, ${share.counts.failed} failed, ${share.counts.revoked} revoked` },
          { label: 'Purpose', render: (share) => share.requestPurpose ?? '' },
          { label: 'Created', render: (share) => `${formatDate(share.createdAt)} by ${share.createdBy}` },
          { label: 'Expires', render: (share) => formatDate(share.expiresAt) },
        ]} />
    </Stack>
  );
}
