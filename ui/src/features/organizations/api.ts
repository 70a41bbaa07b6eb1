import { api } from '../../api/client';
import type { Page, PageQuery } from '../../api/types';

export const ORGANIZATION_PERMISSIONS = ['LINK_ENVIRONMENT', 'INVITE_ORGANIZATION_TEAM', 'REMOVE_ORGANIZATION_TEAM'] as const;
export type OrganizationPermission = typeof ORGANIZATION_PERMISSIONS[number];

export interface Organization {
  uri: string;
  name: string;
  description: string | null;
  adminTeam: string;
  tags: string[];
  createdBy: string;
  createdAt: string;
  userRole: 'ADMIN' | 'INVITED';
  environmentCount: number | null;
}

export interface OrganizationTeam {
  team: string;
  admin: boolean;
  permissions: OrganizationPermission[];
  invitedBy: string | null;
  invitedAt: string;
}

export interface OrganizationInput {
  name: string;
  description: string;
  tags: string[];
  team?: string;
}

const BASE = '/api/v1/organizations';

export const organizations = {
  list: (query: PageQuery) => api.get<Page<Organization>>(BASE, { ...query }),
  get: (uri: string) => api.get<Organization>(`${BASE}/${uri}`),
  create: (input: OrganizationInput) => api.post<Organization>(BASE, input),
  update: (uri: string, { name, description, tags }: OrganizationInput) =>
    api.patch<Organization>(`${BASE}/${uri}`, { name, description, tags }),
  archive: (uri: string) => api.del(`${BASE}/${uri}`),
  teams: (uri: string) => api.get<OrganizationTeam[]>(`${BASE}/${uri}/teams`),
  invite: (uri: string, team: string, permissions: OrganizationPermission[]) =>
    api.post<OrganizationTeam>(`${BASE}/${uri}/teams`, { team, permissions }),
  updateTeam: (uri: string, team: string, permissions: OrganizationPermission[]) =>
    api.put<OrganizationTeam>(`${BASE}/${uri}/teams/${encodeURIComponent(team)}`, { permissions }),
  removeTeam: (uri: string, team: string) => api.del(`${BASE}/${uri}/teams/${encodeURIComponent(team)}`),
};
