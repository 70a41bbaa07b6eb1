import { Alert, AlertTitle } from '@mui/material';
import { ApiError } from '../api/client';

/** The message of a failure: the API's detail for an ApiError, the message otherwise; nothing without one. */
export function ProblemAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const title = error instanceof ApiError ? error.title : 'Something went wrong';
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{title}</AlertTitle>
      {detail}
    </Alert>
  );
}
