import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { FormDialog } from '../../components/FormDialog';
import { TagsField } from '../../components/TagsField';
import { useActingTeam } from '../../session/ActingTeam';
import { useMe } from '../../session/SessionProvider';
import type { Environment } from '../environments/api';
import { worksheets, type Worksheet } from './api';

/**
 * Creates a worksheet for one of the caller's teams (the acting team at first) in an environment, or edits one's
 * name, description and tags: its team and environment never change.
 */
export function WorksheetFormDialog({ worksheet, environments, onSaved, onClose }: {
  worksheet?: Worksheet;
  /** The environments to choose from when creating; undefined while they load. */
  environments?: Environment[];
  onSaved: (saved: Worksheet) => void;
  onClose: () => void;
}) {
  const { teams } = useMe();
  const { team: actingTeam } = useActingTeam();
  const [name, setName] = useState(worksheet?.name ?? '');
  const [description, setDescription] = useState(worksheet?.description ?? '');
  const [tags, setTags] = useState(worksheet?.tags ?? []);
  const [ownerTeam, setOwnerTeam] = useState(actingTeam ?? '');
  const [environmentUri, setEnvironmentUri] = useState(environments?.length === 1 ? environments[0].uri : '');
  const save = async () => {
    const input = { name, description, tags };
    onSaved(worksheet ? await worksheets.update(worksheet.uri, input)
      : await worksheets.create({ ...input, ownerTeam, environmentUri }));
  };
  return (
    <FormDialog title={worksheet ? `Edit ${worksheet.name}` : 'Create worksheet'}
      submitLabel={worksheet ? 'Save' : 'Create'} onSubmit={save} onClose={onClose}>
      {(field) => (
        <>
          <TextField {...field('name')} label="Worksheet name" required autoFocus value={name}
            onChange={(event) => setName(event.target.value)} />
          <TextField {...field('description')} label="Short description" multiline minRows={2} value={description}
            onChange={(event) => setDescription(event.target.value)} />
          {!worksheet && (
            <>
              <TextField {...field('ownerTeam', 'Its members see, edit and run the worksheet')} select label="Team"
                required value={ownerTeam} onChange={(event) => setOwnerTeam(event.target.value)}>
                {teams.map((team) => <MenuItem key={team} value={team}>{team}</MenuItem>)}
              </TextField>
              <TextField {...field('environmentUri', !environments ? 'Loading environments…' : environments.length
                ? 'Queries run there, over the tables the team may read'
                : 'None of your teams may run worksheets in an environment yet; ask an environment admin')} select
                label="Environment" required value={environmentUri}
                onChange={(event) => setEnvironmentUri(event.target.value)}>
                {environments?.map((environment) => (
                  <MenuItem key={environment.uri} value={environment.uri}>{environment.name}</MenuItem>
                ))}
              </TextField>
            </>
          )}
          <TagsField value={tags} onChange={setTags} field={field('tags')} />
        </>
      )}
    </FormDialog>
  );
}
