import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Chip, Stack, TextField, Typography } from '@mui/material';
import CreateNewFolderIcon from '@mui/icons-material/CreateNewFolderOutlined';
import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import SyncIcon from '@mui/icons-material/Sync';
import { api } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';
import { PagedTable } from '../../components/PagedTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusChip } from '../../components/StatusChip';
import { TagsField } from '../../components/TagsField';
import { FollowedJob } from './Jobs';
import { formatBytes, formatDate } from './format';
import { pageOf } from './pageOf';
import { manages, type Dataset, type Folder, type Job, type Table } from './api';

/** The dataset's tables and folders; its owners create folders and start crawls and table syncs here. */
export function DataTab({ dataset, onChanged }: { dataset: Dataset; onChanged: () => void }) {
  const navigate = useNavigate();
  const [reloadKey, setReloadKey] = useState(0);
  const [jobs, setJobs] = useState<Job[]>([]);
  const [creatingFolder, setCreatingFolder] = useState(false);
  const [crawling, setCrawling] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const canManage = manages(dataset.userRole);
  const base = `/api/v1/datasets/${dataset.uri}`;
  const reload = () => {
    setReloadKey((key) => key + 1);
    onChanged();
  };
  const follow = (job: Job) => setJobs((started) => [job, ...started]);
  const sync = async () => {
    setError(null);
    try {
      follow(await api.post<Job>(`${base}/table-sync`));
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Stack spacing={3}>
      {canManage && (
        <Stack direction="row" spacing={1}>
          <Button variant="contained" startIcon={<TravelExploreIcon />} onClick={() => setCrawling(true)}>Start crawler</Button>
          <Button startIcon={<SyncIcon />} onClick={sync}>Sync tables</Button>
          <Button startIcon={<CreateNewFolderIcon />} onClick={() => setCreatingFolder(true)}>Create folder</Button>
        </Stack>
      )}
      <ProblemAlert error={error} />
      {jobs.map((job) => <FollowedJob key={job.uri} path={`${base}/jobs/${job.uri}`} onDone={reload} />)}

      <Stack spacing={1}>
        <Typography variant="h6" component="h2">Tables</Typography>
        <PagedTable<Table> label="Tables" reloadKey={reloadKey} rowKey={(table) => table.uri}
          onRowClick={(table) => navigate(`/tables/${table.uri}`)}
          load={async (query) => pageOf(await api.get<Table[]>(`${base}/tables`), query, (table) => `${table.name} ${table.description ?? ''}`)}
          emptyTitle="No tables yet"
          emptyHint={canManage ? 'Upload files into a directory and start the crawler: it finds the tables and their columns.' : undefined}
          columns={[
            { label: 'Name', render: (table) => table.name },
            { label: 'Format', render: (table) => table.format },
            { label: 'Location', render: (table) => table.location },
            { label: 'Rows', render: (table) => table.statistics?.recordCount?.toLocaleString() ?? '—' },
            { label: 'Size', render: (table) => table.statistics ? formatBytes(table.statistics.totalBytes) : '—' },
            { label: 'Status', render: (table) => (
              <Stack direction="row" spacing={0.5}>
                <StatusChip status={table.status === 'InSync' ? 'In sync' : 'Deleted'} />
                {table.needsCrawl && <Chip size="small" color="warning" label="Files changed: crawl again" />}
              </Stack>
            ) },
            { label: 'Synced', render: (table) => formatDate(table.syncedAt) },
          ]} />
      </Stack>

      <Stack spacing={1}>
        <Typography variant="h6" component="h2">Folders</Typography>
        <PagedTable<Folder> label="Folders" reloadKey={reloadKey} rowKey={(folder) => folder.uri}
          onRowClick={(folder) => navigate(`/folders/${folder.uri}`)}
          load={async (query) => pageOf(await api.get<Folder[]>(`${base}/folders`), query, (folder) => `${folder.name} ${folder.prefix}`)}
          emptyTitle="No folders yet"
          emptyHint={canManage ? 'A folder shares the files under a prefix, such as reports/.' : undefined}
          columns={[
            { label: 'Name', render: (folder) => folder.name },
            { label: 'Prefix', render: (folder) => folder.prefix },
            { label: 'Description', render: (folder) => folder.description ?? '' },
            { label: 'Created', render: (folder) => formatDate(folder.createdAt) },
          ]} />
      </Stack>

      {crawling && <CrawlDialog datasetUri={dataset.uri} onStarted={follow} onClose={() => setCrawling(false)} />}
      {creatingFolder && <NewFolderDialog datasetUri={dataset.uri} onClose={() => setCreatingFolder(false)} onCreated={reload} />}
    </Stack>
  );
}

function CrawlDialog({ datasetUri, onStarted, onClose }: { datasetUri: string; onStarted: (job: Job) => void; onClose: () => void }) {
  const [prefix, setPrefix] = useState('');
  return (
    <FormDialog title="Start the crawler" submitLabel="Start" onClose={onClose}
      onSubmit={async () => onStarted(await api.post<Job>(`/api/v1/datasets/${datasetUri}/crawls`, { prefix: prefix.trim() || null }))}>
      {(field) => (
        <TextField label="Prefix" value={prefix} onChange={(event) => setPrefix(event.target.value)}
          {...field('prefix', 'Crawl only under this directory, e.g. raw/sales; the whole dataset when empty')} />
      )}
    </FormDialog>
  );
}

function NewFolderDialog({ datasetUri, onClose, onCreated }: { datasetUri: string; onClose: () => void; onCreated: () => void }) {
  const [name, setName] = useState('');
  const [prefix, setPrefix] = useState('');
  const [description, setDescription] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  return (
    <FormDialog title="Create folder" submitLabel="Create" onClose={onClose}
      onSubmit={async () => {
        await api.post(`/api/v1/datasets/${datasetUri}/folders`, { name, prefix, description, tags });
        onCreated();
      }}>
      {(field) => (
        <>
          <TextField label="Folder name" required autoFocus value={name} onChange={(event) => setName(event.target.value)} {...field('name')} />
          <TextField label="Prefix" required value={prefix} onChange={(event) => setPrefix(event.target.value)}
            {...field('prefix', 'The directory of the dataset it shows, e.g. reports/2024')} />
          <TextField label="Description" multiline minRows={2} value={description}
            onChange={(event) => setDescription(event.target.value)} {...field('description')} />
          <TagsField value={tags} onChange={setTags} field={field('tags')} />
        </>
      )}
    </FormDialog>
  );
}
