import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale, locales, t } from '@/lib/i18n';
import { chapterIndex } from '@/lib/content/chapters';
import { compileChapter } from '@/lib/content/compile.server';
import { MdxContent } from '@/components/mdx/MdxContent';
import { Deck } from '@/components/present/Deck';
import { Slide } from '@/components/present/Slide';
import { SlideBody } from '@/components/present/SlideBody';
import { TitleCard } from '@/components/present/TitleCard';
import { words } from '@/components/present/words';

export const dynamicParams = false;

export function generateStaticParams() {
  const index = chapterIndex();
  return locales.flatMap((lang) => index[lang].map(({ slug }) => ({ lang, slug })));
}

type Params = Promise<{ lang: string; slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, slug } = await params;
  if (!isLocale(lang)) return {};
  const meta = chapterIndex()[lang].find((chapter) => chapter.slug === slug);
  if (!meta) return {};
  return {
    title: `${meta.title} · ${words[lang].slides} · ${t(lang, 'bookTitle')}`,
    description: meta.summary,
    alternates: { languages: { 'zh-CN': `/zh/${slug}/present`, en: `/en/${slug}/present` } },
  };
}

/** A chapter as slides: the same compiled MDX as the reading page, inside the deck. */
export default async function PresentPage({ params }: { params: Params }) {
  const { lang, slug } = await params;
  if (!isLocale(lang) || !chapterIndex()[lang].some((chapter) => chapter.slug === slug)) notFound();
  const { meta, code, slides } = await compileChapter(slug, lang);
  return (
    <Deck lang={lang} slug={slug} steps={[0, ...slides.map((slide) => slide.steps)]}>
      <Slide index="0" section="title" title={meta.title} part="1">
        <SlideBody>
          <TitleCard lang={lang} order={meta.order} title={meta.title} summary={meta.summary} />
        </SlideBody>
      </Slide>
      <MdxContent code={code} lang={lang} chapter={slug} />
    </Deck>
  );
}
