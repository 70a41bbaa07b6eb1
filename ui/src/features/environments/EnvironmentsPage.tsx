import { Placeholder } from '../../components/Placeholder';

export default function EnvironmentsPage() {
  return <Placeholder title="Environments" />;
}
