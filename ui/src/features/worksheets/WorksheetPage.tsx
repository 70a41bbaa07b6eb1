import { Placeholder } from '../../components/Placeholder';

export default function WorksheetPage() {
  return <Placeholder title="Worksheet" />;
}
