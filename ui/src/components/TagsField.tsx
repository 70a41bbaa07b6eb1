import { Autocomplete, Chip, TextField } from '@mui/material';
import type { FieldProps } from './FormDialog';

/** Free-text tags: type and press Enter. */
export function TagsField({ value, onChange, label = 'Tags', field }: {
  value: string[];
  onChange: (tags: string[]) => void;
  label?: string;
  field?: FieldProps;
}) {
  return (
    <Autocomplete multiple freeSolo options={[]} value={value}
      onChange={(_, tags) => onChange(tags.map((tag) => tag.trim()).filter(Boolean))}
      renderValue={(tags, getItemProps) => tags.map((tag, index) => {
        const { key, ...props } = getItemProps({ index });
        return <Chip key={key} size="small" label={tag} {...props} />;
      })}
      renderInput={(params) => <TextField {...params} {...field} label={label}
        helperText={field?.helperText ?? 'Type a tag and press Enter'} />} />
  );
}
