import type { RouteObject } from 'react-router';
import { page } from '../../routing';

export const routes: RouteObject[] = [
  { path: 'admin/:tab?', lazy: page(() => import('./AdminSettingsPage')) },
];
