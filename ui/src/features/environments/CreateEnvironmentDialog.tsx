import { useState } from 'react';
import { FormControlLabel, FormGroup, FormLabel, MenuItem, Switch, TextField } from '@mui/material';
import { FormDialog } from '../../components/FormDialog';
import { TagsField } from '../../components/TagsField';
import { TeamField } from '../../components/TeamField';
import { useLoad } from '../../components/useLoad';
import { useActingTeam } from '../../session/ActingTeam';
import { organizations } from '../organizations/api';
import { environments, type Environment, type Features } from './api';

const FEATURES: (keyof Features)[] = ['worksheets', 'dashboards', 'pipelines', 'notebooks'];

/** Links a new environment to an organization (guide: "Link an environment"). */
export function CreateEnvironmentDialog({ onCreated, onClose }: {
  onCreated: (environment: Environment) => void;
  onClose: () => void;
}) {
  const { team: actingTeam } = useActingTeam();
  const orgs = useLoad(() => organizations.list({ page: 1, size: 500 }), []);
  const [organizationUri, setOrganizationUri] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [team, setTeam] = useState(actingTeam ?? '');
  const [region, setRegion] = useState('');
  const [resourcePrefix, setResourcePrefix] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [features, setFeatures] = useState<Features>({ worksheets: true, dashboards: true, pipelines: true, notebooks: true });
  const create = async () => onCreated(await environments.create({
    organizationUri, name, description, team, region, resourcePrefix, tags, features,
  }));
  return (
    <FormDialog title="Link environment" submitLabel="Create" onSubmit={create} onClose={onClose}>
      {(field) => (
        <>
          <TextField {...field('organizationUri')} select label="Organization" required value={organizationUri}
            onChange={(event) => setOrganizationUri(event.target.value)}>
            {(orgs.data?.items ?? []).map((org) => <MenuItem key={org.uri} value={org.uri}>{org.name}</MenuItem>)}
          </TextField>
          <TextField {...field('name')} label="Environment name" required value={name} onChange={(event) => setName(event.target.value)} />
          <TextField {...field('description')} label="Short description" multiline minRows={2} value={description}
            onChange={(event) => setDescription(event.target.value)} />
          <TeamField value={team} onChange={setTeam} field={field('team', 'The environment admin team')} />
          <TextField {...field('region', 'A label, e.g. eu-west-1')} label="Region" value={region}
            onChange={(event) => setRegion(event.target.value)} />
          <TextField {...field('resourcePrefix', 'Lowercase letters and digits; prefixes the storage of its datasets')}
            label="Resource prefix" required value={resourcePrefix} onChange={(event) => setResourcePrefix(event.target.value)} />
          <TagsField value={tags} onChange={setTags} field={field('tags')} />
          <FormGroup>
            <FormLabel>Features</FormLabel>
            {FEATURES.map((feature) => (
              <FormControlLabel key={feature} label={feature} control={<Switch checked={features[feature]}
                onChange={(event) => setFeatures({ ...features, [feature]: event.target.checked })} />} />
            ))}
          </FormGroup>
        </>
      )}
    </FormDialog>
  );
}
