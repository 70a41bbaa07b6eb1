import { useState } from 'react';
import {
  Breadcrumbs, IconButton, Link, Paper, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip,
} from '@mui/material';
import FolderIcon from '@mui/icons-material/FolderOutlined';
import FileIcon from '@mui/icons-material/InsertDriveFileOutlined';
import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import { ApiError, api } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { Loaded } from '../../components/Loaded';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLoad } from '../../components/useLoad';
import { NoAccessAlert } from './RequestAccessButton';
import { formatBytes, formatDate } from './format';
import type { Folder, FolderListing } from './api';

const lastSegment = (key: string) => key.replace(/\/$/, '').split('/').pop() ?? key;

/** The folder's objects one level at a time: open a prefix to go down, the path above to go up; download an object. */
export function FolderObjects({ folder }: { folder: Folder }) {
  const [path, setPath] = useState('');
  const state = useLoad(() => api.get<FolderListing>(`/api/v1/folders/${folder.uri}/objects`, { path, delimiter: '/' }), [folder.uri, path]);
  const [error, setError] = useState<unknown>(null);
  if (folder.userRole === 'NONE' || (state.error instanceof ApiError && state.error.status === 403)) {
    return <NoAccessAlert what="this folder's files" datasetUri={folder.datasetUri} itemUri={folder.uri} />;
  }
  const levels = path.split('/').filter(Boolean);
  const download = async (key: string) => {
    setError(null);
    try {
      await api.download(`/api/v1/folders/${folder.uri}/content`, lastSegment(key), { key });
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Stack spacing={2}>
      <Breadcrumbs aria-label="Path">
        <Link component="button" underline="hover" onClick={() => setPath('')}>{folder.prefix}</Link>
        {levels.map((level, index) => (
          <Link key={index} component="button" underline="hover" onClick={() => setPath(`${levels.slice(0, index + 1).join('/')}/`)}>{level}</Link>
        ))}
      </Breadcrumbs>
      <ProblemAlert error={error} />
      <Loaded state={state}>
        {(listing) => listing.folders.length + listing.objects.length === 0 ? <EmptyState title="Nothing here yet" /> : (
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label="Objects">
              <TableHead>
                <TableRow><TableCell>Name</TableCell><TableCell>Size</TableCell><TableCell>Last modified</TableCell><TableCell /></TableRow>
              </TableHead>
              <TableBody>
                {listing.folders.map((prefix) => (
                  <TableRow key={prefix} hover sx={{ cursor: 'pointer' }} onClick={() => setPath(prefix)}>
                    <TableCell><Stack direction="row" spacing={1}><FolderIcon color="action" /><span>{lastSegment(prefix)}/</span></Stack></TableCell>
                    <TableCell /><TableCell /><TableCell />
                  </TableRow>
                ))}
                {listing.objects.map((object) => (
                  <TableRow key={object.key}>
                    <TableCell><Stack direction="row" spacing={1}><FileIcon color="action" /><span>{lastSegment(object.key)}</span></Stack></TableCell>
                    <TableCell>{formatBytes(object.size)}</TableCell>
                    <TableCell>{formatDate(object.lastModified)}</TableCell>
                    <TableCell align="right">
                      <Tooltip title="Download">
                        <IconButton aria-label={`Download ${lastSegment(object.key)}`} onClick={() => download(object.key)}><DownloadIcon /></IconButton>
                      </Tooltip>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Loaded>
    </Stack>
  );
}
