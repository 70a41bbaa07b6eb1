import { Box, Card, CardContent, Grid, LinearProgress, Stack, Tooltip, Typography } from '@mui/material';
import { Detail } from '../../components/Detail';
import { formatNumber } from './format';
import type { ColumnProfile, TableProfile } from './api';

/** The latest profile of a table: one card per column with its measures and charts. */
export function ProfileCharts({ profile }: { profile: TableProfile }) {
  return (
    <Stack spacing={2}>
      <Typography>{profile.rowCount.toLocaleString()} rows · {profile.columnCount} columns</Typography>
      <Grid container spacing={2}>
        {profile.columns.map((column) => (
          <Grid key={column.name} size={{ xs: 12, md: 6, lg: 4 }}><ColumnCard column={column} /></Grid>
        ))}
      </Grid>
    </Stack>
  );
}

function ColumnCard({ column }: { column: ColumnProfile }) {
  const measures: [string, string][] = [
    ['Distinct values', `${column.distinctApproximate ? '≈ ' : ''}${column.distinctCount.toLocaleString()}`],
    ['Min', column.min ?? '—'],
    ['Max', column.max ?? '—'],
    ...column.mean !== null ? [['Mean', formatNumber(column.mean)], ['Median', formatNumber(column.median)],
      ['Standard deviation', formatNumber(column.stddev)]] as [string, string][] : [],
    ...column.minLength !== null ? [['Length', `${column.minLength} to ${column.maxLength} characters`]] as [string, string][] : [],
  ];
  return (
    <Card variant="outlined" sx={{ height: '100%' }} aria-label={`Profile of ${column.name}`}>
      <CardContent>
        <Typography variant="subtitle1">{column.name}</Typography>
        <Typography variant="caption" color="text.secondary">{column.type}</Typography>
        <Box sx={{ my: 1.5 }}>
          <Typography variant="body2">Completeness {Math.round(column.completeness * 1000) / 10}%</Typography>
          <LinearProgress variant="determinate" value={column.completeness * 100} color={column.completeness < 1 ? 'warning' : 'success'}
            aria-label={`Completeness of ${column.name}`} />
        </Box>
        <Grid container spacing={1}>
          {measures.map(([label, value]) => <Grid key={label} size={6}><Detail label={label}>{value}</Detail></Grid>)}
        </Grid>
        {column.histogram.length > 0 && <Histogram column={column} />}
        {column.topValues.length > 0 && <TopValues column={column} />}
      </CardContent>
    </Card>
  );
}

/** The distribution of a numeric column: SVG bars, one per bin. */
function Histogram({ column }: { column: ColumnProfile }) {
  const highest = Math.max(...column.histogram.map((bin) => bin.count), 1);
  const width = 100 / column.histogram.length;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="body2" sx={{ mb: 0.5 }}>Distribution</Typography>
      <Box component="svg" viewBox="0 0 100 40" preserveAspectRatio="none" role="img" aria-label={`Distribution of ${column.name}`}
        sx={{ width: '100%', height: 96, display: 'block', color: 'primary.main' }}>
        {column.histogram.map((bin, index) => {
          const height = (bin.count / highest) * 40;
          return (
            <rect key={index} x={index * width + 0.3} y={40 - height} width={Math.max(width - 0.6, 0.2)} height={height} fill="currentColor">
              <title>{`${formatNumber(bin.lower)} to ${formatNumber(bin.upper)}: ${bin.count.toLocaleString()}`}</title>
            </rect>
          );
        })}
      </Box>
      <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
        <Typography variant="caption" color="text.secondary">{formatNumber(column.histogram[0].lower)}</Typography>
        <Typography variant="caption" color="text.secondary">{formatNumber(column.histogram[column.histogram.length - 1].upper)}</Typography>
      </Stack>
    </Box>
  );
}

/** The most frequent values of a text or boolean column as horizontal bars. */
function TopValues({ column }: { column: ColumnProfile }) {
  const highest = Math.max(...column.topValues.map((value) => value.count), 1);
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="body2" sx={{ mb: 0.5 }}>Most frequent values</Typography>
      <Stack spacing={0.5} aria-label={`Most frequent values of ${column.name}`}>
        {column.topValues.map((value) => (
          <Tooltip key={value.value} title={`${value.value}: ${value.count.toLocaleString()}`} placement="left">
            <Box sx={{ position: 'relative', height: 22 }}>
              <Box sx={{ position: 'absolute', inset: 0, width: `${(value.count / highest) * 100}%`, bgcolor: 'primary.light', opacity: 0.35, borderRadius: 0.5 }} />
              <Stack direction="row" sx={{ position: 'relative', px: 0.75, justifyContent: 'space-between', lineHeight: '22px' }}>
                <Typography variant="body2" noWrap sx={{ lineHeight: 'inherit' }}>{value.value}</Typography>
                <Typography variant="body2" sx={{ lineHeight: 'inherit' }}>{value.count.toLocaleString()}</Typography>
              </Stack>
            </Box>
          </Tooltip>
        ))}
      </Stack>
    </Box>
  );
}
