import { Placeholder } from '../../components/Placeholder';

export default function OrganizationsPage() {
  return <Placeholder title="Organizations" />;
}
