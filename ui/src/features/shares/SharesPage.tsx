import { Placeholder } from '../../components/Placeholder';

export default function SharesPage() {
  return <Placeholder title="Shares" />;
}
