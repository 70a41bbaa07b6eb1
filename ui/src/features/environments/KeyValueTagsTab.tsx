import { useEffect, useState } from 'react';
import { Alert, Button, Paper, Stack } from '@mui/material';
import { KeyValueTagsEditor, toRows, toTags, type KeyValueRow } from '../../components/KeyValueTagsEditor';
import { Loaded } from '../../components/Loaded';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLoad } from '../../components/useLoad';
import { environments } from './api';

export function KeyValueTagsTab({ uri }: { uri: string }) {
  const tags = useLoad(() => environments.keyValueTags(uri), [uri]);
  const [rows, setRows] = useState<KeyValueRow[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setRows(toRows(tags.data ?? {})), [tags.data]);
  const save = async () => {
    setError(null);
    setSaved(false);
    try {
      await environments.replaceKeyValueTags(uri, toTags(rows));
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
            <Button variant="contained" sx={{ alignSelf: 'flex-start' }} onClick={save}>Save</Button>
          </Stack>
        </Paper>
      )}
    </Loaded>
  );
}
