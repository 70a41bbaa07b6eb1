import { useParams } from 'react-router';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

/** Stands in for a feature page until its area is built; delete it with the last use. */
export function Placeholder({ title }: { title: string }) {
  const { uri } = useParams();
  return (
    <>
      <PageHeader title={uri ? `${title} ${uri}` : title} />
      <EmptyState title="This page is being built">Its API is ready; the page follows.</EmptyState>
    </>
  );
}
