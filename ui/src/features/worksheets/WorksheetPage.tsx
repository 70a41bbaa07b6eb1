import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Box, Button, Chip, IconButton, Paper, Stack, Tab, Tabs, Tooltip, Typography } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SaveIcon from '@mui/icons-material/SaveOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { EmptyState } from '../../components/EmptyState';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLoad } from '../../components/useLoad';
import { DeleteWorksheetDialog } from './DeleteWorksheetDialog';
import { HistoryPanel } from './HistoryPanel';
import { ResultGrid } from './ResultGrid';
import { RunStatus } from './RunStatus';
import { SchemaBrowser } from './SchemaBrowser';
import { SqlEditor, type SqlEditorHandle } from './SqlEditor';
import { useQueryRun } from './useQueryRun';
import { WorksheetFormDialog } from './WorksheetFormDialog';
import { environments } from '../environments/api';
import { worksheets, type QueryRun, type Worksheet } from './api';

export default function WorksheetPage() {
  const { uri = '' } = useParams();
  const state = useLoad(() => worksheets.get(uri), [uri]);
  return (
    <Loaded state={state}>
      {(worksheet) => <WorksheetEditor key={worksheet.uri} worksheet={worksheet} onChanged={state.reload} />}
    </Loaded>
  );
}

/** The worksheet: schema browser, SQL editor, and the result and history of its runs. */
function WorksheetEditor({ worksheet, onChanged }: { worksheet: Worksheet; onChanged: () => void }) {
  const navigate = useNavigate();
  const editor = useRef<SqlEditorHandle>(null);
  const [sql, setSql] = useState(worksheet.sql);
  const [savedSql, setSavedSql] = useState(worksheet.sql);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [tab, setTab] = useState<'results' | 'history'>('results');
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const schema = useLoad(() => worksheets.schema(worksheet.uri), [worksheet.uri]);
  const environment = useLoad(() => environments.get(worksheet.environmentUri), [worksheet.environmentUri]);
  const query = useQueryRun(worksheet.uri);
  const dirty = sql !== savedSql;

  const save = async () => {
    if (saving || !dirty) return;
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await worksheets.update(worksheet.uri, { sql });
      setSavedSql(saved.sql);
    } catch (failure) {
      setSaveError(failure);
    } finally {
      setSaving(false);
    }
  };
  const run = () => {
    const text = editor.current?.sqlToRun() ?? sql;
    if (query.running || !text.trim()) return;
    setTab('results');
    query.start(text);
  };
  const open = (past: QueryRun) => {
    setSql(past.sql);
    setTab('results');
    query.show(past.uri);
  };

  return (
    <>
      <PageHeader title={worksheet.name} breadcrumbs={[{ label: 'Worksheets', to: '/worksheets' }, { label: worksheet.name }]}
        subtitle={[worksheet.description, `Team ${worksheet.ownerTeam}`,
          `Environment ${environment.data?.name ?? worksheet.environmentUri}`].filter(Boolean).join(' · ')}
        actions={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            {worksheet.tags.map((tag) => <Chip key={tag} size="small" label={tag} />)}
            <Tooltip title="Edit name, description and tags">
              <IconButton aria-label="Edit worksheet" onClick={() => setDialog('edit')}><EditIcon /></IconButton>
            </Tooltip>
            <Tooltip title="Delete worksheet">
              <IconButton aria-label="Delete worksheet" onClick={() => setDialog('delete')}><DeleteIcon /></IconButton>
            </Tooltip>
          </Stack>
        } />
      <Box sx={{ display: 'grid', gridTemplateColumns: '270px minmax(0, 1fr)', gap: 2, alignItems: 'start' }}>
        <Paper variant="outlined" component="aside" aria-label="Tables you can query"
          sx={{ position: 'sticky', top: 80, height: 'calc(100vh - 200px)', display: 'flex', flexDirection: 'column' }}>
          <Loaded state={schema}>
            {(tree) => <SchemaBrowser tree={tree} onInsert={(text) => editor.current?.insert(text)} />}
          </Loaded>
        </Paper>
        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <Paper variant="outlined">
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', p: 1, borderBottom: 1, borderColor: 'divider' }}>
              <Button variant="contained" startIcon={<PlayArrowIcon />} onClick={run} disabled={query.running}>Run</Button>
              <Button startIcon={<SaveIcon />} onClick={save} disabled={!dirty || saving}>Save</Button>
              <Typography variant="body2" color={dirty ? 'warning.main' : 'text.secondary'} aria-live="polite">
                {saving ? 'Saving…' : dirty ? 'Unsaved changes' : 'Saved'}
              </Typography>
              <Box sx={{ flexGrow: 1 }} />
              <Typography variant="caption" color="text.secondary">
                Ctrl+Enter runs the selection, or all · Ctrl+S saves
              </Typography>
            </Stack>
            <SqlEditor ref={editor} value={sql} onChange={setSql} schema={schema.data} onRun={run} onSave={save} />
          </Paper>
          <ProblemAlert error={saveError} />
          <ProblemAlert error={query.error} />
          <Paper variant="outlined">
            <Tabs value={tab} onChange={(_, next) => setTab(next)} sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}>
              <Tab value="results" label="Results" />
              <Tab value="history" label="History" />
            </Tabs>
            <Box sx={{ p: 2 }}>
              {tab === 'history'
                ? <HistoryPanel worksheet={worksheet} reloadKey={`${query.run?.uri}:${query.run?.status}`} onOpen={open} />
                : query.run ? (
                  <Stack spacing={2}>
                    <RunStatus run={query.run} onCancel={query.cancel} cancelling={query.busy} />
                    {query.run.status === 'SUCCEEDED' && <ResultGrid key={query.run.uri} run={query.run} />}
                  </Stack>
                ) : <EmptyState title="No result yet">Write SQL above and click Run, or open a past run from History.</EmptyState>}
            </Box>
          </Paper>
        </Stack>
      </Box>
      {dialog === 'edit' && <WorksheetFormDialog worksheet={worksheet} onSaved={onChanged} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <DeleteWorksheetDialog worksheet={worksheet} onClose={() => setDialog(null)} onDeleted={() => navigate('/worksheets')} />
      )}
    </>
  );
}
