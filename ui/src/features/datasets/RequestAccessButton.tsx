import { Link } from 'react-router';
import { Alert, Button } from '@mui/material';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { url } from '../../api/client';
import type { UserRole } from './api';

/**
 * For those who may not read an asset: opens the share request of its dataset, with the item preselected when it
 * is a table or folder (the shares area reads `/shares/new?dataset=<uri>&item=<itemUri>`).
 */
export function RequestAccessButton({ role, datasetUri, itemUri }: { role: UserRole; datasetUri: string; itemUri?: string }) {
  if (role !== 'NONE') return null;
  return (
    <Button variant="contained" startIcon={<LockOpenIcon />} component={Link}
      to={url('/shares/new', { dataset: datasetUri, item: itemUri })}>
      Request access
    </Button>
  );
}

/** Says that the caller may not read the asset's data, with the way to ask for it. */
export function NoAccessAlert({ what, datasetUri, itemUri }: { what: string; datasetUri: string; itemUri?: string }) {
  return (
    <Alert severity="info" action={<RequestAccessButton role="NONE" datasetUri={datasetUri} itemUri={itemUri} />}>
      You may not read {what}. Request access and its owners decide.
    </Alert>
  );
}
