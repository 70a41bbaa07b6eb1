import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { Button, MenuItem, TextField } from '@mui/material';
import { EmptyState } from '../../components/EmptyState';
import { FormDialog } from '../../components/FormDialog';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../components/useLoad';
import { useMe } from '../../session/SessionProvider';
import { useActingTeam } from '../../session/ActingTeam';
import { environments, type ConsumptionPrincipal } from '../environments/api';
import { shares, type DatasetSummary } from './api';

/**
 * /shares/new?dataset=<uri>&item=<uri>: the share request form. It opens the draft (or the request already open for
 * that dataset, environment and requester: the API reuses it), adds the item when one is given (the dataset's own
 * uri asks for all of it) and goes to the share's page.
 */
export default function NewSharePage() {
  const [params] = useSearchParams();
  const datasetUri = params.get('dataset') ?? '';
  const dataset = useLoad(() => datasetUri ? shares.dataset(datasetUri) : Promise.resolve(null), [datasetUri]);
  return (
    <>
      <PageHeader title="Request access" breadcrumbs={[{ label: 'Shares', to: '/shares' }, { label: 'Request access' }]} />
      <Loaded state={dataset}>
        {(found) => found ? <RequestForm dataset={found} itemUri={params.get('item')} /> : (
          <EmptyState title="Which data?" action={<Button component={RouterLink} to="/catalog" variant="contained">Open the catalog</Button>}>
            Find a dataset, table or folder in the catalog and choose Request access.
          </EmptyState>
        )}
      </Loaded>
    </>
  );
}

function RequestForm({ dataset, itemUri }: { dataset: DatasetSummary; itemUri: string | null }) {
  const navigate = useNavigate();
  const { teams } = useMe();
  const acting = useActingTeam();
  const choices = useLoad(() => environments.list({ page: 1, size: 100 }), []);
  const usable = (choices.data?.items ?? []).filter((env) => env.userPermissions.includes('CREATE_SHARE'));
  const [environmentUri, setEnvironmentUri] = useState('');
  const [team, setTeam] = useState(acting.team ?? '');
  const [principal, setPrincipal] = useState('');
  const [purpose, setPurpose] = useState('');
  const expiry = dataset.shareExpiry;
  const [months, setMonths] = useState(expiry.enabled ? String(expiry.minMonths ?? 1) : '');
  const chosenEnvironment = environmentUri || usable[0]?.uri || '';
  const principals = useLoad<ConsumptionPrincipal[]>(
    () => chosenEnvironment ? environments.consumptionPrincipals(chosenEnvironment) : Promise.resolve([]), [chosenEnvironment]);
  useEffect(() => setPrincipal(''), [chosenEnvironment, team]);
  // the dialog closes itself after a successful submit, which has gone to the share's page already
  const opened = useRef(false);

  const submit = async () => {
    const share = await shares.open({
      datasetUri: dataset.uri, environmentUri: chosenEnvironment, requesterTeam: team,
      consumptionPrincipalUri: principal || undefined, requestPurpose: purpose.trim() || undefined,
      expiryMonths: months ? Number(months) : undefined,
    });
    const typed = purpose.trim();
    if (typed && share.requestPurpose !== typed && !share.requestPurpose?.includes(typed)) {
      // the API reused the team's open request for this dataset: the new purpose joins the one it had
      await shares.update(share.uri, { requestPurpose: share.requestPurpose ? `${share.requestPurpose}\n${typed}` : typed });
    }
    if (itemUri) {
      const item = (await shares.shareableItems(share.uri)).find((candidate) => candidate.itemUri === itemUri);
      if (item && (!item.status || item.status === 'DELETED')) await shares.addItem(share.uri, item.type, item.itemUri);
    }
    opened.current = true;
    navigate(`/shares/${share.uri}`);
  };

  return (
    <FormDialog title={`Request access to ${dataset.name}`} submitLabel="Create request" onSubmit={submit}
      onClose={() => opened.current || navigate(-1)}>
      {(field) => (
        <>
          <TextField label="Dataset" value={`${dataset.name} (owned by ${dataset.ownerTeam})`} disabled
            {...field('datasetUri')} />
          <TextField select label="Environment" required value={chosenEnvironment}
            onChange={(event) => setEnvironmentUri(event.target.value)}
            {...field('environmentUri', choices.error ? 'The environments could not be loaded'
              : usable.length ? 'Where your team will read the data'
                : choices.data ? 'None of your teams may request shares in an environment' : 'Loading…')}>
            {usable.map((env) => <MenuItem key={env.uri} value={env.uri}>{env.name}</MenuItem>)}
          </TextField>
          <TextField select label="Requester team" required value={team} onChange={(event) => setTeam(event.target.value)}
            {...field('requesterTeam', 'The team that will read the data')}>
            {teams.map((name) => <MenuItem key={name} value={name}>{name}</MenuItem>)}
          </TextField>
          <TextField select label="Consumption principal" value={principal}
            onChange={(event) => setPrincipal(event.target.value)}
            {...field('consumptionPrincipalUri', 'Optional: request for one of the team’s service accounts instead')}>
            <MenuItem value="">None: the team itself</MenuItem>
            {(principals.data ?? []).filter((candidate) => candidate.ownerTeam === team)
              .map((candidate) => <MenuItem key={candidate.uri} value={candidate.uri}>{candidate.name}</MenuItem>)}
          </TextField>
          <TextField label="Purpose" multiline minRows={3} value={purpose} onChange={(event) => setPurpose(event.target.value)}
            {...field('requestPurpose', 'Why your team needs this data; the approvers read it')} />
          {expiry.enabled && (
            <TextField label="Expiry (months)" type="number" required value={months}
              onChange={(event) => setMonths(event.target.value)}
              slotProps={{ htmlInput: { min: expiry.minMonths, max: expiry.maxMonths } }}
              {...field('expiryMonths', `This dataset requires shares to expire after ${expiry.minMonths} to ${expiry.maxMonths} months`)} />
          )}
        </>
      )}
    </FormDialog>
  );
}
