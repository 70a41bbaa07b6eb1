import { Link as RouterLink } from 'react-router';
import { Button } from '@mui/material';
import { EmptyState } from '../components/EmptyState';

export default function NotFoundPage() {
  return (
    <EmptyState title="Page not found" action={<Button component={RouterLink} to="/">Go to the catalog</Button>}>
      This address leads nowhere in Lakegate.
    </EmptyState>
  );
}
