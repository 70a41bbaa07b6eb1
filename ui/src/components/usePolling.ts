import { useEffect, useRef } from 'react';

/**
 * Calls fn every intervalMs while `active` holds, e.g. to refresh a long task until it ends. A call waits for the
 * previous one to finish; nothing runs while the tab is hidden.
 */
export function usePolling(fn: () => unknown, active: boolean, intervalMs = 2000) {
  const latest = useRef(fn);
  latest.current = fn;

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      if (!document.hidden) {
        try {
          await latest.current();
        } catch {
          // the page shows its own error state; keep polling
        }
      }
      if (!stopped) timer = setTimeout(tick, intervalMs);
    };
    timer = setTimeout(tick, intervalMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, intervalMs]);
}
