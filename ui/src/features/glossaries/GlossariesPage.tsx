import { Placeholder } from '../../components/Placeholder';

export default function GlossariesPage() {
  return <Placeholder title="Glossaries" />;
}
