import type { RouteObject } from 'react-router';
import { page } from '../../routing';

export const routes: RouteObject[] = [
  { path: 'organizations', lazy: page(() => import('./OrganizationsPage')) },
  { path: 'organizations/:uri', lazy: page(() => import('./OrganizationPage')) },
];
