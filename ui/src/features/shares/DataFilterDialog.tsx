import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { FormDialog } from '../../components/FormDialog';
import { useLoad } from '../../components/useLoad';
import { shares, type Share, type ShareItem } from './api';

/** The approver narrows a requested table to one of its data filters (some columns, some rows), or to none. */
export function DataFilterDialog({ share, item, onChanged, onClose }: {
  share: Share;
  item: ShareItem;
  onChanged: () => Promise<unknown>;
  onClose: () => void;
}) {
  const filters = useLoad(() => shares.dataFilters(item.itemUri), [item.itemUri]);
  const [filterUri, setFilterUri] = useState(item.filterUri ?? '');
  const hint = filters.error ? 'The data filters could not be loaded'
    : filters.data?.length === 0 ? 'This table has no data filters; its owners define them on the table’s page'
      : 'Requesters will read only the filter’s columns and rows';
  return (
    <FormDialog title={`Data filter of ${item.name}`} submitLabel="Attach" onClose={onClose}
      onSubmit={async () => {
        await shares.attachFilter(share.uri, item.uri, filterUri || null);
        await onChanged();
      }}>
      {(field) => (
        <TextField select label="Data filter" value={filterUri} onChange={(event) => setFilterUri(event.target.value)}
          {...field('filterUri', hint)}>
          <MenuItem value="">No filter: the whole table</MenuItem>
          {(filters.data ?? []).map((filter) => (
            <MenuItem key={filter.uri} value={filter.uri}>
              {`${filter.name} (${filter.columns.join(', ')}${filter.rowExpression ? `; where ${filter.rowExpression}` : ''})`}
            </MenuItem>
          ))}
        </TextField>
      )}
    </FormDialog>
  );
}
