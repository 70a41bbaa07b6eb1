import { Chip, type ChipProps } from '@mui/material';

const RULES: [RegExp, ChipProps['color']][] = [
  [/fail|reject|unhealthy|denied|interrupted|error/i, 'error'],
  [/succeeded|success|complete|processed|approved|healthy|^active$/i, 'success'],
  [/progress|running|pending|submitted|queued|verify|reapply/i, 'info'],
  [/revoked|expired|deleted|read_only|no_access/i, 'warning'],
];

/** A status string (SUCCEEDED, Share_Failed, CREATE_COMPLETE…) in its color. */
export function StatusChip({ status }: { status: string | null | undefined }) {
  if (!status) return null;
  const color = RULES.find(([pattern]) => pattern.test(status))?.[1] ?? 'default';
  return <Chip size="small" color={color} label={status.replace(/_/g, ' ')} variant={color === 'default' ? 'outlined' : 'filled'} />;
}
