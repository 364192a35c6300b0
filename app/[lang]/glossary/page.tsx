import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale, t } from '@/lib/i18n';
import { firstUses } from '@/lib/content/firstUses';
import { compileChapter } from '@/components/mdx/compile.server';
import { GlossaryView } from '@/components/glossary/GlossaryView';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = await params;
  return isLocale(lang) ? { title: `${t(lang, 'glossary')} · ${t(lang, 'bookTitle')}` } : {};
}

export default async function GlossaryPage({ params }: { params: Params }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return <GlossaryView lang={lang} firstUses={await firstUses(lang, compileChapter)} />;
}
