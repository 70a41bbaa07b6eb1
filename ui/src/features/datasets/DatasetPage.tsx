import { useParams } from 'react-router';
import { Stack } from '@mui/material';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { Loaded } from '../../components/Loaded';
import { KeyValueTagsPanel } from '../../components/KeyValueTagsPanel';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../components/useLoad';
import { AssetTabs, type AssetTab } from './AssetTabs';
import { ChatFeed } from './ChatFeed';
import { DataTab } from './DataTab';
import { DatasetOverview } from './DatasetOverview';
import { JobsTable } from './Jobs';
import { RequestAccessButton } from './RequestAccessButton';
import { RoleChip } from './RoleChip';
import { SharesTab } from './SharesTab';
import { UploadTab } from './UploadTab';
import { VoteButton } from './VoteButton';
import { datasets, manages, type Dataset, type Job } from './api';

export default function DatasetPage() {
  const { uri = '' } = useParams();
  const state = useLoad(() => api.get<Dataset>(`/api/v1/datasets/${uri}`), [uri]);
  return (
    <Loaded state={state}>
      {(dataset) => {
        const base = `/api/v1/datasets/${dataset.uri}`;
        const tabs: AssetTab[] = [
          { path: 'data', label: 'Data', render: () => <DataTab dataset={dataset} onChanged={state.reload} /> },
          { path: 'overview', label: 'Overview', render: () => <DatasetOverview dataset={dataset} onChanged={state.reload} /> },
          ...manages(dataset.userRole) ? [
            { path: 'shares', label: 'Shares', render: () => <SharesTab datasetUri={dataset.uri} /> },
            { path: 'upload', label: 'Upload', render: () => <UploadTab datasetUri={dataset.uri} /> },
            { path: 'tags', label: 'Tags', render: () => <KeyValueTagsPanel uri={dataset.uri} load={datasets.keyValueTags} save={datasets.replaceKeyValueTags} /> },
            { path: 'jobs', label: 'Jobs', render: () => (
              <JobsTable jobPath={(job) => `${base}/jobs/${job.uri}`} load={(query) => api.get<Page<Job>>(`${base}/jobs`, { ...query })}
                emptyHint="Uploads, crawls, table syncs and profiling runs show here." />
            ) },
          ] : [],
          { path: 'chat', label: 'Chat', render: () => <ChatFeed collection="datasets" uri={dataset.uri} /> },
        ];
        return (
          <>
            <PageHeader title={dataset.name} breadcrumbs={[{ label: 'Datasets', to: '/datasets' }, { label: dataset.name }]}
              subtitle={<>Owned by {dataset.ownerTeam} · <RoleChip role={dataset.userRole} /></>}
              actions={(
                <Stack direction="row" spacing={1}>
                  <VoteButton collection="datasets" uri={dataset.uri} />
                  <RequestAccessButton role={dataset.userRole} datasetUri={dataset.uri} />
                </Stack>
              )} />
            <AssetTabs base={`/datasets/${dataset.uri}`} tabs={tabs} />
          </>
        );
      }}
    </Loaded>
  );
}
