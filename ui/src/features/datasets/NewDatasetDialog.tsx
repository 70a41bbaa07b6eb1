import { useState } from 'react';
import { useNavigate } from 'react-router';
import { MenuItem, TextField } from '@mui/material';
import { api } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';
import { useLoad } from '../../components/useLoad';
import { useActingTeam } from '../../session/ActingTeam';
import { useMe } from '../../session/SessionProvider';
import { environments as environmentsApi } from '../environments/api';
import { datasetFields, EMPTY_DATASET, bodyOf } from './DatasetFields';
import type { Dataset } from './api';

/** Creates a dataset, or with `imported` registers an existing directory of the server as one (guide 4.1.2, 4.1.3). */
export function NewDatasetDialog({ imported, onClose }: { imported: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const me = useMe();
  const { team } = useActingTeam();
  const environments = useLoad(() => environmentsApi.list({ page: 1, size: 100 }), []);
  const [values, setValues] = useState(EMPTY_DATASET);
  const [environment, setEnvironment] = useState('');
  const [ownerTeam, setOwnerTeam] = useState(team ?? '');
  const [storageLocation, setStorageLocation] = useState('');
  const [schemaName, setSchemaName] = useState('');
  const choices = environments.data?.items ?? [];
  // until the user chooses: the owner team's own environment, else the first where it may create datasets
  const environmentUri = environment || (choices.find((choice) => choice.adminTeam === ownerTeam)
    ?? choices.find((choice) => choice.userPermissions.includes('CREATE_DATASET')) ?? choices[0])?.uri || '';

  return (
    <FormDialog title={imported ? 'Import a dataset' : 'New dataset'} submitLabel={imported ? 'Import' : 'Create'} onClose={onClose}
      onSubmit={async () => {
        const dataset = await api.post<Dataset>('/api/v1/datasets', {
          ...bodyOf(values), environmentUri, ownerTeam,
          ...(imported && { storageLocation, schemaName: schemaName || undefined }),
        });
        navigate(`/datasets/${dataset.uri}`);
      }}>
      {(field) => (
        <>
          <TextField select label="Environment" required value={environmentUri} onChange={(event) => setEnvironment(event.target.value)}
            {...field('environmentUri', environments.error ? 'The environments could not be loaded' : undefined)}>
            {choices.map((choice) => <MenuItem key={choice.uri} value={choice.uri}>{choice.name}</MenuItem>)}
          </TextField>
          <TextField select label="Owner team" required value={ownerTeam} onChange={(event) => setOwnerTeam(event.target.value)}
            {...field('ownerTeam', 'The team that owns the dataset; it needs the environment\'s permission to create datasets')}>
            {me.teams.map((name) => <MenuItem key={name} value={name}>{name}</MenuItem>)}
          </TextField>
          {imported && (
            <>
              <TextField label="Storage location" required value={storageLocation}
                onChange={(event) => setStorageLocation(event.target.value)}
                {...field('storageLocation', 'The existing directory on the server, under an import root the administrator allowed')} />
              <TextField label="Schema name" value={schemaName} onChange={(event) => setSchemaName(event.target.value)}
                {...field('schemaName', 'The name worksheets query its tables under; derived from the name when empty')} />
            </>
          )}
          {datasetFields({ values, onChange: setValues, field })}
        </>
      )}
    </FormDialog>
  );
}
