import { Placeholder } from '../../components/Placeholder';

export default function DatasetPage() {
  return <Placeholder title="Dataset" />;
}
