import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** One labelled value of an overview; long values without spaces (qualified names, paths) wrap. */
export function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">{label}</Typography>
      <Box sx={{ overflowWrap: 'anywhere' }}>{children}</Box>
    </Box>
  );
}
