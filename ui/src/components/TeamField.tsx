import { useEffect, useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { api } from '../api/client';
import type { FieldProps } from './FormDialog';

/** A team by name: suggestions from GET /api/v1/teams as the user types; any exact name is accepted. */
export function TeamField({ label = 'Team', value, onChange, field }: {
  label?: string;
  value: string;
  onChange: (team: string) => void;
  field?: FieldProps;
}) {
  const [options, setOptions] = useState<string[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => {
      api.get<string[]>('/api/v1/teams', { term: value }).then(setOptions, () => setOptions([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [value]);
  return (
    <Autocomplete freeSolo options={options} inputValue={value} onInputChange={(_, text) => onChange(text)}
      renderInput={(params) => <TextField {...params} {...field} label={label} required />} />
  );
}
