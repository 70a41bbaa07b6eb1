import { useState } from 'react';
import { TextField } from '@mui/material';
import { FormDialog } from '../../components/FormDialog';
import { TeamField } from '../../components/TeamField';
import { useActingTeam } from '../../session/ActingTeam';

export interface NodeValues {
  name: string;
  description: string;
  ownerTeam: string;
}

/**
 * Creates or edits a glossary, a category or a term: name and description, and the owner team for a new glossary
 * (the acting team unless changed). The API's refusals (a taken name, a team without MANAGE_GLOSSARIES) show here.
 */
export function NodeDialog({ title, submitLabel, initial, withOwnerTeam = false, onSubmit, onClose }: {
  title: string;
  submitLabel?: string;
  initial?: { name: string; description: string | null };
  withOwnerTeam?: boolean;
  onSubmit: (values: NodeValues) => Promise<unknown>;
  onClose: () => void;
}) {
  const { team } = useActingTeam();
  const [values, setValues] = useState<NodeValues>({
    name: initial?.name ?? '', description: initial?.description ?? '', ownerTeam: team ?? '',
  });
  const set = (change: Partial<NodeValues>) => setValues((current) => ({ ...current, ...change }));
  return (
    <FormDialog title={title} submitLabel={submitLabel} onClose={onClose}
      onSubmit={() => onSubmit({ ...values, name: values.name.trim() })}>
      {(field) => (
        <>
          <TextField {...field('name')} label="Name" required autoFocus value={values.name}
            onChange={(event) => set({ name: event.target.value })} />
          <TextField {...field('description')} label="Description" multiline minRows={3} value={values.description}
            onChange={(event) => set({ description: event.target.value })} />
          {withOwnerTeam && (
            <TeamField label="Owner team" value={values.ownerTeam} onChange={(ownerTeam) => set({ ownerTeam })}
              field={field('ownerTeam', 'The team that manages the glossary; it needs the Manage glossaries permission')} />
          )}
        </>
      )}
    </FormDialog>
  );
}
