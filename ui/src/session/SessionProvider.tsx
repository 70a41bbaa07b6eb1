import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api, setUnauthorizedHandler } from '../api/client';
import type { Me } from '../api/types';
import { Loading } from '../components/Loading';
import { ErrorState } from '../components/ErrorState';
import { session } from './storage';

interface Session {
  /** The signed-in caller, or null when signed out. */
  me: Me | null;
  /** Stores a new token and loads the caller; resolves once signed in. */
  signIn: (token: string) => Promise<void>;
  signOut: () => void;
  /** Loads /me again, after a change to the caller's teams or the maintenance window. */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in caller; only inside the shell, which is shown to signed-in users only. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe while signed out');
  return me;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const location = useLocation();
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(() => session.token() !== null);
  const [error, setError] = useState<Error | null>(null);

  const refresh = useCallback(async () => {
    setMe(await api.get<Me>('/api/v1/me'));
  }, []);

  const load = useCallback(() => {
    if (!session.token()) return;
    setLoading(true);
    setError(null);
    refresh().catch(setError).finally(() => setLoading(false));
  }, [refresh]);

  useEffect(load, [load]);

  useEffect(() => setUnauthorizedHandler(() => {
    session.clear();
    session.rememberReturnTo(window.location.pathname + window.location.search);
    setMe(null);
    navigate('/signin');
  }), [navigate]);

  const value = useMemo<Session>(() => ({
    me,
    refresh,
    async signIn(token) {
      session.setToken(token);
      await refresh();
    },
    signOut() {
      session.clear();
      setMe(null);
      navigate('/signin');
    },
  }), [me, refresh, navigate]);

  if (loading) return <Loading label="Signing in" />;
  // a 401 already sent the user to sign in; anything else (server down) is worth a retry
  if (error && session.token() && location.pathname !== '/signin') {
    return <ErrorState error={error} onRetry={load} />;
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
