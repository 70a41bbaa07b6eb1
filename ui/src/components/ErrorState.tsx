import { Box, Button } from '@mui/material';
import { ProblemAlert } from './ProblemAlert';

/** A page or section that failed to load: the API's message and a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Box sx={{ p: 3, maxWidth: 720 }}>
      <ProblemAlert error={error} />
      {onRetry && <Button sx={{ mt: 2 }} onClick={onRetry}>Retry</Button>}
    </Box>
  );
}
