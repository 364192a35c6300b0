// Only pages that show a chapter need KaTeX's styles and fonts (the playground, glossary and
// search do not); globals.css outranks them where it adjusts them. The fonts are cut to the
// book's formulas (lib/content/katexFonts.ts).
import './katex/katex.css';
import type { ComponentType } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import type { Locale } from '@/lib/i18n';
import { mdxComponents } from './registry';

type MdxModule = ComponentType<{ components: ReturnType<typeof mdxComponents> }>;
const modules = new Map<string, MdxModule>();

/** Evaluates a compiled chapter once per server process (never in the browser). */
function chapterComponent(code: string): MdxModule {
  let component = modules.get(code);
  if (!component) {
    component = getMDXComponent(code) as MdxModule;
    modules.set(code, component);
  }
  return component;
}

/** Renders a compiled chapter on the server; the browser receives HTML, not MDX code. */
export function MdxContent({ code, lang, chapter }: { code: string; lang: Locale; chapter: string }) {
  const Content = chapterComponent(code);
  // eslint-disable-next-line react-hooks/static-components -- memoised per chapter above; rendered once, on the server
  return <Content components={mdxComponents(lang, chapter)} />;
}
