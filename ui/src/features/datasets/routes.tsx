import type { RouteObject } from 'react-router';
import { page } from '../../routing';

// notifications and mails link to /<targetType>/<targetUri>: datasets, tables and folders are targets
export const routes: RouteObject[] = [
  { path: 'datasets', lazy: page(() => import('./DatasetsPage')) },
  { path: 'datasets/:uri/*', lazy: page(() => import('./DatasetPage')) },
  { path: 'tables/:uri/*', lazy: page(() => import('./TablePage')) },
  { path: 'folders/:uri/*', lazy: page(() => import('./FolderPage')) },
];
