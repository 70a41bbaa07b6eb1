import { ConfirmDialog } from '../../components/ConfirmDialog';
import { worksheets, type Worksheet } from './api';

/** Asks before deleting a worksheet; onDeleted follows once it is gone. */
export function DeleteWorksheetDialog({ worksheet, onDeleted, onClose }: {
  worksheet: Worksheet;
  onDeleted: () => void;
  onClose: () => void;
}) {
  return (
    <ConfirmDialog title={`Delete ${worksheet.name}?`} onClose={onClose} onConfirm={async () => {
      await worksheets.delete(worksheet.uri);
      onDeleted();
    }}>
      The worksheet and its saved SQL are deleted for the whole team {worksheet.ownerTeam}. Tables and data are not touched.
    </ConfirmDialog>
  );
}
