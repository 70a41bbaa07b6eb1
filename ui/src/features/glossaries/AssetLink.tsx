import { Link as RouterLink } from 'react-router';
import { Link } from '@mui/material';
import { api } from '../../api/client';
import { useLoad } from '../../components/useLoad';
import { ASSET_TYPE_LABELS, assetPath } from '../catalog/api';
import type { GlossaryLink } from './api';

/** The linked asset by its name (its metadata is for every signed-in user), to its page; its uri until loaded. */
export function AssetLink({ link }: { link: Pick<GlossaryLink, 'targetType' | 'targetUri'> }) {
  const path = assetPath(link.targetType, link.targetUri);
  const asset = useLoad(() => api.get<{ name: string }>(`/api/v1${path}`), [path]);
  return (
    <Link component={RouterLink} to={path} underline="hover">
      {`${ASSET_TYPE_LABELS[link.targetType]} ${asset.data?.name ?? link.targetUri}`}
    </Link>
  );
}
