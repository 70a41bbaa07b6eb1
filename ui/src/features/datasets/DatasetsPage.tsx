import { Placeholder } from '../../components/Placeholder';

export default function DatasetsPage() {
  return <Placeholder title="Datasets" />;
}
