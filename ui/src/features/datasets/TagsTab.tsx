import { useState } from 'react';
import { Alert, Button, Paper, Stack } from '@mui/material';
import { api } from '../../api/client';
import { KeyValueTagsEditor, toRows, toTags, type KeyValueRow } from '../../components/KeyValueTagsEditor';
import { Loaded } from '../../components/Loaded';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLoad } from '../../components/useLoad';

/** The dataset's key-value tags, which go with its stack. */
export function TagsTab({ datasetUri }: { datasetUri: string }) {
  const path = `/api/v1/datasets/${datasetUri}/kv-tags`;
  const state = useLoad(() => api.get<Record<string, string>>(path), [path]);
  return <Loaded state={state}>{(tags) => <TagsForm path={path} initial={toRows(tags)} />}</Loaded>;
}

function TagsForm({ path, initial }: { path: string; initial: KeyValueRow[] }) {
  const [rows, setRows] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      setRows(toRows(await api.put<Record<string, string>>(path, { tags: toTags(rows) })));
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper variant="outlined" sx={{ p: 2, maxWidth: 720 }}>
      <Stack spacing={2}>
        <KeyValueTagsEditor rows={rows} onChange={(next) => {
          setRows(next);
          setSaved(false);
        }} />
        <ProblemAlert error={error} />
        {saved && <Alert severity="success">Tags saved.</Alert>}
        <Button variant="contained" onClick={save} disabled={busy} sx={{ alignSelf: 'flex-start' }}>Save tags</Button>
      </Stack>
    </Paper>
  );
}
