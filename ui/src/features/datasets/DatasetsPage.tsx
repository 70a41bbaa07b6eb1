import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Chip, Stack } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DriveFolderUploadIcon from '@mui/icons-material/DriveFolderUpload';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { NewDatasetDialog } from './NewDatasetDialog';
import { RoleChip } from './RoleChip';
import { confidentialityLabel, type Dataset } from './api';
import { formatDate } from './format';

export default function DatasetsPage() {
  const navigate = useNavigate();
  const [creating, setCreating] = useState<'new' | 'import' | null>(null);
  return (
    <>
      <PageHeader title="Datasets" subtitle="The datasets your teams own or steward"
        actions={(
          <Stack direction="row" spacing={1}>
            <Button startIcon={<DriveFolderUploadIcon />} onClick={() => setCreating('import')}>Import</Button>
            <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating('new')}>New dataset</Button>
          </Stack>
        )} />
      <PagedTable<Dataset> label="Datasets" rowKey={(dataset) => dataset.uri} onRowClick={(dataset) => navigate(`/datasets/${dataset.uri}`)}
        load={(query) => api.get<Page<Dataset>>('/api/v1/datasets', { ...query })}
        emptyTitle="No datasets yet" emptyHint="Create a dataset, or find one to request in the catalog."
        columns={[
          { label: 'Name', render: (dataset) => dataset.name },
          { label: 'Owner team', render: (dataset) => dataset.ownerTeam },
          { label: 'Your role', render: (dataset) => <RoleChip role={dataset.userRole} /> },
          { label: 'Classification', render: (dataset) => confidentialityLabel(dataset.confidentiality) },
          { label: 'Tables', render: (dataset) => dataset.counts?.tables ?? '—' },
          { label: 'Folders', render: (dataset) => dataset.counts?.folders ?? '—' },
          { label: 'Topics', render: (dataset) => dataset.topics.map((topic) => <Chip key={topic} size="small" label={topic} sx={{ mr: 0.5 }} />) },
          { label: 'Created', render: (dataset) => formatDate(dataset.createdAt) },
        ]} />
      {creating && <NewDatasetDialog imported={creating === 'import'} onClose={() => setCreating(null)} />}
    </>
  );
}
