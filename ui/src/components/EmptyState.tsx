import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** What a list shows when it has nothing, with what to do about it. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Box sx={{ textAlign: 'center', p: 5, color: 'text.secondary' }}>
      <Typography variant="h6" component="p">{title}</Typography>
      {children && <Typography sx={{ mt: 1 }}>{children}</Typography>}
      {action && <Box sx={{ mt: 2 }}>{action}</Box>}
    </Box>
  );
}
