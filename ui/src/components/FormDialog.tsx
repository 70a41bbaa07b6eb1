import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { ApiError } from '../api/client';
import { ProblemAlert } from './ProblemAlert';

/** Props for a TextField (or anything with error/helperText) named like the API's request field. */
export interface FieldProps {
  name: string;
  error: boolean;
  helperText?: ReactNode;
}

/** field('name', 'hint') gives the props showing the API's error for that field, or the hint. */
export type Field = (name: string, hint?: ReactNode) => FieldProps;

/**
 * A form in a dialog. On submit it calls onSubmit; when that throws an ApiError naming a field the form shows
 * (through field()), the message appears next to that field, else the API's detail appears above the form.
 * Closes itself once onSubmit succeeds. Render it only while open, so each opening starts afresh.
 */
export function FormDialog({ title, submitLabel = 'Save', onSubmit, onClose, children }: {
  title: string;
  submitLabel?: string;
  onSubmit: () => Promise<unknown>;
  onClose: () => void;
  children: (field: Field) => ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
  const shownFields = new Set<string>();
  const field: Field = (name, hint) => {
    shownFields.add(name);
    return { name, error: name in fieldErrors, helperText: fieldErrors[name] ?? hint };
  };
  const fields = children(field);
  const placedNextToField = Object.keys(fieldErrors).some((name) => shownFields.has(name));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
      onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth slotProps={{ paper: { component: 'form', onSubmit: submit } }}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {!placedNextToField && <ProblemAlert error={error} />}
          {fields}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="contained" disabled={busy}>{submitLabel}</Button>
      </DialogActions>
    </Dialog>
  );
}
