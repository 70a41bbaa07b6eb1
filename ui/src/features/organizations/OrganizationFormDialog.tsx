import { useState } from 'react';
import { TextField } from '@mui/material';
import { FormDialog } from '../../components/FormDialog';
import { TagsField } from '../../components/TagsField';
import { TeamField } from '../../components/TeamField';
import { useActingTeam } from '../../session/ActingTeam';
import { organizations, type Organization } from './api';

/** Creates an organization, or edits one (its admin team never changes). */
export function OrganizationFormDialog({ organization, onSaved, onClose }: {
  organization?: Organization;
  onSaved: (saved: Organization) => void;
  onClose: () => void;
}) {
  const { team: actingTeam } = useActingTeam();
  const [name, setName] = useState(organization?.name ?? '');
  const [description, setDescription] = useState(organization?.description ?? '');
  const [tags, setTags] = useState(organization?.tags ?? []);
  const [team, setTeam] = useState(actingTeam ?? '');
  const save = async () => {
    const input = { name, description, tags };
    onSaved(organization ? await organizations.update(organization.uri, input) : await organizations.create({ ...input, team }));
  };
  return (
    <FormDialog title={organization ? `Edit ${organization.name}` : 'Create organization'}
      submitLabel={organization ? 'Save' : 'Create'} onSubmit={save} onClose={onClose}>
      {(field) => (
        <>
          <TextField {...field('name')} label="Organization name" required autoFocus value={name}
            onChange={(event) => setName(event.target.value)} />
          <TextField {...field('description')} label="Short description" multiline minRows={2} value={description}
            onChange={(event) => setDescription(event.target.value)} />
          <TagsField value={tags} onChange={setTags} field={field('tags')} />
          {!organization && (
            <TeamField label="Organization admin team" value={team} onChange={setTeam}
              field={field('team', 'Its members administer the organization')} />
          )}
        </>
      )}
    </FormDialog>
  );
}
