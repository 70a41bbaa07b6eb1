import { useState } from 'react';
import {
  Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import { EmptyState } from '../../components/EmptyState';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusChip } from '../../components/StatusChip';
import type { Loaded } from '../../components/useLoad';
import { Loaded as LoadedView } from '../../components/Loaded';
import { AssetLink } from './AssetLink';
import { glossaries, type GlossaryLink } from './api';

/** Guide 4.3.2 "Associations": the links of the glossary's terms to data, those waiting first, to approve or dismiss. */
export function AssociationsTab({ links }: { links: Loaded<GlossaryLink[]> }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const act = async (link: GlossaryLink, action: (uri: string) => Promise<unknown>) => {
    setBusy(link.uri);
    setError(null);
    try {
      await action(link.uri);
    } catch (failure) {
      setError(failure);
    } finally {
      await links.reload();
      setBusy(null);
    }
  };
  return (
    <Stack spacing={2}>
      <ProblemAlert error={error} />
      <LoadedView state={links}>
        {(rows) => rows.length === 0 ? (
          <EmptyState title="No associations yet">
            Owners of datasets, tables and folders link terms to them; the links wait here for your approval.
          </EmptyState>
        ) : (
          <Paper variant="outlined">
            <Table size="small" aria-label="Associations">
              <TableHead>
                <TableRow>
                  <TableCell>Term</TableCell><TableCell>Asset</TableCell><TableCell>Linked by</TableCell>
                  <TableCell>Status</TableCell><TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {[...rows].sort((a, b) => Number(a.approved) - Number(b.approved)).map((link) => (
                  <TableRow key={link.uri}>
                    <TableCell>{link.termPath}</TableCell>
                    <TableCell><AssetLink link={link} /></TableCell>
                    <TableCell>{`${link.linkedBy}, ${new Date(link.linkedAt).toLocaleString()}`}</TableCell>
                    <TableCell>
                      <StatusChip status={link.approved ? 'Approved' : 'Pending approval'} />
                      {link.approvedBy && (
                        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                          by {link.approvedBy}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell align="right">
                      {!link.approved && (
                        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                          <Button size="small" variant="contained" disabled={busy === link.uri}
                            onClick={() => act(link, glossaries.approve)}>Approve</Button>
                          <Button size="small" disabled={busy === link.uri}
                            onClick={() => act(link, glossaries.dismiss)}>Dismiss</Button>
                        </Stack>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Paper>
        )}
      </LoadedView>
    </Stack>
  );
}
