import { FormControlLabel, MenuItem, Stack, Switch, TextField } from '@mui/material';
import type { Field } from '../../components/FormDialog';
import { TagsField } from '../../components/TagsField';
import { TeamField } from '../../components/TeamField';
import { CONFIDENTIALITIES, confidentialityLabel, type Confidentiality, type Dataset } from './api';

/** The fields of a dataset that its owners set at creation and may change later (guide 4.1.2). */
export interface DatasetValues {
  name: string;
  description: string;
  stewardsTeam: string;
  confidentiality: Confidentiality;
  topics: string[];
  tags: string[];
  autoApproval: boolean;
  shareExpiry: { enabled: boolean; minMonths: string; maxMonths: string };
}

export const EMPTY_DATASET: DatasetValues = {
  name: '', description: '', stewardsTeam: '', confidentiality: 'UNCLASSIFIED', topics: [], tags: [], autoApproval: false,
  shareExpiry: { enabled: false, minMonths: '', maxMonths: '' },
};

export const valuesOf = (dataset: Dataset): DatasetValues => ({
  name: dataset.name,
  description: dataset.description ?? '',
  stewardsTeam: dataset.stewardsTeam ?? '',
  confidentiality: dataset.confidentiality,
  topics: dataset.topics,
  tags: dataset.tags,
  autoApproval: dataset.autoApproval,
  shareExpiry: {
    enabled: dataset.shareExpiry.enabled,
    minMonths: dataset.shareExpiry.minMonths?.toString() ?? '',
    maxMonths: dataset.shareExpiry.maxMonths?.toString() ?? '',
  },
});

const months = (value: string) => value.trim() ? Number(value) : null;

/** The request body of these fields; an empty stewards team removes the stewards. */
export const bodyOf = (values: DatasetValues) => ({
  ...values,
  shareExpiry: {
    enabled: values.shareExpiry.enabled,
    minMonths: values.shareExpiry.enabled ? months(values.shareExpiry.minMonths) : null,
    maxMonths: values.shareExpiry.enabled ? months(values.shareExpiry.maxMonths) : null,
  },
});

/**
 * The fields as a render function, not a component: FormDialog must see every field() call while it renders its
 * children, to know which API field errors appear next to a field.
 */
export function datasetFields({ values, onChange, field }: {
  values: DatasetValues;
  onChange: (values: DatasetValues) => void;
  field: Field;
}) {
  const set = (change: Partial<DatasetValues>) => onChange({ ...values, ...change });
  const setExpiry = (change: Partial<DatasetValues['shareExpiry']>) => set({ shareExpiry: { ...values.shareExpiry, ...change } });
  return (
    <>
      <TextField label="Dataset name" required autoFocus value={values.name} onChange={(event) => set({ name: event.target.value })}
        {...field('name')} />
      <TextField label="Short description" multiline minRows={2} value={values.description}
        onChange={(event) => set({ description: event.target.value })} {...field('description')} />
      <TeamField label="Stewards team" required={false} value={values.stewardsTeam} onChange={(stewardsTeam) => set({ stewardsTeam })}
        field={field('stewardsTeam', 'A team that manages the dataset and approves its shares with the owners; optional')} />
      <TextField select label="Classification" value={values.confidentiality}
        onChange={(event) => set({ confidentiality: event.target.value as Confidentiality })} {...field('confidentiality')}>
        {CONFIDENTIALITIES.map((level) => <MenuItem key={level} value={level}>{confidentialityLabel(level)}</MenuItem>)}
      </TextField>
      <TagsField label="Topics" value={values.topics} onChange={(topics) => set({ topics })}
        field={field('topics', 'Business areas, e.g. Sales or Finances; type one and press Enter')} />
      <TagsField value={values.tags} onChange={(tags) => set({ tags })} field={field('tags')} />
      <FormControlLabel label="Approve share requests automatically"
        control={<Switch checked={values.autoApproval} onChange={(event) => set({ autoApproval: event.target.checked })} />} />
      <FormControlLabel label="Enable share expiration"
        control={<Switch checked={values.shareExpiry.enabled} onChange={(event) => setExpiry({ enabled: event.target.checked })} />} />
      {values.shareExpiry.enabled && (
        <Stack direction="row" spacing={2}>
          <TextField label="Shortest share (months)" type="number" value={values.shareExpiry.minMonths}
            onChange={(event) => setExpiry({ minMonths: event.target.value })} {...field('shareExpiry.minMonths')} />
          <TextField label="Longest share (months)" type="number" value={values.shareExpiry.maxMonths}
            onChange={(event) => setExpiry({ maxMonths: event.target.value })} {...field('shareExpiry.maxMonths')} />
        </Stack>
      )}
    </>
  );
}
