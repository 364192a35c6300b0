import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale, t } from '@/lib/i18n';
import { TopBar } from '@/components/chrome/TopBar';
import { SearchView } from '@/components/search/SearchView';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  return isLocale(lang) ? { title: `${t(lang, 'search')} · ${t(lang, 'bookTitle')}` } : {};
}

export default async function SearchPage({ params }: { params: Params }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <>
      <TopBar lang={lang} slugPath="/search" />
      <main id="main" style={{ maxWidth: '44rem', margin: '0 auto', padding: '1.5rem clamp(1rem, 4vw, 2rem) 4rem' }}>
        <h1>{t(lang, 'search')}</h1>
        <SearchView lang={lang} />
      </main>
    </>
  );
}
