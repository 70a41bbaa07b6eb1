import { useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Stack,
} from '@mui/material';
import { ASSET_TYPE_LABELS } from '../catalog/api';
import { Loaded } from '../../components/Loaded';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLoad } from '../../components/useLoad';
import { shares, type Share, type ShareableItem } from './api';
import { ItemStatusChip } from './labels';

/** The dataset's tables, folders and the dataset itself, with where each stands in this request; add the others. */
export function AddItemsDialog({ share, onChanged, onClose }: {
  share: Share;
  onChanged: () => Promise<unknown>;
  onClose: () => void;
}) {
  const items = useLoad(() => shares.shareableItems(share.uri), [share.uri]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const add = async (item: ShareableItem) => {
    setBusy(true);
    setError(null);
    try {
      await shares.addItem(share.uri, item.type, item.itemUri);
      await Promise.all([items.reload(), onChanged()]);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>Add items of {share.dataset.name}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <ProblemAlert error={error} />
          <Loaded state={items}>
            {(rows) => (
              <List dense aria-label="Shareable items">
                {rows.map((item) => (
                  <ListItem key={`${item.type}:${item.itemUri}`} divider secondaryAction={!item.status || item.status === 'DELETED'
                    ? <Button size="small" disabled={busy} onClick={() => add(item)} aria-label={`Add ${item.name}`}>Add</Button>
                    : <ItemStatusChip status={item.status} />}>
                    <ListItemText primary={item.name} secondary={ASSET_TYPE_LABELS[item.type]} />
                  </ListItem>
                ))}
              </List>
            )}
          </Loaded>
        </Stack>
      </DialogContent>
      <DialogActions><Button onClick={onClose}>Done</Button></DialogActions>
    </Dialog>
  );
}
