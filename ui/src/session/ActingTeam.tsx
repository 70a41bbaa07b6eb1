import { createContext, useContext, useState, type ReactNode } from 'react';
import { useMe } from './SessionProvider';

const STORAGE_KEY = 'lakegate.actingTeam';

interface ActingTeam {
  /** The team the user acts for in forms that need an owner or requester team; null without teams. */
  team: string | null;
  setTeam: (team: string) => void;
}

const ActingTeamContext = createContext<ActingTeam | null>(null);

export function useActingTeam(): ActingTeam {
  const value = useContext(ActingTeamContext);
  if (!value) throw new Error('useActingTeam outside ActingTeamProvider');
  return value;
}

/** Remembers the chosen team in localStorage; falls back to the user's first team when it is not theirs any more. */
export function ActingTeamProvider({ children }: { children: ReactNode }) {
  const { teams } = useMe();
  const [chosen, setChosen] = useState(() => localStorage.getItem(STORAGE_KEY));
  const team = chosen && teams.includes(chosen) ? chosen : teams[0] ?? null;
  const setTeam = (next: string) => {
    localStorage.setItem(STORAGE_KEY, next);
    setChosen(next);
  };
  return <ActingTeamContext.Provider value={{ team, setTeam }}>{children}</ActingTeamContext.Provider>;
}
