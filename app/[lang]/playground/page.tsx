import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale, t } from '@/lib/i18n';
import { TopBar } from '@/components/chrome/TopBar';
import { Playground } from '@/components/playground/Playground';
import { words } from '@/components/playground/words';
import styles from '@/components/playground/Page.module.css';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  return {
    title: `${words[lang].title} · ${t(lang, 'bookTitle')}`,
    description: words[lang].intro,
    alternates: { languages: { 'zh-CN': '/zh/playground', en: '/en/playground' } },
  };
}

export default async function PlaygroundPage({ params }: { params: Params }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const w = words[lang];
  return (
    <>
      <TopBar lang={lang} slugPath="/playground" />
      <main id="main" className={styles.page}>
        <h1 className={styles.title}>{w.title}</h1>
        <p className={styles.intro}>{w.intro}</p>
        <Playground lang={lang} />
      </main>
    </>
  );
}
