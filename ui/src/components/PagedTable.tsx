import { useEffect, useState, type ReactNode } from 'react';
import {
  Box, InputAdornment, LinearProgress, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination,
  TableRow, TextField,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import type { Page, PageQuery } from '../api/types';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { Loading } from './Loading';
import { useLoad } from './useLoad';

export interface Column<T> {
  label: string;
  render: (row: T) => ReactNode;
}

/**
 * A server-side list: a search box (sent as `term`, unless searchable is false), paging (page counts from 1),
 * loading, empty and error states. Change reloadKey to load again after an action.
 */
export function PagedTable<T>({ load, columns, rowKey, onRowClick, searchable = true, emptyTitle = 'Nothing here yet',
  emptyHint, reloadKey, label }: {
  load: (query: PageQuery) => Promise<Page<T>>;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  onRowClick?: (row: T) => void;
  searchable?: boolean;
  emptyTitle?: string;
  emptyHint?: ReactNode;
  reloadKey?: unknown;
  /** Accessible name of the table. */
  label: string;
}) {
  const [input, setInput] = useState('');
  const [term, setTerm] = useState('');
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(20);

  useEffect(() => {
    const timer = setTimeout(() => {
      setTerm(input.trim());
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [input]);

  const state = useLoad(() => load({ page, size, term: term || undefined }), [page, size, term, reloadKey]);
  const rows = state.data?.items ?? [];

  return (
    <Paper variant="outlined">
      {searchable && (
        <Box sx={{ p: 2 }}>
          <TextField size="small" placeholder="Search" value={input} onChange={(event) => setInput(event.target.value)}
            slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon /></InputAdornment> },
              htmlInput: { 'aria-label': `Search ${label}` } }} />
        </Box>
      )}
      <Box sx={{ height: 4 }}>{state.loading && state.data && <LinearProgress />}</Box>
      {state.error ? <ErrorState error={state.error} onRetry={state.reload} />
        : !state.data ? <Loading />
          : rows.length === 0 ? <EmptyState title={term ? `Nothing matches “${term}”` : emptyTitle}>{!term && emptyHint}</EmptyState>
            : (
              <TableContainer>
                <Table size="small" aria-label={label}>
                  <TableHead>
                    <TableRow>{columns.map((column) => <TableCell key={column.label}>{column.label}</TableCell>)}</TableRow>
                  </TableHead>
                  <TableBody>
                    {rows.map((row) => (
                      <TableRow key={rowKey(row)} hover={!!onRowClick} onClick={onRowClick && (() => onRowClick(row))}
                        sx={onRowClick && { cursor: 'pointer' }}>
                        {columns.map((column) => <TableCell key={column.label}>{column.render(row)}</TableCell>)}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
      {state.data && state.data.total > 0 && (
        <TablePagination component="div" count={state.data.total} page={page - 1} rowsPerPage={size}
          rowsPerPageOptions={[10, 20, 50, 100]} onPageChange={(_, next) => setPage(next + 1)}
          onRowsPerPageChange={(event) => {
            setSize(Number(event.target.value));
            setPage(1);
          }} />
      )}
    </Paper>
  );
}
