import { api } from '../../api/client';

export type NodeKind = 'GLOSSARY' | 'CATEGORY' | 'TERM';

/** A glossary, category or term, with its path from the glossary's name down and its children. */
export interface GlossaryNode {
  uri: string;
  glossaryUri: string;
  parentUri: string | null;
  kind: NodeKind;
  name: string;
  path: string;
  description: string | null;
  ownerTeam: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string | null;
  children: GlossaryNode[];
}

/** A term linked to a dataset, table or folder; it shows in the catalog once the glossary's owners approve it. */
export interface GlossaryLink {
  uri: string;
  termUri: string;
  termName: string;
  termPath: string;
  glossaryUri: string;
  targetType: 'DATASET' | 'TABLE' | 'FOLDER';
  targetUri: string;
  approved: boolean;
  linkedBy: string;
  linkedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
}

export interface GlossaryInput {
  name: string;
  description: string;
  ownerTeam: string;
}

export interface NodeInput {
  name: string;
  description: string;
  parentUri?: string;
}

const BASE = '/api/v1/glossaries';

export const glossaries = {
  list: () => api.get<GlossaryNode[]>(BASE),
  get: (uri: string) => api.get<GlossaryNode>(`${BASE}/${uri}`),
  create: (input: GlossaryInput) => api.post<GlossaryNode>(BASE, input),
  addNode: (glossaryUri: string, kind: 'CATEGORY' | 'TERM', input: NodeInput) =>
    api.post<GlossaryNode>(`${BASE}/${glossaryUri}/${kind === 'TERM' ? 'terms' : 'categories'}`, input),
  updateNode: (uri: string, input: { name: string; description: string }) =>
    api.patch<GlossaryNode>(`/api/v1/glossary-nodes/${uri}`, input),
  deleteNode: (uri: string) => api.del(`/api/v1/glossary-nodes/${uri}`),
  associations: (uri: string) => api.get<GlossaryLink[]>(`${BASE}/${uri}/associations`),
  approve: (link: string) => api.post<GlossaryLink>(`/api/v1/glossary-links/${link}/approve`),
  dismiss: (link: string) => api.post(`/api/v1/glossary-links/${link}/dismiss`),
};

export const KIND_LABELS: Record<NodeKind, string> = { GLOSSARY: 'Glossary', CATEGORY: 'Category', TERM: 'Term' };
