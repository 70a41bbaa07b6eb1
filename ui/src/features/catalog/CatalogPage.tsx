import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  Box, Chip, InputAdornment, LinearProgress, Pagination, Stack, TextField, Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../components/useLoad';
import { FACET_LABELS, Facets, facetValueLabel } from './Facets';
import { SearchHitCard } from './SearchHitCard';
import { FACETS, catalog, type CatalogQuery, type FacetName } from './api';

const SIZE = 20;

/** The search as the URL holds it (q, one parameter per facet value, page), so that every search deep-links. */
function queryOf(params: URLSearchParams): CatalogQuery {
  const filters = Object.fromEntries(FACETS.map((facet) => [facet, params.getAll(facet)])) as Record<FacetName, string[]>;
  return { q: params.get('q') ?? '', filters, page: Math.max(1, Number(params.get('page')) || 1), size: SIZE };
}

export default function CatalogPage() {
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const [input, setInput] = useState(query.q);
  const key = params.toString();
  const result = useLoad(() => catalog.search(query), [key]);

  /** Changes the URL's search; any change but paging goes back to the first page. */
  const update = (change: (next: URLSearchParams) => void) => setParams((current) => {
    const next = new URLSearchParams(current);
    change(next);
    if (next.get('page') === current.get('page')) next.delete('page');
    return next;
  }, { replace: true });

  useEffect(() => {
    const timer = setTimeout(() => {
      if (input.trim() !== query.q) update((next) => input.trim() ? next.set('q', input.trim()) : next.delete('q'));
    }, 300);
    return () => clearTimeout(timer);
    // the URL's q follows the typed text only: a search changed otherwise (paging, facets) must not re-trigger it
  }, [input]);

  const toggle = (facet: FacetName, value: string) => update((next) => {
    const values = next.getAll(facet);
    next.delete(facet);
    (values.includes(value) ? values.filter((kept) => kept !== value) : [...values, value])
      .forEach((kept) => next.append(facet, kept));
  });
  const active = FACETS.flatMap((facet) => query.filters[facet].map((value) => ({ facet, value })));
  const data = result.data;

  return (
    <>
      <PageHeader title="Catalog" subtitle="Find datasets, tables and folders across the organization" />
      <TextField fullWidth placeholder="Search by name, description, column, tag or glossary term" value={input}
        onChange={(event) => setInput(event.target.value)}
        slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchIcon /></InputAdornment> },
          htmlInput: { 'aria-label': 'Search the catalog' } }} />
      {active.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }} aria-label="Active filters">
          {active.map(({ facet, value }) => (
            <Chip key={`${facet}:${value}`} label={`${FACET_LABELS[facet]}: ${facetValueLabel(facet, value)}`}
              onDelete={() => toggle(facet, value)} />
          ))}
          <Chip label="Clear all" variant="outlined" onClick={() => update((next) => FACETS.forEach((facet) => next.delete(facet)))} />
        </Stack>
      )}
      <Box sx={{ height: 4, my: 1 }}>{result.loading && data && <LinearProgress />}</Box>
      {result.error ? <ErrorState error={result.error} onRetry={result.reload} />
        : !data ? <Loading label="Searching" />
          : (
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '260px 1fr' }, gap: 2, alignItems: 'start' }}>
              <Facets facets={data.facets} selected={query.filters} onToggle={toggle} />
              <Box>
                <Typography color="text.secondary" sx={{ mb: 1 }} role="status">
                  {data.total === 1 ? '1 result' : `${data.total.toLocaleString()} results`}
                </Typography>
                {data.hits.length === 0 ? (
                  <EmptyState title={query.q ? `Nothing matches “${query.q}”` : 'Nothing matches these filters'}>
                    Try other words, or remove a filter.
                  </EmptyState>
                ) : (
                  <Stack spacing={1.5} aria-label="Search results">
                    {data.hits.map((hit) => <SearchHitCard key={`${hit.asset.type}:${hit.asset.uri}`} hit={hit} />)}
                  </Stack>
                )}
                {data.total > SIZE && (
                  <Pagination sx={{ mt: 2 }} page={query.page} count={Math.ceil(Math.min(data.total, 10_000) / SIZE)}
                    onChange={(_, next) => update((search) => search.set('page', String(next)))} />
                )}
              </Box>
            </Box>
          )}
    </>
  );
}
