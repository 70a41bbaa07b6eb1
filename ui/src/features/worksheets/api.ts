import { api } from '../../api/client';
import type { Page, PageQuery } from '../../api/types';

export interface Worksheet {
  uri: string;
  name: string;
  description: string | null;
  ownerTeam: string;
  environmentUri: string;
  tags: string[];
  sql: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string | null;
}

export interface WorksheetInput {
  name: string;
  description: string;
  tags: string[];
  ownerTeam?: string;
  environmentUri?: string;
}

/** What the worksheet's team may query: environments, schemas (datasets), tables and columns. */
export interface SchemaTree {
  team: string;
  environments: EnvironmentNode[];
}

export interface EnvironmentNode {
  uri: string;
  name: string | null;
  schemas: SchemaNode[];
}

export interface SchemaNode {
  name: string;
  datasetUri: string;
  datasetName: string;
  /** True for a dataset the team reads through shares. */
  shared: boolean;
  tables: TableNode[];
}

export interface TableNode {
  uri: string;
  name: string;
  /** schema.table, as SQL names it. */
  qualifiedName: string;
  description: string | null;
  /** The data filter the team reads the table through, if any. */
  dataFilter: string | null;
  columns: ColumnNode[];
}

export interface ColumnNode {
  name: string;
  type: string;
  description: string | null;
  partition: boolean;
}

export type QueryStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'TIMED_OUT';

export const isUnfinished = (status: QueryStatus) => status === 'QUEUED' || status === 'RUNNING';

/** A result column; {@code type} is the engine's type name, e.g. BIGINT, DECIMAL(18,2), VARCHAR[]. */
export interface ResultColumn {
  name: string;
  type: string;
}

/** A value of a result cell as JSON carries it: dates and times as ISO text, lists and structs as arrays and objects. */
export type CellValue = null | string | number | boolean | CellValue[] | { [key: string]: CellValue };

export interface QueryRun {
  uri: string;
  worksheetUri: string;
  team: string;
  username: string;
  sql: string;
  status: QueryStatus;
  /** The engine's message when it failed, timed out or was cancelled. */
  error: string | null;
  columns: ResultColumn[] | null;
  rowCount: number | null;
  /** Whether the whole result can still be paged and downloaded. */
  resultsKept: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMillis: number | null;
}

export interface ResultPage {
  columns: ResultColumn[];
  rows: CellValue[][];
  page: number;
  size: number;
  total: number;
}

const BASE = '/api/v1/worksheets';
const QUERIES = '/api/v1/queries';

export const worksheets = {
  list: (query: PageQuery) => api.get<Page<Worksheet>>(BASE, { ...query }),
  get: (uri: string) => api.get<Worksheet>(`${BASE}/${uri}`),
  create: (input: WorksheetInput) => api.post<Worksheet>(BASE, input),
  update: (uri: string, change: Partial<WorksheetInput> & { sql?: string }) =>
    api.patch<Worksheet>(`${BASE}/${uri}`, change),
  delete: (uri: string) => api.del(`${BASE}/${uri}`),
  schema: (uri: string) => api.get<SchemaTree>(`${BASE}/${uri}/schema`),
  /** Starts the SQL and answers at once, the run queued or running. */
  run: (uri: string, sql: string) => api.post<QueryRun>(`${BASE}/${uri}/queries`, { sql }, { wait: false }),
  history: (uri: string, query: PageQuery) => api.get<Page<QueryRun>>(`${BASE}/${uri}/queries`, { ...query }),
  teamHistory: (team: string, query: PageQuery) => api.get<Page<QueryRun>>('/api/v1/query-history', { ...query, team }),
};

export const queries = {
  get: (uri: string) => api.get<QueryRun>(`${QUERIES}/${uri}`),
  cancel: (uri: string) => api.del<QueryRun>(`${QUERIES}/${uri}`),
  results: (uri: string, page: number, size: number) =>
    api.get<ResultPage>(`${QUERIES}/${uri}/results`, { page, size }),
  download: (uri: string, format: 'csv' | 'parquet') =>
    api.download(`${QUERIES}/${uri}/download`, `query-${uri}.${format}`, { format }),
};
