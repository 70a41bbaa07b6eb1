import { Placeholder } from '../../components/Placeholder';

export default function AdminSettingsPage() {
  return <Placeholder title="Admin settings" />;
}
