import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { Box, Button, Divider, Paper, Stack, TextField, Typography } from '@mui/material';
import { api, ApiError } from '../api/client';
import type { AuthConfig } from '../api/types';
import { ProblemAlert } from '../components/ProblemAlert';
import { useSession } from './SessionProvider';
import { startSingleSignOn } from './oidc';
import { session } from './storage';

export default function SignInPage() {
  const { me, signIn } = useSession();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [config, setConfig] = useState<AuthConfig | null>(null);

  useEffect(() => {
    api.get<AuthConfig>('/api/v1/auth/config').then(setConfig, () => setConfig(null));
  }, []);

  if (me) return <Navigate to="/" replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const token = await api.post<{ access_token: string }>('/api/v1/auth/token', { username, password });
      await signIn(token.access_token);
      navigate(session.takeReturnTo(), { replace: true });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const fieldError = (field: string) => error instanceof ApiError ? error.fieldErrors[field] : undefined;

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'grey.100' }}>
      <Paper component="form" onSubmit={submit} sx={{ p: 4, width: 380 }} elevation={2}>
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">Lakegate</Typography>
          <Typography color="text.secondary">Sign in to the data marketplace</Typography>
          <ProblemAlert error={error} />
          <TextField label="Username" name="username" autoComplete="username" autoFocus required value={username}
            onChange={(event) => setUsername(event.target.value)}
            error={!!fieldError('username')} helperText={fieldError('username')} />
          <TextField label="Password" name="password" type="password" autoComplete="current-password" required
            value={password} onChange={(event) => setPassword(event.target.value)}
            error={!!fieldError('password')} helperText={fieldError('password')} />
          <Button type="submit" variant="contained" disabled={busy}>Sign in</Button>
          {config?.oidc && (
            <>
              <Divider>or</Divider>
              <Button variant="outlined" onClick={() => startSingleSignOn(config.oidc!).catch(setError)}>
                Sign in with single sign-on
              </Button>
            </>
          )}
        </Stack>
      </Paper>
    </Box>
  );
}
