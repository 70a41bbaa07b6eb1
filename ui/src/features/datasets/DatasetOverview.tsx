import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  Box, Button, Checkbox, FormControlLabel, Grid, Paper, Stack, Typography,
} from '@mui/material';
import EditIcon from '@mui/icons-material/EditOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Detail } from '../../components/Detail';
import { FormDialog } from '../../components/FormDialog';
import { StackPanel } from '../../components/StackPanel';
import { useLoad } from '../../components/useLoad';
import { chips } from './AssetMetadata';
import { datasetFields, bodyOf, valuesOf } from './DatasetFields';
import { GlossaryTerms } from './GlossaryTerms';
import { formatDate } from './format';
import { environments } from '../environments/api';
import { confidentialityLabel, datasets, manages, type Dataset } from './api';

/** What the dataset is, who owns it, how it is shared; its owners edit and delete it here. */
export function DatasetOverview({ dataset, onChanged }: { dataset: Dataset; onChanged: (dataset: Dataset) => void }) {
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const canManage = manages(dataset.userRole);
  const expiry = dataset.shareExpiry;
  // the environment's name for its members; others see its URI
  const environment = useLoad(() => environments.get(dataset.environmentUri), [dataset.environmentUri]);
  return (
    <Stack spacing={3}>
      {canManage && (
        <Stack direction="row" spacing={1}>
          <Button startIcon={<EditIcon />} onClick={() => setEditing(true)}>Edit</Button>
          {dataset.userRole === 'OWNER' && <Button color="error" startIcon={<DeleteIcon />} onClick={() => setDeleting(true)}>Delete</Button>}
        </Stack>
      )}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography sx={{ mb: 2, whiteSpace: 'pre-wrap' }} color={dataset.description ? 'text.primary' : 'text.secondary'}>
          {dataset.description || 'No description yet.'}
        </Typography>
        <Grid container spacing={2}>
          {([
            ['Owner team', dataset.ownerTeam],
            ['Stewards team', dataset.stewardsTeam ?? '—'],
            ['Classification', confidentialityLabel(dataset.confidentiality)],
            ['Topics', chips(dataset.topics)],
            ['Tags', chips(dataset.tags)],
            ['Share requests', dataset.autoApproval ? 'Approved automatically' : 'Approved by the owners or stewards'],
            ['Share expiration', expiry.enabled ? `Between ${expiry.minMonths ?? 1} and ${expiry.maxMonths ?? '—'} months` : 'Shares do not expire'],
            ['Environment', environment.data?.name ?? dataset.environmentUri],
            ['Region', dataset.region ?? '—'],
            ['Schema', dataset.schemaName],
            ['Storage location', dataset.storageLocation ?? '—'],
            ['Imported', dataset.imported ? 'Yes, from an existing directory' : 'No'],
            ['Created', `${formatDate(dataset.createdAt)} by ${dataset.createdBy}`],
            ['Updated', formatDate(dataset.updatedAt)],
          ] as const).map(([label, value]) => (
            <Grid key={label} size={{ xs: 12, sm: 6, md: 4 }}><Detail label={label}>{value}</Detail></Grid>
          ))}
        </Grid>
      </Paper>
      <GlossaryTerms collection="datasets" uri={dataset.uri} canLink={canManage} />
      {canManage && (
        <Box>
          <Typography variant="subtitle1" sx={{ mb: 1 }}>Stack</Typography>
          <StackPanel uri={dataset.uri} load={datasets.stack} update={datasets.updateStack} />
        </Box>
      )}
      {editing && <EditDatasetDialog dataset={dataset} onClose={() => setEditing(false)} onSaved={onChanged} />}
      {deleting && <DeleteDatasetDialog dataset={dataset} onClose={() => setDeleting(false)} onDeleted={() => navigate('/datasets')} />}
    </Stack>
  );
}

function EditDatasetDialog({ dataset, onClose, onSaved }: { dataset: Dataset; onClose: () => void; onSaved: (dataset: Dataset) => void }) {
  const [values, setValues] = useState(() => valuesOf(dataset));
  return (
    <FormDialog title="Edit dataset" onClose={onClose}
      onSubmit={async () => onSaved(await api.patch<Dataset>(`/api/v1/datasets/${dataset.uri}`, bodyOf(values)))}>
      {(field) => datasetFields({ values, onChange: setValues, field })}
    </FormDialog>
  );
}

function DeleteDatasetDialog({ dataset, onClose, onDeleted }: { dataset: Dataset; onClose: () => void; onDeleted: () => void }) {
  const [deleteData, setDeleteData] = useState(false);
  return (
    <ConfirmDialog title={`Delete ${dataset.name}?`} onClose={onClose}
      onConfirm={async () => {
        await api.del(`/api/v1/datasets/${dataset.uri}`, { deleteData });
        onDeleted();
      }}>
      The dataset, its tables and folders leave the catalog. A dataset with active shares cannot be deleted.
      <FormControlLabel sx={{ display: 'flex', mt: 1 }} label="Also delete its files"
        control={<Checkbox checked={deleteData} onChange={(event) => setDeleteData(event.target.checked)} />} />
    </ConfirmDialog>
  );
}
