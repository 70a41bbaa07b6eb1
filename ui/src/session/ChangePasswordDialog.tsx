import { useState } from 'react';
import { TextField } from '@mui/material';
import { api } from '../api/client';
import { FormDialog } from '../components/FormDialog';

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  return (
    <FormDialog title="Change password" onClose={onClose}
      onSubmit={() => api.put('/api/v1/me/password', { currentPassword, newPassword })}>
      {(field) => (
        <>
          <TextField {...field('currentPassword')} label="Current password" type="password" autoComplete="current-password"
            value={currentPassword} onChange={(event) => setCurrentPassword(event.target.value)} />
          <TextField {...field('newPassword', 'At least 8 characters')} label="New password" type="password"
            autoComplete="new-password" value={newPassword} onChange={(event) => setNewPassword(event.target.value)} />
        </>
      )}
    </FormDialog>
  );
}
