import { useParams } from 'react-router';
import { Stack } from '@mui/material';
import { api } from '../../api/client';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../components/useLoad';
import { AssetMetadata } from './AssetMetadata';
import { AssetTabs, type AssetTab } from './AssetTabs';
import { ChatFeed } from './ChatFeed';
import { ColumnsTab } from './ColumnsTab';
import { DataFiltersTab } from './DataFiltersTab';
import { MetricsTab } from './MetricsTab';
import { PreviewTab } from './PreviewTab';
import { RequestAccessButton } from './RequestAccessButton';
import { RoleChip } from './RoleChip';
import { VoteButton } from './VoteButton';
import { formatBytes, formatDate } from './format';
import { manages, type Dataset, type Table } from './api';

export default function TablePage() {
  const { uri = '' } = useParams();
  const state = useLoad(async () => {
    const table = await api.get<Table>(`/api/v1/tables/${uri}`);
    return { table, dataset: await api.get<Dataset>(`/api/v1/datasets/${table.datasetUri}`) };
  }, [uri]);
  return (
    <Loaded state={state}>
      {({ table, dataset }) => {
        const tabs: AssetTab[] = [
          { path: 'preview', label: 'Preview', render: () => <PreviewTab table={table} /> },
          { path: 'overview', label: 'Overview', render: () => (
            <AssetMetadata collection="tables" uri={table.uri} name={table.name} description={table.description} tags={table.tags}
              canEdit={manages(table.userRole)} onSave={async (change) => {
                await api.patch(`/api/v1/tables/${table.uri}`, change);
                await state.reload();
              }}
              details={[
                ['Dataset', dataset.name],
                ['Qualified name', table.qualifiedName],
                ['Format', table.format],
                ['Location', table.location],
                ['Storage location', table.storageLocation ?? '—'],
                ['Files', table.statistics ? `${table.statistics.objectCount} (${formatBytes(table.statistics.totalBytes)})` : '—'],
                ['Rows', table.statistics?.recordCount?.toLocaleString() ?? '—'],
                ['Status', table.needsCrawl ? 'Files changed since the last crawl' : table.status === 'InSync' ? 'In sync' : 'Deleted'],
                ['Last synced', formatDate(table.syncedAt)],
                ['Created', formatDate(table.createdAt)],
              ]} />
          ) },
          { path: 'columns', label: 'Columns', render: () => <ColumnsTab table={table} onSaved={state.reload} /> },
          ...table.userRole === 'NONE' ? [] : [
            { path: 'metrics', label: 'Metrics', render: () => <MetricsTab table={table} onProfiled={state.reload} /> },
          ],
          { path: 'filters', label: 'Data filters', render: () => <DataFiltersTab table={table} /> },
          { path: 'chat', label: 'Chat', render: () => <ChatFeed collection="tables" uri={table.uri} /> },
        ];
        return (
          <>
            <PageHeader title={table.name}
              breadcrumbs={[{ label: 'Datasets', to: '/datasets' }, { label: dataset.name, to: `/datasets/${dataset.uri}/data` }, { label: table.name }]}
              subtitle={<>Table of {dataset.name} · <RoleChip role={table.userRole} /></>}
              actions={(
                <Stack direction="row" spacing={1}>
                  <VoteButton collection="tables" uri={table.uri} />
                  <RequestAccessButton role={table.userRole} datasetUri={table.datasetUri} itemUri={table.uri} />
                </Stack>
              )} />
            <AssetTabs base={`/tables/${table.uri}`} tabs={tabs} />
          </>
        );
      }}
    </Loaded>
  );
}
