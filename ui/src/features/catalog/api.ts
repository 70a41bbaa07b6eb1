import { api } from '../../api/client';

export type AssetType = 'DATASET' | 'TABLE' | 'FOLDER';
export const ASSET_TYPE_LABELS: Record<AssetType, string> = { DATASET: 'Dataset', TABLE: 'Table', FOLDER: 'Folder' };

export type AccessLevel = 'OWNER' | 'STEWARD' | 'SHARED' | 'NONE';

/** The facets of a search, in the order the API lists them; each is also the name of its filter parameter. */
export const FACETS = ['type', 'tags', 'topics', 'region', 'classification', 'terms'] as const;
export type FacetName = typeof FACETS[number];

export interface FacetCount {
  value: string;
  count: number;
}

export interface GlossaryTermRef {
  uri: string;
  name: string;
  /** The term from its glossary down, e.g. Finance/Revenue/Net revenue: its value in the terms facet. */
  path: string;
}

export interface CatalogAsset {
  uri: string;
  type: AssetType;
  name: string;
  label: string;
  /** HTML-escaped description excerpt; the words that matched are wrapped in <em>…</em>. */
  snippet: string;
  datasetUri: string;
  ownerTeam: string;
  environmentName: string;
  organizationName: string;
  region: string | null;
  classification: string | null;
  tags: string[];
  topics: string[];
  terms: GlossaryTermRef[];
  votes: number;
  updatedAt: string;
}

export interface SearchHit {
  asset: CatalogAsset;
  /** The caller's access to the asset's dataset: SHARED when a share grants any part of it. */
  access: AccessLevel;
}

export interface SearchResult {
  total: number;
  page: number;
  size: number;
  hits: SearchHit[];
  facets: Record<FacetName, FacetCount[]>;
}

export interface CatalogQuery {
  q: string;
  filters: Record<FacetName, string[]>;
  page: number;
  size: number;
}

/** Where an asset's own page is: /datasets/<uri>, /tables/<uri> or /folders/<uri>. */
export const assetPath = (type: AssetType, uri: string) => `/${type.toLowerCase()}s/${uri}`;

/** The share request form for an asset (the dataset's own uri as item asks for all of it). */
export const requestAccessPath = (datasetUri: string, itemUri: string) =>
  `/shares/new?dataset=${encodeURIComponent(datasetUri)}&item=${encodeURIComponent(itemUri)}`;

export const catalog = {
  search({ q, filters, page, size }: CatalogQuery): Promise<SearchResult> {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    FACETS.forEach((facet) => filters[facet].forEach((value) => params.append(facet, value)));
    params.set('page', String(page));
    params.set('size', String(size));
    return api.get<SearchResult>(`/api/v1/catalog/search?${params}`);
  },
};
