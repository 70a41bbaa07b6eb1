import { Placeholder } from '../../components/Placeholder';

export default function WorksheetsPage() {
  return <Placeholder title="Worksheets" />;
}
