import { useEffect, useState } from 'react';
import { Alert, Button, Paper, Stack } from '@mui/material';
import { KeyValueTagsEditor, toRows, toTags, type KeyValueRow } from './KeyValueTagsEditor';
import { Loaded } from './Loaded';
import { ProblemAlert } from './ProblemAlert';
import { useLoad } from './useLoad';

/**
 * The key-value tags of an environment, dataset…, edited and saved as a whole. `load` and `save` take the
 * resource's URI, e.g. `environments.keyValueTags` and `environments.replaceKeyValueTags`.
 */
export function KeyValueTagsPanel({ uri, load, save }: {
  uri: string;
  load: (uri: string) => Promise<Record<string, string>>;
  save: (uri: string, tags: Record<string, string>) => Promise<unknown>;
}) {
  const tags = useLoad(() => load(uri), [uri, load]);
  const [rows, setRows] = useState<KeyValueRow[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setRows(toRows(tags.data ?? {})), [tags.data]);
  const submit = async () => {
    setError(null);
    setSaved(false);
    try {
      await save(uri, toTags(rows));
      await tags.reload();
      setSaved(true);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Loaded state={tags}>
      {() => (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={2}>
            <ProblemAlert error={error} />
            {saved && <Alert severity="success">Key-value tags saved</Alert>}
            <KeyValueTagsEditor rows={rows} onChange={setRows} />
            <Button variant="contained" sx={{ alignSelf: 'flex-start' }} onClick={submit}>Save</Button>
          </Stack>
        </Paper>
      )}
    </Loaded>
  );
}
