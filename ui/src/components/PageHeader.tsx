import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Box, Breadcrumbs, Link, Stack, Typography } from '@mui/material';

export interface Crumb {
  label: string;
  to?: string;
}

export function PageHeader({ title, breadcrumbs = [], actions, subtitle }: {
  title: ReactNode;
  breadcrumbs?: Crumb[];
  actions?: ReactNode;
  subtitle?: ReactNode;
}) {
  return (
    <Box sx={{ mb: 3 }}>
      {breadcrumbs.length > 0 && (
        <Breadcrumbs sx={{ mb: 1 }}>
          {breadcrumbs.map((crumb) => crumb.to
            ? <Link key={crumb.label} component={RouterLink} to={crumb.to} underline="hover" color="inherit">{crumb.label}</Link>
            : <Typography key={crumb.label} color="text.primary">{crumb.label}</Typography>)}
        </Breadcrumbs>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>{title}</Typography>
        {actions}
      </Stack>
      {subtitle && <Typography color="text.secondary" sx={{ mt: 0.5 }}>{subtitle}</Typography>}
    </Box>
  );
}
