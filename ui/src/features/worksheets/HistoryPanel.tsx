import { useState } from 'react';
import { Box, Stack, ToggleButton, ToggleButtonGroup, Tooltip, Typography } from '@mui/material';
import { PagedTable } from '../../components/PagedTable';
import { StatusChip } from '../../components/StatusChip';
import type { PageQuery } from '../../api/types';
import { worksheets, type QueryRun, type Worksheet } from './api';
import { formatDateTime, formatDuration } from './format';

const clipped = { maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** The runs of the worksheet, or of all the team's worksheets, newest first; a click opens one. */
export function HistoryPanel({ worksheet, reloadKey, onOpen }: {
  worksheet: Worksheet;
  reloadKey: unknown;
  onOpen: (run: QueryRun) => void;
}) {
  const [scope, setScope] = useState<'worksheet' | 'team'>('worksheet');
  const load = (query: PageQuery) => scope === 'worksheet'
    ? worksheets.history(worksheet.uri, query) : worksheets.teamHistory(worksheet.ownerTeam, query);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <ToggleButtonGroup size="small" exclusive sx={{ flexShrink: 0 }} value={scope} onChange={(_, next) => next && setScope(next)}
          aria-label="Whose runs">
          <ToggleButton value="worksheet">This worksheet</ToggleButton>
          <ToggleButton value="team">Whole team</ToggleButton>
        </ToggleButtonGroup>
        <Typography variant="body2" color="text.secondary">
          Runs of {scope === 'worksheet' ? 'this worksheet' : `all worksheets of team ${worksheet.ownerTeam}`}, newest
          first; click one to open its SQL and result.
        </Typography>
      </Stack>
      <PagedTable<QueryRun> label="Query history" load={load} searchable={false} rowKey={(row) => row.uri}
        reloadKey={[scope, reloadKey].join()} onRowClick={onOpen}
        emptyTitle="No runs yet" emptyHint="Runs of this worksheet appear here."
        columns={[
          { label: 'Status', render: (row) => <StatusChip status={row.status} /> },
          { label: 'SQL', render: (row) => <Box sx={{ ...clipped, fontFamily: 'monospace' }} title={row.sql}>{row.sql}</Box> },
          {
            label: 'Started', render: (row) => (
              <Box sx={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(row.startedAt ?? row.createdAt, 'short')}
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>by {row.username}</Typography>
              </Box>
            ),
          },
          { label: 'Duration', render: (row) => <Box sx={{ whiteSpace: 'nowrap' }}>{formatDuration(row.durationMillis)}</Box> },
          { label: 'Rows', render: (row) => row.rowCount?.toLocaleString() ?? '' },
          {
            label: 'Error', render: (row) => row.error && (
              <Tooltip title={row.error}><Box sx={{ ...clipped, maxWidth: 180, color: 'error.main' }}>{row.error}</Box></Tooltip>
            ),
          },
        ]} />
    </Stack>
  );
}
