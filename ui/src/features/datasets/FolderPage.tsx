import { Placeholder } from '../../components/Placeholder';

export default function FolderPage() {
  return <Placeholder title="Folder" />;
}
