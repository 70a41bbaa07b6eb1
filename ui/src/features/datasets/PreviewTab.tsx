import { Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { ApiError, api } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { Loaded } from '../../components/Loaded';
import { useLoad } from '../../components/useLoad';
import { NoAccessAlert } from './RequestAccessButton';
import type { Preview, Table as DatasetTable } from './api';

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|DECIMAL|FLOAT|DOUBLE|REAL)/;

function cell(value: unknown) {
  if (value === null || value === undefined) return <Typography component="span" variant="body2" color="text.disabled">null</Typography>;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The first rows of the table, typed; those who may not read it are told so and offered to request access. */
export function PreviewTab({ table }: { table: DatasetTable }) {
  if (table.userRole === 'NONE') return <NoAccess table={table} />;
  return <PreviewGrid uri={table.uri} table={table} />;
}

function PreviewGrid({ uri, table }: { uri: string; table: DatasetTable }) {
  const state = useLoad(() => api.get<Preview>(`/api/v1/tables/${uri}/preview`), [uri]);
  if (state.error instanceof ApiError && state.error.status === 403) return <NoAccess table={table} />;
  return (
    <Loaded state={state}>
      {(preview) => preview.rows.length === 0 ? <EmptyState title="The table has no rows" /> : (
        <Stack spacing={1}>
          <Typography variant="body2" color="text.secondary">
            {preview.truncated ? `The first ${preview.rows.length} rows` : `All ${preview.rows.length} rows`}
          </Typography>
          <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 560 }}>
            <Table size="small" stickyHeader aria-label="Preview">
              <TableHead>
                <TableRow>
                  {preview.columns.map((column) => (
                    <TableCell key={column.name} align={NUMERIC.test(column.type) ? 'right' : 'left'}>
                      <Typography variant="subtitle2" component="div">{column.name}</Typography>
                      <Typography variant="caption" color="text.secondary">{column.type}</Typography>
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.rows.map((row, index) => (
                  <TableRow key={index} hover>
                    {row.map((value, at) => (
                      <TableCell key={at} align={NUMERIC.test(preview.columns[at].type) ? 'right' : 'left'} sx={{ whiteSpace: 'nowrap' }}>
                        {cell(value)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Stack>
      )}
    </Loaded>
  );
}

function NoAccess({ table }: { table: DatasetTable }) {
  return <NoAccessAlert what="this table's data" datasetUri={table.datasetUri} itemUri={table.uri} />;
}
