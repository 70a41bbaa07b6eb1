import { Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel } from '@mui/material';
import type { FieldProps } from './FormDialog';

/** Checkboxes for a set of permission names (shown with spaces instead of underscores). */
export function PermissionsField<P extends string>({ label, all, value, onChange, field }: {
  label: string;
  all: readonly P[];
  value: P[];
  onChange: (permissions: P[]) => void;
  field?: FieldProps;
}) {
  const toggle = (permission: P, on: boolean) =>
    onChange(on ? [...value, permission] : value.filter((chosen) => chosen !== permission));
  return (
    <FormControl component="fieldset" error={field?.error}>
      <FormLabel component="legend">{label}</FormLabel>
      <FormGroup>
        {all.map((permission) => (
          <FormControlLabel key={permission} label={permission.replace(/_/g, ' ').toLowerCase()}
            control={<Checkbox size="small" name={permission} checked={value.includes(permission)}
              onChange={(event) => toggle(permission, event.target.checked)} />} />
        ))}
      </FormGroup>
      {field?.helperText && <FormHelperText>{field.helperText}</FormHelperText>}
    </FormControl>
  );
}
