import { Placeholder } from '../../components/Placeholder';

export default function OrganizationPage() {
  return <Placeholder title="Organization" />;
}
