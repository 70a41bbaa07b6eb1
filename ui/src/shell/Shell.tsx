import { Suspense } from 'react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import {
  Alert, AppBar, Box, Drawer, List, ListItemButton, ListItemIcon, ListItemText, ListSubheader, Toolbar, Typography,
} from '@mui/material';
import { Loading } from '../components/Loading';
import { ActingTeamProvider } from '../session/ActingTeam';
import { useSession } from '../session/SessionProvider';
import { session } from '../session/storage';
import { NAVIGATION } from './navigation';
import { NotificationsBell } from './NotificationsBell';
import { TeamPicker } from './TeamPicker';
import { UserMenu } from './UserMenu';

const DRAWER_WIDTH = 230;

/** The signed-in frame: top bar, left pane and the page. Signed-out visitors go to sign in and come back. */
export function Shell() {
  const { me } = useSession();
  const location = useLocation();
  if (!me) {
    session.rememberReturnTo(location.pathname + location.search);
    return <Navigate to="/signin" replace />;
  }
  const maintenance = me.maintenance;
  return (
    <ActingTeamProvider>
      <Box sx={{ display: 'flex' }}>
        <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
          <Toolbar>
            <Typography variant="h6" component={NavLink} to="/" sx={{ color: 'inherit', textDecoration: 'none', flexGrow: 1 }}>
              Lakegate
            </Typography>
            <TeamPicker />
            <NotificationsBell />
            <UserMenu />
          </Toolbar>
        </AppBar>
        <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}>
          <Toolbar />
          <Box component="nav" aria-label="Main">
            {NAVIGATION.map(({ section, items }) => (
              <List key={section} dense subheader={<ListSubheader>{section}</ListSubheader>}>
                {items.filter((item) => !item.visible || item.visible(me)).map((item) => (
                  <ListItemButton key={item.to} component={NavLink} to={item.to}
                    sx={{ '&.active': { bgcolor: 'action.selected' } }}>
                    <ListItemIcon sx={{ minWidth: 36 }}>{item.icon}</ListItemIcon>
                    <ListItemText primary={item.label} />
                  </ListItemButton>
                ))}
              </List>
            ))}
          </Box>
        </Drawer>
        <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
          <Toolbar />
          {maintenance.mode !== 'NONE' && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              Maintenance ({maintenance.mode === 'READ_ONLY' ? 'read-only' : 'no access'}, {maintenance.status.toLowerCase()}):
              {maintenance.mode === 'READ_ONLY' ? ' only admins may change anything.' : ' only admins may use Lakegate.'}
            </Alert>
          )}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Box>
      </Box>
    </ActingTeamProvider>
  );
}
