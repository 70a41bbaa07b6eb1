import { Placeholder } from '../../components/Placeholder';

export default function GlossaryPage() {
  return <Placeholder title="Glossary" />;
}
