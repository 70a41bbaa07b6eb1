import { Placeholder } from '../../components/Placeholder';

export default function TablePage() {
  return <Placeholder title="Table" />;
}
