import { api } from '../../api/client';
import type { ProvisioningRecord } from '../../api/types';

/** The bodies of the dataset, table, folder, job, chat, vote and glossary-link APIs, as the datasets area uses them. */

/** Why the caller may read an asset's data, strongest first; NONE when they may not. */
export type UserRole = 'OWNER' | 'STEWARD' | 'SHARED' | 'NONE';

export const manages = (role: UserRole) => role === 'OWNER' || role === 'STEWARD';

export type Confidentiality = 'UNCLASSIFIED' | 'OFFICIAL' | 'SECRET';

export const CONFIDENTIALITIES: Confidentiality[] = ['UNCLASSIFIED', 'OFFICIAL', 'SECRET'];

/** UNCLASSIFIED → Unclassified. */
export const confidentialityLabel = (level: Confidentiality) => level.charAt(0) + level.slice(1).toLowerCase();

export interface ShareExpiry {
  enabled: boolean;
  minMonths: number | null;
  maxMonths: number | null;
}

export interface Dataset {
  uri: string;
  name: string;
  description: string | null;
  environmentUri: string;
  organizationUri: string;
  region: string | null;
  ownerTeam: string;
  stewardsTeam: string | null;
  confidentiality: Confidentiality;
  topics: string[];
  tags: string[];
  autoApproval: boolean;
  shareExpiry: ShareExpiry;
  imported: boolean;
  schemaName: string;
  storageLocation: string | null;
  stackStatus: string | null;
  counts: { tables: number; folders: number } | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  userRole: UserRole;
}

export interface Column {
  name: string;
  type: string;
  partition: boolean;
  description: string | null;
}

export interface Table {
  uri: string;
  datasetUri: string;
  name: string;
  schemaName: string;
  qualifiedName: string;
  location: string;
  storageLocation: string | null;
  description: string | null;
  tags: string[];
  format: 'CSV' | 'JSON' | 'PARQUET';
  columns: Column[];
  statistics: { objectCount: number; totalBytes: number; recordCount: number | null } | null;
  status: 'InSync' | 'Deleted';
  needsCrawl: boolean;
  createdAt: string;
  updatedAt: string;
  syncedAt: string | null;
  latestProfile: TableProfile | null;
  userRole: UserRole;
}

export interface Folder {
  uri: string;
  datasetUri: string;
  name: string;
  prefix: string;
  storageLocation: string | null;
  description: string | null;
  tags: string[];
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  userRole: UserRole;
}

export interface FolderListing {
  objects: { key: string; size: number; lastModified: string }[];
  folders: string[];
}

export interface Preview {
  columns: { name: string; type: string }[];
  rows: unknown[][];
  truncated: boolean;
}

export interface ColumnProfile {
  name: string;
  type: string;
  completeness: number;
  distinctCount: number;
  distinctApproximate: boolean;
  min: string | null;
  max: string | null;
  mean: number | null;
  median: number | null;
  stddev: number | null;
  minLength: number | null;
  maxLength: number | null;
  histogram: { lower: number; upper: number; count: number }[];
  topValues: { value: string; count: number }[];
}

export interface TableProfile {
  rowCount: number;
  columnCount: number;
  columns: ColumnProfile[];
}

export type JobKind = 'UPLOAD' | 'CRAWL' | 'SYNC' | 'PROFILING';
export type JobStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export interface Job<R = unknown> {
  uri: string;
  datasetUri: string;
  tableUri: string | null;
  dataFilterUri: string | null;
  kind: JobKind;
  status: JobStatus;
  percent: number | null;
  parameters: Record<string, unknown>;
  result: R | null;
  error: string | null;
  requestedBy: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  log: { at: string; level: string; message: string }[];
}

export const running = (job: Job) => job.status === 'QUEUED' || job.status === 'RUNNING';

export interface DataFilter {
  uri: string;
  tableUri: string;
  name: string;
  description: string | null;
  columns: string[];
  rowExpression: string | null;
  createdBy: string;
  createdAt: string;
}

export interface DatasetShare {
  uri: string;
  status: string;
  requesterTeam: string;
  consumptionPrincipalUri: string | null;
  requestPurpose: string | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  counts: { shared: number; revoked: number; failed: number; pending: number };
}

/** The path segment of an asset type in the chat, vote and share-history APIs. */
export type AssetCollection = 'datasets' | 'tables' | 'folders';

export const ASSET_TYPES: Record<AssetCollection, 'DATASET' | 'TABLE' | 'FOLDER'> = {
  datasets: 'DATASET', tables: 'TABLE', folders: 'FOLDER',
};

const BASE = '/api/v1/datasets';

/** The calls that shared panels take as functions. */
export const datasets = {
  stack: (uri: string) => api.get<ProvisioningRecord>(`${BASE}/${uri}/stack`),
  updateStack: (uri: string) => api.post<ProvisioningRecord>(`${BASE}/${uri}/stack/update`),
  keyValueTags: (uri: string) => api.get<Record<string, string>>(`${BASE}/${uri}/kv-tags`),
  replaceKeyValueTags: (uri: string, tags: Record<string, string>) =>
    api.put<Record<string, string>>(`${BASE}/${uri}/kv-tags`, { tags }),
};
