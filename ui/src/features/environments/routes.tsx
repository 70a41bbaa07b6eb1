import type { RouteObject } from 'react-router';
import { page } from '../../routing';

export const routes: RouteObject[] = [
  { path: 'environments', lazy: page(() => import('./EnvironmentsPage')) },
  { path: 'environments/:uri/:tab?', lazy: page(() => import('./EnvironmentPage')) },
];
