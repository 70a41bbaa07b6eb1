import { useState } from 'react';
import { Button, Divider, ListItemText, Menu, MenuItem } from '@mui/material';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import { ChangePasswordDialog } from '../session/ChangePasswordDialog';
import { useSession, useMe } from '../session/SessionProvider';

export function UserMenu() {
  const me = useMe();
  const { signOut } = useSession();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <>
      <Button color="inherit" startIcon={<AccountCircleIcon />} onClick={(event) => setAnchor(event.currentTarget)}>
        {me.username}
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        <MenuItem disabled>
          <ListItemText primary={me.displayName ?? me.username} secondary={me.email} />
        </MenuItem>
        <Divider />
        <MenuItem onClick={() => {
          setAnchor(null);
          setChangingPassword(true);
        }}>Change password</MenuItem>
        <MenuItem onClick={signOut}>Sign out</MenuItem>
      </Menu>
      {changingPassword && <ChangePasswordDialog onClose={() => setChangingPassword(false)} />}
    </>
  );
}
