import { Link as RouterLink } from 'react-router';
import { Box, Button, Chip, Link, Paper, Stack, Tooltip, Typography } from '@mui/material';
import StorageIcon from '@mui/icons-material/Storage';
import TableChartIcon from '@mui/icons-material/TableChart';
import FolderIcon from '@mui/icons-material/Folder';
import ThumbUpIcon from '@mui/icons-material/ThumbUpOutlined';
import { Snippet } from './Snippet';
import { ASSET_TYPE_LABELS, assetPath, requestAccessPath, type AccessLevel, type AssetType, type SearchHit } from './api';

const ICONS: Record<AssetType, React.ReactNode> = {
  DATASET: <StorageIcon color="action" />,
  TABLE: <TableChartIcon color="action" />,
  FOLDER: <FolderIcon color="action" />,
};

const ACCESS: Record<AccessLevel, { label: string; hint: string; color: 'success' | 'primary' | 'info' | 'default' }> = {
  OWNER: { label: 'Owner', hint: 'Your team owns this dataset', color: 'success' },
  STEWARD: { label: 'Steward', hint: 'Your team stewards this dataset', color: 'primary' },
  SHARED: { label: 'Shared', hint: 'A share gives your team some or all of this dataset', color: 'info' },
  NONE: { label: 'No access', hint: 'Request access to read its data', color: 'default' },
};

/** One search hit: what it is, where it lives, why it matched, and what the caller may do with it. */
export function SearchHitCard({ hit: { asset, access } }: { hit: SearchHit }) {
  const typeLabel = ASSET_TYPE_LABELS[asset.type];
  const level = ACCESS[access];
  return (
    <Paper variant="outlined" component="article" aria-label={`${typeLabel} ${asset.name}`} sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Tooltip title={typeLabel}><Box sx={{ pt: 0.5 }}>{ICONS[asset.type]}</Box></Tooltip>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Link component={RouterLink} to={assetPath(asset.type, asset.uri)} variant="subtitle1" underline="hover">
              {asset.name}
            </Link>
            <Tooltip title={level.hint}><Chip size="small" label={level.label} color={level.color} /></Tooltip>
          </Stack>
          <Typography variant="caption" color="text.secondary">
            {[typeLabel, `owned by ${asset.ownerTeam}`, asset.environmentName, asset.organizationName].join(' · ')}
          </Typography>
          <Snippet html={asset.snippet} />
          <Stack direction="row" spacing={0.5} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 0.5 }}>
            {asset.tags.map((tag) => <Chip key={tag} size="small" variant="outlined" label={tag} />)}
            {asset.terms.map((term) => (
              <Tooltip key={term.uri} title={term.path}>
                <Chip size="small" color="secondary" variant="outlined" label={term.name} />
              </Tooltip>
            ))}
          </Stack>
        </Box>
        <Stack spacing={1} sx={{ alignItems: 'flex-end', flexShrink: 0 }}>
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'text.secondary' }}
            aria-label={`${asset.votes} votes`}>
            <ThumbUpIcon fontSize="small" /><Typography variant="body2">{asset.votes}</Typography>
          </Stack>
          {(access === 'NONE' || access === 'SHARED') && (
            <Button size="small" variant={access === 'NONE' ? 'contained' : 'outlined'}
              component={RouterLink} to={requestAccessPath(asset.datasetUri, asset.uri)}
              aria-label={`Request access to ${asset.name}`}>
              Request access
            </Button>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
