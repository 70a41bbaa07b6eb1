import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/** A route's page loaded on first visit, as its own chunk: `{ path: 'x', lazy: page(() => import('./XPage')) }`. */
export function page(load: () => Promise<{ default: ComponentType }>): RouteObject['lazy'] {
  return async () => ({ Component: (await load()).default });
}
