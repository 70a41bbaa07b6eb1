import type { ReactNode } from 'react';
import type { Loaded as LoadedState } from './useLoad';
import { ErrorState } from './ErrorState';
import { Loading } from './Loading';

/** Renders the loading and error states of useLoad, and children once there is data. */
export function Loaded<T>({ state, children }: { state: LoadedState<T>; children: (data: T) => ReactNode }) {
  if (state.data === undefined) {
    return state.error ? <ErrorState error={state.error} onRetry={state.reload} /> : <Loading />;
  }
  return <>{children(state.data)}</>;
}
