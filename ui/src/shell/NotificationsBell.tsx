import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  Badge, Box, Button, Divider, IconButton, ListItemText, Menu, MenuItem, Typography,
} from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { api } from '../api/client';
import type { Notification, Page } from '../api/types';
import { ErrorState } from '../components/ErrorState';
import { Loading } from '../components/Loading';
import { usePolling } from '../components/usePolling';

const CHANGED = 'lakegate:notifications-changed';

/** Call after an action that may have notified the user (a share decision, say): the bell counts again. */
export function notificationsChanged() {
  window.dispatchEvent(new Event(CHANGED));
}

/** The bell with the unread count (every 30 s and after actions), and a menu of the latest notifications. */
export function NotificationsBell() {
  const navigate = useNavigate();
  const [unread, setUnread] = useState(0);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [latest, setLatest] = useState<Page<Notification> | null>(null);
  const [error, setError] = useState<unknown>(null);

  const count = useCallback(async () => {
    setUnread((await api.get<{ count: number }>('/api/v1/notifications/unread-count')).count);
  }, []);
  const list = useCallback(async () => {
    setError(null);
    try {
      setLatest(await api.get<Page<Notification>>('/api/v1/notifications', { size: 10 }));
    } catch (failure) {
      setError(failure);
    }
  }, []);

  useEffect(() => {
    count().catch(() => {});
    const recount = () => count().catch(() => {});
    window.addEventListener(CHANGED, recount);
    return () => window.removeEventListener(CHANGED, recount);
  }, [count]);
  usePolling(count, true, 30_000);

  const open = (event: React.MouseEvent<HTMLElement>) => {
    setAnchor(event.currentTarget);
    list();
  };
  const markRead = async (notification: Notification) => {
    if (!notification.read) await api.post(`/api/v1/notifications/${notification.uri}/read`);
    await Promise.all([count(), list()]);
  };
  const follow = async (notification: Notification) => {
    setAnchor(null);
    await markRead(notification);
    if (notification.targetType && notification.targetUri) navigate(`/${notification.targetType}/${notification.targetUri}`);
  };
  const markAllRead = async () => {
    await api.post('/api/v1/notifications/read-all');
    await Promise.all([count(), list()]);
  };

  return (
    <>
      <IconButton color="inherit" aria-label={`Notifications, ${unread} unread`} onClick={open}>
        <Badge badgeContent={unread} color="error"><NotificationsIcon /></Badge>
      </IconButton>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}
        slotProps={{ paper: { sx: { width: 400, maxHeight: 520 } } }}>
        <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1 }}>
          <Typography variant="subtitle1" sx={{ flexGrow: 1 }}>Notifications</Typography>
          <Button size="small" onClick={markAllRead} disabled={unread === 0}>Mark all read</Button>
        </Box>
        <Divider />
        {error ? <ErrorState error={error} onRetry={list} />
          : !latest ? <Loading />
            : latest.items.length === 0 ? <Typography sx={{ p: 2 }} color="text.secondary">No notifications</Typography>
              : latest.items.map((notification) => (
                <MenuItem key={notification.uri} onClick={() => follow(notification)} sx={{ whiteSpace: 'normal' }}>
                  <ListItemText
                    primary={notification.subject}
                    secondary={`${new Date(notification.createdAt).toLocaleString()} · ${notification.message}`}
                    slotProps={{ primary: { sx: { fontWeight: notification.read ? 'normal' : 'bold' } },
                      secondary: { noWrap: true } }} />
                  {!notification.read && (
                    <Button size="small" onClick={(event) => {
                      event.stopPropagation();
                      markRead(notification);
                    }}>Read</Button>
                  )}
                </MenuItem>
              ))}
      </Menu>
    </>
  );
}
