import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import { page } from './routing';
import { SessionProvider } from './session/SessionProvider';
import SignInPage from './session/SignInPage';
import { Shell } from './shell/Shell';
import { routes as catalog } from './features/catalog/routes';
import { routes as datasets } from './features/datasets/routes';
import { routes as shares } from './features/shares/routes';
import { routes as glossaries } from './features/glossaries/routes';
import { routes as worksheets } from './features/worksheets/routes';
import { routes as organizations } from './features/organizations/routes';
import { routes as environments } from './features/environments/routes';
import { routes as admin } from './features/admin/routes';

/** Each feature area lists its routes in features/<area>/routes.tsx; its pages load lazily, as chunks of their own. */
const features: RouteObject[] = [
  ...catalog, ...datasets, ...shares, ...glossaries, ...worksheets, ...organizations, ...environments, ...admin,
];

export const router = createBrowserRouter([
  {
    element: <SessionProvider><Outlet /></SessionProvider>,
    children: [
      { path: 'signin', Component: SignInPage },
      { path: 'auth/callback', lazy: page(() => import('./session/OidcCallbackPage')) },
      {
        Component: Shell,
        children: [
          { index: true, element: <Navigate to="/catalog" replace /> },
          ...features,
          { path: '*', lazy: page(() => import('./shell/NotFoundPage')) },
        ],
      },
    ],
  },
]);
