import type { RouteObject } from 'react-router';
import { Navigate, useParams } from 'react-router';
import { page } from '../../routing';

/** Share notifications (and their mails) link to /share/<uri>, their targetType being "share". */
function ShareLink() {
  return <Navigate to={`/shares/${useParams().uri}`} replace />;
}

export const routes: RouteObject[] = [
  { path: 'shares', lazy: page(() => import('./SharesPage')) },
  { path: 'shares/new', lazy: page(() => import('./NewSharePage')) },
  { path: 'shares/:uri/:tab?', lazy: page(() => import('./SharePage')) },
  { path: 'share/:uri', Component: ShareLink },
];
