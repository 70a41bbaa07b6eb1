import { api } from '../../api/client';
import type { MaintenanceMode, MaintenanceStatus, Page, PageQuery, TenantPermission } from '../../api/types';

export interface AuditRecord {
  id: number;
  at: string;
  username: string | null;
  actingTeam: string | null;
  action: string;
  method: string;
  path: string;
  target: string | null;
  status: number;
  outcome: string;
}

export interface ScheduledTask {
  taskName: string;
  instance: string;
  nextExecution: string;
  running: boolean;
  lastSuccess: string | null;
  lastFailure: string | null;
  consecutiveFailures: number;
}

export interface TaskRun {
  id: number;
  taskName: string;
  instance: string;
  node: string;
  status: string;
  startedAt: string;
  durationMillis: number | null;
  error: string | null;
}

export interface Tasks {
  scheduled: ScheduledTask[];
  paused: boolean;
  runs: Page<TaskRun>;
}

const BASE = '/api/v1/admin';

export const admin = {
  teams: () => api.get<{ name: string; adminTeam: boolean }[]>(`${BASE}/teams`),
  permissions: (team: string) =>
    api.get<{ permissions: TenantPermission[] }>(`${BASE}/teams/${encodeURIComponent(team)}/permissions`),
  setPermissions: (team: string, permissions: TenantPermission[]) =>
    api.put(`${BASE}/teams/${encodeURIComponent(team)}/permissions`, { permissions }),
  maintenance: () => api.get<MaintenanceStatus>(`${BASE}/maintenance`),
  startMaintenance: (mode: MaintenanceMode) => api.post<MaintenanceStatus>(`${BASE}/maintenance`, { mode }),
  endMaintenance: () => api.del<MaintenanceStatus>(`${BASE}/maintenance`),
  audit: ({ page, size }: PageQuery) => api.get<Page<AuditRecord>>(`${BASE}/audit`, { page, size }),
  tasks: ({ page, size }: PageQuery) => api.get<Tasks>(`${BASE}/tasks`, { page, size }),
};
