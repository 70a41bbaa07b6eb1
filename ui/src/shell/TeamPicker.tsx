import { MenuItem, TextField } from '@mui/material';
import { useActingTeam } from '../session/ActingTeam';
import { useMe } from '../session/SessionProvider';

/** Which of their teams the user acts for, where a form needs an owner or requester team. */
export function TeamPicker() {
  const { teams } = useMe();
  const { team, setTeam } = useActingTeam();
  if (!team) return null;
  return (
    <TextField select size="small" label="Acting team" value={team} onChange={(event) => setTeam(event.target.value)}
      sx={{ minWidth: 180, mr: 2, '& .MuiInputBase-root': { color: 'inherit', bgcolor: 'rgba(255,255,255,0.12)' },
        '& .MuiInputLabel-root, & .MuiSvgIcon-root': { color: 'inherit' } }}>
      {teams.map((name) => <MenuItem key={name} value={name}>{name}</MenuItem>)}
    </TextField>
  );
}
