import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import {
  Button, Checkbox, Chip, IconButton, Link, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import FilterAltIcon from '@mui/icons-material/FilterAltOutlined';
import { EmptyState } from '../../components/EmptyState';
import { StatusChip } from '../../components/StatusChip';
import { ASSET_TYPE_LABELS, assetPath } from '../catalog/api';
import { AddItemsDialog } from './AddItemsDialog';
import { DataFilterDialog } from './DataFilterDialog';
import { REMOVABLE_ITEM_STATUSES, SHARED_ITEM_STATUSES, shares, type Share, type ShareItem } from './api';
import { ItemStatusChip } from './labels';

/**
 * The share's items: status, health of shared ones, data filters (approvers, before approval); add and remove
 * items, and revoke, verify or re-apply the checked shared ones.
 */
export function ShareItems({ share, run, reload }: {
  share: Share;
  run: (action: () => Promise<unknown>) => Promise<void>;
  reload: () => Promise<unknown>;
}) {
  const [checked, setChecked] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [filtering, setFiltering] = useState<ShareItem | null>(null);
  const approver = share.roles.includes('APPROVER');
  const shared = share.items.filter((item) => SHARED_ITEM_STATUSES.includes(item.status));
  const selected = checked.filter((uri) => shared.some((item) => item.uri === uri));
  const toggle = (uri: string) => setChecked(checked.includes(uri) ? checked.filter((kept) => kept !== uri) : [...checked, uri]);
  const after = (action: () => Promise<unknown>) => run(async () => {
    await action();
    setChecked([]);
  });
  const chosen = selected.length ? `${selected.length} selected` : 'all shared';

  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {share.status !== 'DELETED' && <Button onClick={() => setAdding(true)}>Add items</Button>}
        <Button color="warning" disabled={selected.length === 0} onClick={() => after(() => shares.revoke(share.uri, selected))}>
          Revoke selected{selected.length ? ` (${selected.length})` : ''}
        </Button>
        <Button disabled={shared.length === 0} onClick={() => after(() => shares.verify(share.uri, selected))}>
          Verify {chosen}
        </Button>
        {approver && (
          <Button disabled={shared.length === 0} onClick={() => after(() => shares.reapply(share.uri, selected))}>
            Re-apply {chosen}
          </Button>
        )}
      </Stack>
      {share.items.length === 0 ? (
        <EmptyState title="No items yet" action={<Button variant="contained" onClick={() => setAdding(true)}>Add items</Button>}>
          Add the tables, folders or the whole dataset this request is for.
        </EmptyState>
      ) : (
        <Paper variant="outlined">
          <Table size="small" aria-label="Share items">
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox" />
                <TableCell>Item</TableCell><TableCell>Status</TableCell><TableCell>Health</TableCell>
                <TableCell>Data filter</TableCell><TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {share.items.map((item) => (
                <TableRow key={item.uri}>
                  <TableCell padding="checkbox">
                    {SHARED_ITEM_STATUSES.includes(item.status) && (
                      <Checkbox checked={checked.includes(item.uri)} onChange={() => toggle(item.uri)}
                        slotProps={{ input: { 'aria-label': `Select ${item.name}` } }} />
                    )}
                  </TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={assetPath(item.type, item.itemUri)} underline="hover">{item.name}</Link>
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>{ASSET_TYPE_LABELS[item.type]}</Typography>
                  </TableCell>
                  <TableCell>
                    <ItemStatusChip status={item.status} />
                    {item.failure && <Typography variant="caption" color="error" sx={{ display: 'block' }}>{item.failure}</Typography>}
                  </TableCell>
                  <TableCell><Health item={item} /></TableCell>
                  <TableCell>
                    {item.type === 'TABLE' && (item.filterUri
                      ? <Tooltip title={item.filterUri}><Chip size="small" label="Attached" /></Tooltip>
                      : <Typography variant="body2" color="text.disabled">None</Typography>)}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {approver && item.type === 'TABLE' && item.status === 'PENDING_APPROVAL' && (
                      <Tooltip title="Attach a data filter">
                        <IconButton aria-label={`Data filter of ${item.name}`} onClick={() => setFiltering(item)}>
                          <FilterAltIcon />
                        </IconButton>
                      </Tooltip>
                    )}
                    {REMOVABLE_ITEM_STATUSES.includes(item.status) && (
                      <Tooltip title="Remove from the request">
                        <IconButton aria-label={`Remove ${item.name}`} onClick={() => run(() => shares.removeItem(share.uri, item.uri))}>
                          <DeleteIcon />
                        </IconButton>
                      </Tooltip>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {adding && <AddItemsDialog share={share} onChanged={reload} onClose={() => setAdding(false)} />}
      {filtering && <DataFilterDialog share={share} item={filtering} onChanged={reload} onClose={() => setFiltering(null)} />}
    </Stack>
  );
}

function Health({ item }: { item: ShareItem }) {
  if (!item.healthStatus) return <Typography variant="body2" color="text.disabled">—</Typography>;
  return (
    <>
      <StatusChip status={item.healthStatus} />
      {item.healthMessage && <Typography variant="caption" sx={{ display: 'block' }}>{item.healthMessage}</Typography>}
      {item.lastVerifiedAt && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          verified {new Date(item.lastVerifiedAt).toLocaleString()}
        </Typography>
      )}
    </>
  );
}
