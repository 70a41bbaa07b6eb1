import type { ReactNode } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { Box, Tab, Tabs } from '@mui/material';

export interface AssetTab {
  /** The path segment after the asset's URL, e.g. `data`. */
  path: string;
  label: string;
  render: () => ReactNode;
}

/** Tabs of an asset page, one URL each (`/datasets/<uri>/<tab>`); the first tab when the URL names none. */
export function AssetTabs({ base, tabs }: { base: string; tabs: AssetTab[] }) {
  const segment = useParams()['*']?.split('/')[0] ?? '';
  const current = tabs.find((tab) => tab.path === segment);
  if (!current) return <Navigate to={`${base}/${tabs[0].path}`} replace />;
  return (
    <>
      <Tabs value={current.path} variant="scrollable" sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        {tabs.map((tab) => <Tab key={tab.path} value={tab.path} label={tab.label} component={Link} to={`${base}/${tab.path}`} />)}
      </Tabs>
      <Box>{current.render()}</Box>
    </>
  );
}
