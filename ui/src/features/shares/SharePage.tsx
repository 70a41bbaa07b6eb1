import { Placeholder } from '../../components/Placeholder';

export default function SharePage() {
  return <Placeholder title="Share" />;
}
