import { useState, type FormEvent } from 'react';
import { Box, Button, IconButton, List, ListItem, ListItemText, Paper, Stack, TextField, Tooltip } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { ApiError, api } from '../../api/client';
import type { Page } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { Loaded } from '../../components/Loaded';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLoad } from '../../components/useLoad';
import { useMe } from '../../session/SessionProvider';
import type { AssetCollection } from './api';
import { formatDate } from './format';

interface Message {
  uri: string;
  author: string;
  authorKind: 'USER' | 'CONSUMPTION_PRINCIPAL';
  body: string;
  createdAt: string;
}

const PAGE_SIZE = 20;

/** The chat of a dataset, table or folder: newest first, older messages on demand, post, delete one's own. */
export function ChatFeed({ collection, uri }: { collection: AssetCollection; uri: string }) {
  const me = useMe();
  const [pages, setPages] = useState(1);
  const path = `/api/v1/chats/${collection}/${uri}/messages`;
  // one request of every page shown so far, so a new message does not shift the pages
  const state = useLoad(() => api.get<Page<Message>>(path, { page: 1, size: PAGE_SIZE * pages }), [path, pages]);
  const [error, setError] = useState<unknown>(null);

  const remove = async (message: Message) => {
    setError(null);
    try {
      await api.del(`/api/v1/chat-messages/${message.uri}`);
      await state.reload();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 800 }}>
      <MessageForm path={path} onPosted={state.reload} />
      <ProblemAlert error={error} />
      <Loaded state={state}>
        {(feed) => feed.items.length === 0
          ? <EmptyState title="No messages yet">Ask the owners a question or leave a note for other users.</EmptyState>
          : (
            <Paper variant="outlined">
              <List aria-label="Messages">
                {feed.items.map((message) => (
                  <ListItem key={message.uri} divider secondaryAction={message.authorKind === 'USER' && message.author === me.username && (
                    <Tooltip title="Delete my message">
                      <IconButton edge="end" aria-label="Delete message" onClick={() => remove(message)}><DeleteIcon /></IconButton>
                    </Tooltip>
                  )}>
                    <ListItemText primary={message.body} slotProps={{ primary: { sx: { whiteSpace: 'pre-wrap' } } }}
                      secondary={`${message.author} · ${formatDate(message.createdAt)}`} />
                  </ListItem>
                ))}
              </List>
              {feed.items.length < feed.total && (
                <Box sx={{ p: 1, textAlign: 'center' }}>
                  <Button onClick={() => setPages(pages + 1)} disabled={state.loading}>Show older messages</Button>
                </Box>
              )}
            </Paper>
          )}
      </Loaded>
    </Stack>
  );
}

function MessageForm({ path, onPosted }: { path: string; onPosted: () => Promise<void> }) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.post(path, { body });
      setBody('');
      await onPosted();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const fieldError = error instanceof ApiError ? error.fieldErrors.body : undefined;
  return (
    <Stack component="form" onSubmit={submit} spacing={1}>
      {!fieldError && <ProblemAlert error={error} />}
      <TextField label="Message" multiline minRows={2} value={body} onChange={(event) => setBody(event.target.value)}
        error={!!fieldError} helperText={fieldError} />
      <Button type="submit" variant="contained" disabled={busy || !body.trim()} sx={{ alignSelf: 'flex-end' }}>Send</Button>
    </Stack>
  );
}
