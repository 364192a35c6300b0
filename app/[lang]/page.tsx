import { Cover } from '@/components/cover/Cover';
import { TopBar } from '@/components/chrome/TopBar';
import { chapterIndex } from '@/lib/content/chapters';
import { isLocale } from '@/lib/i18n';
import { notFound } from 'next/navigation';

/** `/zh` and `/en` show the cover, with that language's bar. */
export default async function LanguageCover({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <>
      <TopBar lang={lang} />
      <Cover index={chapterIndex()} />
    </>
  );
}
