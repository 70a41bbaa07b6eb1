import type { RouteObject } from 'react-router';
import { page } from '../../routing';

export const routes: RouteObject[] = [
  { path: 'glossaries', lazy: page(() => import('./GlossariesPage')) },
  { path: 'glossaries/:uri/:tab?', lazy: page(() => import('./GlossaryPage')) },
];
