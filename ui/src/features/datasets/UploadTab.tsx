import { useRef, useState, type DragEvent } from 'react';
import {
  Box, Button, FormControlLabel, LinearProgress, Paper, Stack, Switch, TextField, Typography,
} from '@mui/material';
import CloudUploadIcon from '@mui/icons-material/CloudUploadOutlined';
import { ApiError, api } from '../../api/client';
import type { Page } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusChip } from '../../components/StatusChip';
import { JobsTable } from './Jobs';
import { formatBytes } from './format';
import type { Job } from './api';

interface Upload {
  file: File;
  fraction: number;
  status: 'WAITING' | 'UPLOADING' | 'SUCCEEDED' | 'FAILED';
  error?: unknown;
}

/** The stem of a file name as a directory: "Sales 2024.csv" → "sales_2024". */
const directoryOf = (name: string) => name.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'data';

/**
 * Streams files into the dataset under a prefix, one request per file with its own progress bar; with "infer the
 * schema" the last file starts a crawl of the prefix. The dataset's jobs below refresh while one runs.
 */
export function UploadTab({ datasetUri }: { datasetUri: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [prefix, setPrefix] = useState('');
  const [inferSchema, setInferSchema] = useState(true);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [prefixError, setPrefixError] = useState<string>();
  const [reloadKey, setReloadKey] = useState(0);
  const base = `/api/v1/datasets/${datasetUri}`;

  const choose = (files: File[]) => {
    if (busy || files.length === 0) return;
    setUploads(files.map((file) => ({ file, fraction: 0, status: 'WAITING' })));
    if (!prefix) setPrefix(`raw/${directoryOf(files[0].name)}`);
  };
  const update = (index: number, change: Partial<Upload>) =>
    setUploads((all) => all.map((upload, at) => at === index ? { ...upload, ...change } : upload));

  const start = async () => {
    setBusy(true);
    setPrefixError(undefined);
    for (const [index, { file }] of uploads.entries()) {
      update(index, { status: 'UPLOADING', error: undefined });
      try {
        const last = index === uploads.length - 1;
        await api.upload<Job>(`${base}/uploads`, [file], (fraction) => update(index, { fraction }),
          { prefix, inferSchema: inferSchema && last });
        update(index, { status: 'SUCCEEDED', fraction: 1 });
      } catch (failure) {
        const fieldError = failure instanceof ApiError ? failure.fieldErrors.prefix : undefined;
        if (fieldError) setPrefixError(fieldError);
        update(index, { status: 'FAILED', error: fieldError ? undefined : failure });
        if (fieldError) break;
      }
      setReloadKey((key) => key + 1);
    }
    setBusy(false);
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose([...event.dataTransfer.files]);
  };
  const pending = uploads.some((upload) => upload.status === 'WAITING' || upload.status === 'FAILED');

  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: 2, maxWidth: 800 }}>
        <Stack spacing={2}>
          <Box data-testid="drop-zone" onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }} onDragLeave={() => setDragging(false)} onDrop={drop}
          onClick={() => input.current?.click()}
          sx={{ border: 2, borderStyle: 'dashed', borderRadius: 2, p: 4, textAlign: 'center', cursor: 'pointer',
            borderColor: dragging ? 'primary.main' : 'divider', bgcolor: dragging ? 'action.hover' : undefined }}>
            <CloudUploadIcon color="action" sx={{ fontSize: 40 }} />
            <Typography>Drop files here, or click to choose them</Typography>
            <Typography variant="body2" color="text.secondary">CSV, TSV, JSON and Parquet files become tables when crawled</Typography>
            <input ref={input} type="file" multiple hidden aria-label="Choose files"
              onChange={(event) => {
                choose([...event.target.files ?? []]);
                event.target.value = '';
              }} />
          </Box>
          <TextField label="Prefix" value={prefix} onChange={(event) => setPrefix(event.target.value)}
            error={!!prefixError} helperText={prefixError ?? 'The directory the files go into, e.g. raw/sales: one directory per table'} />
          <FormControlLabel label="Infer the schema: crawl the prefix once uploaded, so the files become a table"
            control={<Switch checked={inferSchema} onChange={(event) => setInferSchema(event.target.checked)} />} />
          {uploads.map((upload, index) => <UploadRow key={index} upload={upload} />)}
          <Button variant="contained" onClick={start} disabled={busy || !pending} sx={{ alignSelf: 'flex-start' }}>
            {busy ? 'Uploading…' : uploads.length > 1 ? `Upload ${uploads.length} files` : 'Upload'}
          </Button>
        </Stack>
      </Paper>
      <Stack spacing={1}>
        <Typography variant="h6" component="h2">Jobs</Typography>
        <JobsTable reloadKey={reloadKey} jobPath={(job) => `${base}/jobs/${job.uri}`}
          load={(query) => api.get<Page<Job>>(`${base}/jobs`, { ...query })} />
      </Stack>
    </Stack>
  );
}

function UploadRow({ upload }: { upload: Upload }) {
  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography sx={{ flexGrow: 1 }} noWrap>{upload.file.name} ({formatBytes(upload.file.size)})</Typography>
        <Typography variant="body2">{Math.round(upload.fraction * 100)}%</Typography>
        <StatusChip status={upload.status} />
      </Stack>
      <LinearProgress variant="determinate" value={upload.fraction * 100} aria-label={`${upload.file.name} upload progress`}
        color={upload.status === 'FAILED' ? 'error' : 'primary'} sx={{ mt: 0.5 }} />
      <ProblemAlert error={upload.error} />
    </Box>
  );
}
