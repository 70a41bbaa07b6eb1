import { useState } from 'react';
import {
  Box, Button, LinearProgress, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination,
  TableRow, Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../components/useLoad';
import { queries, type CellValue, type QueryRun, type ResultColumn } from './api';
import { formatCell, kindOf } from './format';

const PAGE_SIZES = [10, 20, 50, 100, 500];

/** A successful run's whole result, a page at a time, typed by column, with its downloads. */
export function ResultGrid({ run }: { run: QueryRun }) {
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(50);
  const state = useLoad(() => queries.results(run.uri, page, size), [run.uri, page, size]);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const download = (format: 'csv' | 'parquet') => {
    setDownloadError(null);
    queries.download(run.uri, format).catch(setDownloadError);
  };

  if (state.error && !state.data) return <ProblemAlert error={state.error} />;
  if (!state.data) return <Loading label="Loading the result" />;
  const { columns, rows, total } = state.data;
  // numbered by the page shown, which stays on screen while the next one loads
  const first = (state.data.page - 1) * state.data.size + 1;
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography sx={{ flexGrow: 1 }}>
          {total.toLocaleString()} {total === 1 ? 'row' : 'rows'}
        </Typography>
        <Button size="small" startIcon={<DownloadIcon />} onClick={() => download('csv')}>Download CSV</Button>
        <Button size="small" startIcon={<DownloadIcon />} onClick={() => download('parquet')}>Download Parquet</Button>
      </Stack>
      <ProblemAlert error={downloadError} />
      <Box sx={{ height: 4 }}>{state.loading && <LinearProgress />}</Box>
      <TableContainer sx={{ maxHeight: 480, border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" stickyHeader aria-label="Query result">
          <TableHead>
            <TableRow>
              <TableCell sx={{ color: 'text.secondary', width: 0 }}>#</TableCell>
              {columns.map((column, index) => (
                <TableCell key={index} align={kindOf(column.type) === 'number' ? 'right' : 'left'}>
                  <Box component="span" sx={{ fontWeight: 600, display: 'block' }}>{column.name}</Box>
                  <Typography component="span" variant="caption" color="text.secondary"
                    sx={{ fontFamily: 'monospace' }}>{column.type}</Typography>
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, rowIndex) => (
              <TableRow key={rowIndex} hover>
                <TableCell sx={{ color: 'text.secondary' }}>{first + rowIndex}</TableCell>
                {columns.map((column, index) => <Cell key={index} value={row[index]} column={column} />)}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length === 0 && <Typography color="text.secondary" sx={{ p: 2 }}>The query returned no rows.</Typography>}
      {total > 0 && (
        <TablePagination component="div" count={total} page={page - 1} rowsPerPage={size} rowsPerPageOptions={PAGE_SIZES}
          onPageChange={(_, next) => setPage(next + 1)}
          onRowsPerPageChange={(event) => {
            setSize(Number(event.target.value));
            setPage(1);
          }} />
      )}
    </Box>
  );
}

function Cell({ value, column }: { value: CellValue; column: ResultColumn }) {
  const kind = kindOf(column.type);
  if (value === null) {
    return (
      <TableCell align={kind === 'number' ? 'right' : 'left'}>
        <Box component="span" sx={{ color: 'text.disabled', fontStyle: 'italic', fontSize: '0.8em' }}>NULL</Box>
      </TableCell>
    );
  }
  const text = formatCell(value, column.type);
  return (
    <TableCell align={kind === 'number' ? 'right' : 'left'} title={kind === 'nested' ? text : undefined} sx={{
      whiteSpace: 'nowrap',
      ...(kind === 'number' && { fontVariantNumeric: 'tabular-nums' }),
      ...(kind === 'boolean' && { color: value ? 'success.main' : 'error.main' }),
      ...(kind === 'nested' && { fontFamily: 'monospace', maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis' }),
    }}>
      {text}
    </TableCell>
  );
}
