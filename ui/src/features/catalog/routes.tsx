import type { RouteObject } from 'react-router';
import { page } from '../../routing';

export const routes: RouteObject[] = [
  { path: 'catalog', lazy: page(() => import('./CatalogPage')) },
];
