import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** One labelled value of an overview. */
export function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">{label}</Typography>
      <Box>{children}</Box>
    </Box>
  );
}
