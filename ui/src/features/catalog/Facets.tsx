import { Box, Checkbox, List, ListItemButton, ListItemIcon, ListItemText, Paper, Typography } from '@mui/material';
import { ASSET_TYPE_LABELS, FACETS, type AssetType, type FacetCount, type FacetName } from './api';

export const FACET_LABELS: Record<FacetName, string> = {
  type: 'Type', tags: 'Tags', topics: 'Topics', region: 'Region', classification: 'Classification',
  terms: 'Glossary terms',
};

/** How a facet value reads: asset types by their name, everything else as the API gives it. */
export const facetValueLabel = (facet: FacetName, value: string) =>
  facet === 'type' ? ASSET_TYPE_LABELS[value as AssetType] ?? value : value;

/** Every facet with its counts over the current result; clicking a value adds it to (or takes it off) the search. */
export function Facets({ facets, selected, onToggle }: {
  facets: Record<FacetName, FacetCount[]>;
  selected: Record<FacetName, string[]>;
  onToggle: (facet: FacetName, value: string) => void;
}) {
  return (
    <Paper variant="outlined" component="aside" aria-label="Filters" sx={{ py: 1 }}>
      {FACETS.map((facet) => (
        <Box key={facet} component="section" aria-label={FACET_LABELS[facet]}>
          <Typography variant="overline" component="h2" sx={{ px: 2, display: 'block' }}>{FACET_LABELS[facet]}</Typography>
          {facets[facet]?.length ? (
            <List dense disablePadding>
              {facets[facet].map(({ value, count }) => {
                const checked = selected[facet].includes(value);
                return (
                  <ListItemButton key={value} onClick={() => onToggle(facet, value)} sx={{ py: 0 }}
                    role="checkbox" aria-checked={checked}>
                    <ListItemIcon sx={{ minWidth: 32 }}>
                      <Checkbox edge="start" size="small" checked={checked} tabIndex={-1} disableRipple
                        slotProps={{ input: { 'aria-hidden': true } }} />
                    </ListItemIcon>
                    <ListItemText primary={facetValueLabel(facet, value)} secondary={count}
                      sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, wordBreak: 'break-word' }} />
                  </ListItemButton>
                );
              })}
            </List>
          ) : <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 1 }}>None</Typography>}
        </Box>
      ))}
    </Paper>
  );
}
