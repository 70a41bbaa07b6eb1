import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Stack, TextField } from '@mui/material';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormDialog } from '../../components/FormDialog';
import { shares, type Share, type ShareStatus } from './api';

type Dialog = 'reject' | 'delete' | 'extension' | 'edit';

/** Whether the caller has the role and the share is in one of the states the action starts from. */
const allowed = (share: Share, role: 'REQUESTER' | 'APPROVER', from: ShareStatus[]) =>
  share.roles.includes(role) && from.includes(share.status);

/**
 * The decisions on a share that its state and the caller's roles allow: the requester submits, edits, deletes and
 * asks for an extension; the approver approves or rejects the request or the extension. `run` performs a call and
 * reloads the share, showing the API's refusal; dialogs show it themselves, then reload.
 */
export function ShareActions({ share, run, reload }: {
  share: Share;
  run: (action: () => Promise<unknown>) => Promise<void>;
  reload: () => Promise<unknown>;
}) {
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const uri = share.uri;
  const then = (action: () => Promise<unknown>) => async () => {
    await action();
    await reload();
  };
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      {allowed(share, 'REQUESTER', ['DRAFT', 'REJECTED', 'EXTENSION_REJECTED']) && (
        <Button variant="contained" onClick={() => run(() => shares.submit(uri))}>Submit</Button>
      )}
      {allowed(share, 'APPROVER', ['SUBMITTED']) && (
        <>
          <Button variant="contained" color="success" onClick={() => run(() => shares.approve(uri))}>Approve</Button>
          <Button color="error" onClick={() => setDialog('reject')}>Reject</Button>
        </>
      )}
      {allowed(share, 'APPROVER', ['SUBMITTED_FOR_EXTENSION']) && (
        <>
          <Button variant="contained" color="success" onClick={() => run(() => shares.approveExtension(uri))}>Approve extension</Button>
          <Button color="error" onClick={() => run(() => shares.rejectExtension(uri))}>Reject extension</Button>
        </>
      )}
      {allowed(share, 'REQUESTER', ['SUBMITTED_FOR_EXTENSION']) && (
        <Button onClick={() => run(() => shares.cancelExtension(uri))}>Cancel extension</Button>
      )}
      {share.expiresAt && allowed(share, 'REQUESTER', ['PROCESSED', 'EXTENSION_REJECTED', 'DRAFT']) && (
        <Button onClick={() => setDialog('extension')}>Request extension</Button>
      )}
      {allowed(share, 'REQUESTER', ['DRAFT', 'SUBMITTED', 'REJECTED', 'EXTENSION_REJECTED']) && (
        <Button onClick={() => setDialog('edit')}>Edit</Button>
      )}
      {share.roles.includes('REQUESTER') && share.status !== 'DELETED' && (
        <Button color="error" onClick={() => setDialog('delete')}>Delete</Button>
      )}

      {dialog === 'reject' && <RejectDialog onClose={close} onReject={(purpose) => then(() => shares.reject(uri, purpose))()} />}
      {dialog === 'extension' && (
        <MonthsDialog title="Request extension" submitLabel="Request" initial={share.expiryMonths} onClose={close}
          onSubmit={(months) => then(() => shares.requestExtension(uri, months))()} />
      )}
      {dialog === 'edit' && <EditDialog share={share} onClose={close} onSave={(change) => then(() => shares.update(uri, change))()} />}
      {dialog === 'delete' && (
        <ConfirmDialog title="Delete this share request?" onClose={close}
          onConfirm={async () => {
            await shares.delete(uri);
            navigate('/shares');
          }}>
          The request and its items go away; items still shared must be revoked first.
        </ConfirmDialog>
      )}
    </Stack>
  );
}

function RejectDialog({ onReject, onClose }: { onReject: (purpose: string) => Promise<unknown>; onClose: () => void }) {
  const [purpose, setPurpose] = useState('');
  return (
    <FormDialog title="Reject share request" submitLabel="Reject" onClose={onClose} onSubmit={() => onReject(purpose)}>
      {(field) => (
        <TextField {...field('rejectPurpose', 'Tell the requesters why; they see it on the request')} label="Reason"
          multiline minRows={3} autoFocus value={purpose} onChange={(event) => setPurpose(event.target.value)} />
      )}
    </FormDialog>
  );
}

function MonthsDialog({ title, submitLabel, initial, onSubmit, onClose }: {
  title: string;
  submitLabel: string;
  initial: number | null;
  onSubmit: (months: number) => Promise<unknown>;
  onClose: () => void;
}) {
  const [months, setMonths] = useState(String(initial ?? 1));
  return (
    <FormDialog title={title} submitLabel={submitLabel} onClose={onClose} onSubmit={() => onSubmit(Number(months))}>
      {(field) => (
        <TextField {...field('expiryMonths', 'How many more months, from now, the access should last')}
          label="Months" type="number" required value={months} onChange={(event) => setMonths(event.target.value)} />
      )}
    </FormDialog>
  );
}

function EditDialog({ share, onSave, onClose }: {
  share: Share;
  onSave: (change: { requestPurpose: string; expiryMonths?: number }) => Promise<unknown>;
  onClose: () => void;
}) {
  const [purpose, setPurpose] = useState(share.requestPurpose ?? '');
  const [months, setMonths] = useState(share.expiryMonths ? String(share.expiryMonths) : '');
  return (
    <FormDialog title="Edit share request" onClose={onClose}
      onSubmit={() => onSave({ requestPurpose: purpose, expiryMonths: months ? Number(months) : undefined })}>
      {(field) => (
        <>
          <TextField {...field('requestPurpose')} label="Purpose" multiline minRows={3} value={purpose}
            onChange={(event) => setPurpose(event.target.value)} />
          <TextField {...field('expiryMonths', 'Only for datasets whose shares expire')} label="Expiry (months)"
            type="number" value={months} onChange={(event) => setMonths(event.target.value)} />
        </>
      )}
    </FormDialog>
  );
}
