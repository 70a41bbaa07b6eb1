import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { Box, Button, Stack } from '@mui/material';
import { Loading } from '../components/Loading';
import { ProblemAlert } from '../components/ProblemAlert';
import { completeSingleSignOn } from './oidc';
import { useSession } from './SessionProvider';
import { session } from './storage';

/** /auth/callback: where the identity provider sends the browser back with the authorization code. */
export default function OidcCallbackPage() {
  const [params] = useSearchParams();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return; // the code is single-use; StrictMode runs effects twice in development
    started.current = true;
    completeSingleSignOn(params)
      .then(signIn)
      .then(() => navigate(session.takeReturnTo(), { replace: true }))
      .catch(setError);
  }, [params, signIn, navigate]);

  if (!error) return <Loading label="Completing single sign-on" />;
  return (
    <Box sx={{ maxWidth: 480, mx: 'auto', mt: 8 }}>
      <Stack spacing={2}>
        <ProblemAlert error={error} />
        <Button component={RouterLink} to="/signin">Back to sign-in</Button>
      </Stack>
    </Box>
  );
}
