import { rootMetadata } from '@/lib/site/metadata';
import { LanguageChooser } from '@/components/pages/language-chooser';

export const metadata = rootMetadata();

export default function RootPage() {
  return <LanguageChooser />;
}
