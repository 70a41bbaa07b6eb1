import type { ReactNode } from 'react';
import SearchIcon from '@mui/icons-material/Search';
import StorageIcon from '@mui/icons-material/Storage';
import ShareIcon from '@mui/icons-material/Share';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import TerminalIcon from '@mui/icons-material/Terminal';
import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import CloudIcon from '@mui/icons-material/Cloud';
import SettingsIcon from '@mui/icons-material/Settings';
import type { Me } from '../api/types';

export interface NavItem {
  label: string;
  to: string;
  icon: ReactNode;
  /** Whether the caller sees the entry; everyone when absent. */
  visible?: (me: Me) => boolean;
}

/** The left pane, grouped as in data.all's guide. */
export const NAVIGATION: { section: string; items: NavItem[] }[] = [
  {
    section: 'Discover',
    items: [
      { label: 'Catalog', to: '/catalog', icon: <SearchIcon /> },
      { label: 'Datasets', to: '/datasets', icon: <StorageIcon /> },
      { label: 'Shares', to: '/shares', icon: <ShareIcon /> },
      { label: 'Glossaries', to: '/glossaries', icon: <MenuBookIcon /> },
    ],
  },
  {
    section: 'Play',
    items: [{ label: 'Worksheets', to: '/worksheets', icon: <TerminalIcon /> }],
  },
  {
    section: 'Admin',
    items: [
      { label: 'Organizations', to: '/organizations', icon: <CorporateFareIcon /> },
      { label: 'Environments', to: '/environments', icon: <CloudIcon /> },
      { label: 'Admin settings', to: '/admin', icon: <SettingsIcon />, visible: (me) => me.admin },
    ],
  },
];
