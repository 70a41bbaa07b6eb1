/** One page of a listing (io.lakegate.platform.Page); {@code page} counts from 1. */
export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** The paging and search parameters most list endpoints take. */
export interface PageQuery {
  page: number;
  size: number;
  term?: string;
}

export type TenantPermission =
  | 'MANAGE_ORGANIZATIONS' | 'MANAGE_ENVIRONMENTS' | 'MANAGE_DATASETS' | 'MANAGE_SHARES' | 'MANAGE_WORKSHEETS'
  | 'MANAGE_GLOSSARIES' | 'MANAGE_DASHBOARDS' | 'MANAGE_PIPELINES' | 'MANAGE_NOTEBOOKS';

export const TENANT_PERMISSIONS: TenantPermission[] = [
  'MANAGE_ORGANIZATIONS', 'MANAGE_ENVIRONMENTS', 'MANAGE_DATASETS', 'MANAGE_SHARES', 'MANAGE_WORKSHEETS',
  'MANAGE_GLOSSARIES', 'MANAGE_DASHBOARDS', 'MANAGE_PIPELINES', 'MANAGE_NOTEBOOKS',
];

export type MaintenanceMode = 'NONE' | 'READ_ONLY' | 'NO_ACCESS';

export interface MaintenanceStatus {
  mode: MaintenanceMode;
  status: 'INACTIVE' | 'PENDING' | 'ACTIVE';
  startedBy: string | null;
  startedAt: string | null;
  runningTasks: number;
}

/** GET /api/v1/me: the caller; {@code admin} is true for members of the admin team. */
export interface Me {
  kind: 'USER' | 'CONSUMPTION_PRINCIPAL';
  username: string;
  displayName: string | null;
  email: string | null;
  admin: boolean;
  teams: string[];
  tenantPermissions: TenantPermission[];
  teamPermissions: Record<string, TenantPermission[]>;
  maintenance: MaintenanceStatus;
}

export interface AuthConfig {
  local: boolean;
  oidc: { issuerUri: string; clientId: string; scopes: string } | null;
}

export interface Notification {
  uri: string;
  kind: string;
  subject: string;
  message: string;
  targetType: string | null;
  targetUri: string | null;
  createdAt: string;
  read: boolean;
}

/** The "stack" of a provisioned resource (environment, dataset): its status and the log of every provisioning run. */
export interface ProvisioningRecord {
  status: string;
  createdAt: string;
  updatedAt: string;
  logs: { at: string; level: string; message: string }[];
}
