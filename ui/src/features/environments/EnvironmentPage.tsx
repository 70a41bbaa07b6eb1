import { Placeholder } from '../../components/Placeholder';

export default function EnvironmentPage() {
  return <Placeholder title="Environment" />;
}
