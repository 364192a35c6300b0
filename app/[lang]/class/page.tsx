import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale, t } from '@/lib/i18n';
import { TopBar } from '@/components/chrome/TopBar';
import { JoinForm } from '@/components/classroom/JoinForm';
import { classWords } from '@/components/classroom/words';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  return isLocale(lang) ? { title: `${classWords[lang].joinTitle} · ${t(lang, 'bookTitle')}` } : {};
}

/** A student joins a class here (the QR code's link): code, optional nickname, language. */
export default async function ClassPage({ params }: { params: Params }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <>
      <TopBar lang={lang} slugPath="/class" />
      <main id="main" style={{ maxWidth: '34rem', margin: '0 auto', padding: '1.5rem clamp(1rem, 4vw, 2rem) 4rem' }}>
        <h1>{classWords[lang].joinTitle}</h1>
        <p>{classWords[lang].joinIntro}</p>
        <JoinForm lang={lang} />
      </main>
    </>
  );
}
