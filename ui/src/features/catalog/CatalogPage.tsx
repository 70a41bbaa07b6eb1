import { Placeholder } from '../../components/Placeholder';

export default function CatalogPage() {
  return <Placeholder title="Catalog" />;
}
