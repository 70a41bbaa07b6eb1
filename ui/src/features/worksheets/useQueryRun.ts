import { useState } from 'react';
import { usePolling } from '../../components/usePolling';
import { isUnfinished, queries, worksheets, type QueryRun } from './api';

/**
 * The run a worksheet shows: one it starts (without waiting, then asked for every second until it finished) or a
 * past one picked from the history. {@code error} is a failure to start, follow or cancel it, not the query's own.
 */
export function useQueryRun(worksheetUri: string) {
  const [run, setRun] = useState<QueryRun | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const unfinished = !!run && isUnfinished(run.status);

  usePolling(async () => {
    if (run) setRun(await queries.get(run.uri));
  }, unfinished, 1000);

  const act = async (action: () => Promise<QueryRun>) => {
    setBusy(true);
    setError(null);
    try {
      setRun(await action());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return {
    run,
    error,
    /** True while a start or cancel is on its way. */
    busy,
    /** True while a start or cancel is on its way, or the run is queued or running. */
    running: busy || unfinished,
    start: (sql: string) => act(() => worksheets.run(worksheetUri, sql)),
    cancel: () => run && act(() => queries.cancel(run.uri)),
    show: (uri: string) => act(() => queries.get(uri)),
  };
}
