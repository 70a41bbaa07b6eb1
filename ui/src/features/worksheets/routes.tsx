import type { RouteObject } from 'react-router';
import { page } from '../../routing';

export const routes: RouteObject[] = [
  { path: 'worksheets', lazy: page(() => import('./WorksheetsPage')) },
  { path: 'worksheets/:uri', lazy: page(() => import('./WorksheetPage')) },
];
