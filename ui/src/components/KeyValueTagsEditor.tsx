import { IconButton, Stack, TextField, Button } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import AddIcon from '@mui/icons-material/Add';

export type KeyValueRow = { key: string; value: string };

export const toRows = (tags: Record<string, string>): KeyValueRow[] =>
  Object.entries(tags).map(([key, value]) => ({ key, value }));

export const toTags = (rows: KeyValueRow[]): Record<string, string> =>
  Object.fromEntries(rows.filter((row) => row.key.trim()).map((row) => [row.key.trim(), row.value]));

/** Edits key-value tags as rows; toTags() turns them into the API's map (rows without a key are dropped). */
export function KeyValueTagsEditor({ rows, onChange }: { rows: KeyValueRow[]; onChange: (rows: KeyValueRow[]) => void }) {
  const update = (index: number, change: Partial<KeyValueRow>) =>
    onChange(rows.map((row, at) => at === index ? { ...row, ...change } : row));
  return (
    <Stack spacing={1}>
      {rows.map((row, index) => (
        <Stack key={index} direction="row" spacing={1}>
          <TextField size="small" label="Key" value={row.key} onChange={(event) => update(index, { key: event.target.value })} />
          <TextField size="small" label="Value" value={row.value} sx={{ flexGrow: 1 }}
            onChange={(event) => update(index, { value: event.target.value })} />
          <IconButton aria-label={`Remove tag ${row.key}`} onClick={() => onChange(rows.filter((_, at) => at !== index))}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <Button startIcon={<AddIcon />} sx={{ alignSelf: 'flex-start' }} onClick={() => onChange([...rows, { key: '', value: '' }])}>
        Add tag
      </Button>
    </Stack>
  );
}
