import { useParams } from 'react-router';
import { Stack } from '@mui/material';
import { api } from '../../api/client';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../components/useLoad';
import { AssetMetadata } from './AssetMetadata';
import { AssetTabs, type AssetTab } from './AssetTabs';
import { ChatFeed } from './ChatFeed';
import { FolderObjects } from './FolderObjects';
import { RequestAccessButton } from './RequestAccessButton';
import { RoleChip } from './RoleChip';
import { VoteButton } from './VoteButton';
import { formatDate } from './format';
import { manages, type Dataset, type Folder } from './api';

export default function FolderPage() {
  const { uri = '' } = useParams();
  const state = useLoad(async () => {
    const folder = await api.get<Folder>(`/api/v1/folders/${uri}`);
    return { folder, dataset: await api.get<Dataset>(`/api/v1/datasets/${folder.datasetUri}`) };
  }, [uri]);
  return (
    <Loaded state={state}>
      {({ folder, dataset }) => {
        const tabs: AssetTab[] = [
          { path: 'objects', label: 'Objects', render: () => <FolderObjects folder={folder} /> },
          { path: 'overview', label: 'Overview', render: () => (
            <AssetMetadata collection="folders" uri={folder.uri} name={folder.name} description={folder.description} tags={folder.tags}
              canEdit={manages(folder.userRole)} withName onSave={async (change) => {
                await api.patch(`/api/v1/folders/${folder.uri}`, change);
                await state.reload();
              }}
              details={[
                ['Dataset', dataset.name],
                ['Prefix', folder.prefix],
                ['Storage location', folder.storageLocation ?? '—'],
                ['Created', `${formatDate(folder.createdAt)} by ${folder.createdBy}`],
                ['Updated', formatDate(folder.updatedAt)],
              ]} />
          ) },
          { path: 'chat', label: 'Chat', render: () => <ChatFeed collection="folders" uri={folder.uri} /> },
        ];
        return (
          <>
            <PageHeader title={folder.name}
              breadcrumbs={[{ label: 'Datasets', to: '/datasets' }, { label: dataset.name, to: `/datasets/${dataset.uri}/data` }, { label: folder.name }]}
              subtitle={<>Folder of {dataset.name} · <RoleChip role={folder.userRole} /></>}
              actions={(
                <Stack direction="row" spacing={1}>
                  <VoteButton collection="folders" uri={folder.uri} />
                  <RequestAccessButton role={folder.userRole} datasetUri={folder.datasetUri} itemUri={folder.uri} />
                </Stack>
              )} />
            <AssetTabs base={`/folders/${folder.uri}`} tabs={tabs} />
          </>
        );
      }}
    </Loaded>
  );
}
