import { api } from '../../api/client';
import type { Page, PageQuery } from '../../api/types';

export const ENVIRONMENT_PERMISSIONS = [
  'CREATE_DATASET', 'CREATE_SHARE', 'RUN_WORKSHEETS', 'CREATE_DASHBOARD', 'CREATE_PIPELINE', 'CREATE_NOTEBOOK',
  'INVITE_TEAM', 'MANAGE_CONSUMPTION_PRINCIPALS',
] as const;
export type EnvironmentPermission = typeof ENVIRONMENT_PERMISSIONS[number];

export interface Features {
  worksheets: boolean;
  dashboards: boolean;
  pipelines: boolean;
  notebooks: boolean;
}

export interface Environment {
  uri: string;
  organizationUri: string;
  name: string;
  description: string | null;
  region: string | null;
  resourcePrefix: string;
  adminTeam: string;
  tags: string[];
  features: Features;
  storageRoot: string | null;
  stackStatus: string | null;
  createdBy: string;
  createdAt: string;
  userRole: 'OWNER' | 'INVITED';
  userPermissions: EnvironmentPermission[];
}

export interface EnvironmentInput {
  organizationUri: string;
  name: string;
  description: string;
  region: string;
  resourcePrefix: string;
  team: string;
  tags: string[];
  features: Features;
}

export interface EnvironmentTeam {
  team: string;
  admin: boolean;
  permissions: EnvironmentPermission[];
  invitedBy: string | null;
  invitedAt: string;
}

export interface ConsumptionPrincipal {
  uri: string;
  name: string;
  ownerTeam: string;
  tokenHint: string;
  createdBy: string;
  createdAt: string;
  tokenRotatedAt: string | null;
  /** Only in the answer that created or rotated it. */
  token: string | null;
}

export interface Stack {
  status: string;
  createdAt: string;
  updatedAt: string;
  logs: { at: string; level: string; message: string }[];
}

const BASE = '/api/v1/environments';
const team = (uri: string, name: string) => `${BASE}/${uri}/teams/${encodeURIComponent(name)}`;

export const environments = {
  list: (query: PageQuery & { organizationUri?: string }) => api.get<Page<Environment>>(BASE, { ...query }),
  get: (uri: string) => api.get<Environment>(`${BASE}/${uri}`),
  create: (input: EnvironmentInput) => api.post<Environment>(BASE, input),
  delete: (uri: string) => api.del(`${BASE}/${uri}`),
  stack: (uri: string) => api.get<Stack>(`${BASE}/${uri}/stack`),
  updateStack: (uri: string) => api.post<Stack>(`${BASE}/${uri}/stack/update`),
  teams: (uri: string) => api.get<EnvironmentTeam[]>(`${BASE}/${uri}/teams`),
  invite: (uri: string, name: string, permissions: EnvironmentPermission[]) =>
    api.post<EnvironmentTeam>(`${BASE}/${uri}/teams`, { team: name, permissions }),
  updateTeam: (uri: string, name: string, permissions: EnvironmentPermission[]) =>
    api.put<EnvironmentTeam>(team(uri, name), { permissions }),
  removeTeam: (uri: string, name: string) => api.del(team(uri, name)),
  keyValueTags: (uri: string) => api.get<Record<string, string>>(`${BASE}/${uri}/kv-tags`),
  replaceKeyValueTags: (uri: string, tags: Record<string, string>) =>
    api.put<Record<string, string>>(`${BASE}/${uri}/kv-tags`, { tags }),
  consumptionPrincipals: (uri: string) => api.get<ConsumptionPrincipal[]>(`${BASE}/${uri}/consumption-principals`),
  createConsumptionPrincipal: (uri: string, name: string, ownerTeam: string) =>
    api.post<ConsumptionPrincipal>(`${BASE}/${uri}/consumption-principals`, { name, team: ownerTeam }),
  rotateToken: (principal: string) => api.post<ConsumptionPrincipal>(`/api/v1/consumption-principals/${principal}/rotate-token`),
  deleteConsumptionPrincipal: (principal: string) => api.del(`/api/v1/consumption-principals/${principal}`),
};
