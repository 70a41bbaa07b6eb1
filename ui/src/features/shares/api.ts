import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { AssetType } from '../catalog/api';

export const SHARE_STATUSES = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  REVOKED: 'Revoked',
  SHARE_IN_PROGRESS: 'Share_In_Progress',
  REVOKE_IN_PROGRESS: 'Revoke_In_Progress',
  PROCESSED: 'Processed',
  DELETED: 'Deleted',
  SUBMITTED_FOR_EXTENSION: 'Submitted_For_Extension',
  EXTENSION_REJECTED: 'Extension_Rejected',
} as const;
export type ShareStatus = keyof typeof SHARE_STATUSES;

export const ITEM_STATUSES = {
  PENDING_APPROVAL: 'PendingApproval',
  SHARE_APPROVED: 'Share_Approved',
  SHARE_REJECTED: 'Share_Rejected',
  SHARE_IN_PROGRESS: 'Share_In_Progress',
  SHARE_SUCCEEDED: 'Share_Succeeded',
  SHARE_FAILED: 'Share_Failed',
  REVOKE_APPROVED: 'Revoke_Approved',
  REVOKE_IN_PROGRESS: 'Revoke_In_Progress',
  REVOKE_SUCCEEDED: 'Revoke_Succeeded',
  REVOKE_FAILED: 'Revoke_Failed',
  DELETED: 'Deleted',
} as const;
export type ItemStatus = keyof typeof ITEM_STATUSES;

/** Items whose grant is (or should be) in place: what revoke takes back. */
export const SHARED_ITEM_STATUSES: ItemStatus[] = ['SHARE_SUCCEEDED', 'REVOKE_FAILED'];
/** Items the processing still works on. */
export const MOVING_ITEM_STATUSES: ItemStatus[] = ['SHARE_APPROVED', 'SHARE_IN_PROGRESS', 'REVOKE_APPROVED', 'REVOKE_IN_PROGRESS'];
/** Items that can be taken off the request. */
export const REMOVABLE_ITEM_STATUSES: ItemStatus[] = ['PENDING_APPROVAL', 'SHARE_REJECTED', 'SHARE_FAILED', 'REVOKE_SUCCEEDED'];

export type Role = 'REQUESTER' | 'APPROVER';
export type Health = 'HEALTHY' | 'UNHEALTHY' | 'PENDING_VERIFY' | 'PENDING_REAPPLY';

export interface ItemCounts {
  shared: number;
  revoked: number;
  failed: number;
  pending: number;
}

export interface DatasetReference {
  uri: string;
  name: string;
  ownerTeam: string;
  stewardsTeam: string | null;
  environmentUri: string;
}

export interface ShareListItem {
  uri: string;
  status: ShareStatus;
  dataset: DatasetReference;
  environmentUri: string;
  requesterTeam: string;
  consumptionPrincipalUri: string | null;
  requestPurpose: string | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  roles: Role[];
  counts: ItemCounts;
}

export interface ShareItem {
  uri: string;
  type: AssetType;
  itemUri: string;
  name: string;
  status: ItemStatus;
  filterUri: string | null;
  failure: string | null;
  healthStatus: Health | null;
  healthMessage: string | null;
  lastVerifiedAt: string | null;
}

export interface Share extends ShareListItem {
  rejectPurpose: string | null;
  updatedAt: string;
  expiryMonths: number | null;
  extensionMonths: number | null;
  items: ShareItem[];
}

export interface ShareableItem {
  type: AssetType;
  itemUri: string;
  name: string;
  shareItemUri: string | null;
  status: ItemStatus | null;
}

export interface RunLog {
  run: {
    uri: string;
    kind: 'PROCESSING' | 'VERIFY' | 'REAPPLY';
    status: string;
    requestedBy: string;
    startedAt: string;
    finishedAt: string | null;
  };
  lines: { at: string; level: string; message: string }[];
}

export interface DataFilter {
  uri: string;
  name: string;
  description: string | null;
  columns: string[];
  rowExpression: string | null;
}

export interface OpenShare {
  datasetUri: string;
  environmentUri: string;
  requesterTeam: string;
  consumptionPrincipalUri?: string;
  requestPurpose?: string;
  expiryMonths?: number;
}

/** What the request form needs of a dataset. */
export interface DatasetSummary {
  uri: string;
  name: string;
  description: string | null;
  ownerTeam: string;
  shareExpiry: { enabled: boolean; minMonths: number | null; maxMonths: number | null };
  userRole: 'OWNER' | 'STEWARD' | 'SHARED' | 'NONE';
}

const BASE = '/api/v1/shares';
const at = (uri: string, rest = '') => `${BASE}/${uri}${rest}`;

export const shares = {
  list: (query: { role: Role; status?: ShareStatus; page: number; size: number }) =>
    api.get<Page<ShareListItem>>(BASE, query),
  get: (uri: string) => api.get<Share>(at(uri)),
  open: (request: OpenShare) => api.post<Share>(BASE, request),
  update: (uri: string, change: { requestPurpose?: string; expiryMonths?: number }) => api.patch<Share>(at(uri), change),
  delete: (uri: string) => api.del(at(uri)),
  shareableItems: (uri: string) => api.get<ShareableItem[]>(at(uri, '/shareable-items')),
  addItem: (uri: string, type: AssetType, itemUri: string) => api.post<Share>(at(uri, '/items'), { type, uri: itemUri }),
  removeItem: (uri: string, item: string) => api.del<Share>(at(uri, `/items/${item}`)),
  attachFilter: (uri: string, item: string, filterUri: string | null) =>
    api.put<Share>(at(uri, `/items/${item}/data-filter`), { filterUri }),
  submit: (uri: string) => api.post<Share>(at(uri, '/submit')),
  approve: (uri: string) => api.post<Share>(at(uri, '/approve')),
  reject: (uri: string, rejectPurpose: string) => api.post<Share>(at(uri, '/reject'), { rejectPurpose }),
  revoke: (uri: string, itemUris: string[]) => api.post<Share>(at(uri, '/revoke'), { itemUris }),
  verify: (uri: string, itemUris: string[]) => api.post<RunLog>(at(uri, '/verify'), { itemUris }),
  reapply: (uri: string, itemUris: string[]) => api.post<RunLog>(at(uri, '/reapply'), { itemUris }),
  logs: (uri: string) => api.get<RunLog[]>(at(uri, '/logs')),
  requestExtension: (uri: string, expiryMonths: number) => api.post<Share>(at(uri, '/extension'), { expiryMonths }),
  approveExtension: (uri: string) => api.post<Share>(at(uri, '/extension/approve')),
  rejectExtension: (uri: string) => api.post<Share>(at(uri, '/extension/reject')),
  cancelExtension: (uri: string) => api.post<Share>(at(uri, '/extension/cancel')),
  dataset: (uri: string) => api.get<DatasetSummary>(`/api/v1/datasets/${uri}`),
  dataFilters: (tableUri: string) => api.get<DataFilter[]>(`/api/v1/tables/${tableUri}/data-filters`),
};
