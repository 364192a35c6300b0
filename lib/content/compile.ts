import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import type { Locale } from '../i18n';
import { readChapterSource, contentDir, type ChapterMeta } from './chapters';
import { escapeHeadingIds, remarkHeadingIds, type TocEntry } from './headings';
import { remarkCollectComponents } from './components';
import { remarkTerms, type TermUse } from './terms';
import { rehypeFocusableScrollers } from './mathFocus';
import { rehypeMathHtml } from './mathHtml';
import { remarkSlides, type SlideMeta } from './slides';
import { remarkScenes, type ScenePlan } from '../scenes/remark';
import type { WidgetVocabularies } from '../scenes/define';
import { isKitName } from './kit';

/** A chapter ready to render: the compiled MDX module and what was learned compiling it. */
export interface CompiledChapter {
  meta: ChapterMeta;
  /** The MDX module as code, evaluated on the server only. */
  code: string;
  toc: TocEntry[];
  /** Widgets this chapter embeds, sorted. */
  widgets: string[];
  /** Glossary terms marked in this chapter, in order of first use. */
  terms: TermUse[];
  /** The chapter cut into slides for the presentation (after the title slide). */
  slides: SlideMeta[];
  /** The story scenes, in reading order (zh and en must match). */
  scenes: ScenePlan[];
  /** KaTeX's markup of each formula, in reading order. */
  formulas: string[];
}

const caches = new WeakMap<WidgetVocabularies, Map<string, Promise<CompiledChapter>>>();

/**
 * Compiles `content/<slug>/<lang>.mdx` once per process (math typeset by KaTeX here). `widgets`
 * are the widgets a chapter may embed, with what its scenes may set on each: the caller passes
 * them (the mdx kit's compile.server.ts), since lib knows no component.
 */
export function compileChapter(slug: string, lang: Locale, widgets: WidgetVocabularies, dir = contentDir): Promise<CompiledChapter> {
  const key = `${dir}|${slug}|${lang}`;
  const cache = caches.get(widgets) ?? caches.set(widgets, new Map()).get(widgets)!;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compile(slug, lang, widgets, dir);
    cache.set(key, compiled);
    compiled.catch(() => cache.delete(key));
  }
  return compiled;
}

async function compile(slug: string, lang: Locale, widgets: WidgetVocabularies, dir: string): Promise<CompiledChapter> {
  const isWidget = (name: string) => Object.hasOwn(widgets, name);
  const { meta, source } = readChapterSource(slug, lang, dir);
  const toc: TocEntry[] = [];
  const names = new Set<string>();
  const terms: TermUse[] = [];
  const slides: SlideMeta[] = [];
  const scenes: ScenePlan[] = [];
  const formulas: string[] = [];
  let code: string;
  try {
    ({ code } = await bundleMDX({
      source: escapeHeadingIds(source),
      // Errors are rethrown below with the file's path; esbuild need not print them too.
      esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }),
      mdxOptions(options) {
        options.remarkPlugins = [
          ...(options.remarkPlugins ?? []),
          remarkGfm,
          remarkMath,
          remarkHeadingIds({ toc, file: meta.file }),
          remarkCollectComponents(names),
          remarkTerms({ uses: terms, file: meta.file }),
          remarkScenes({ file: meta.file, plans: scenes, widgets }),
          remarkSlides({ slides, chapter: slug, isWidget }),
        ];
        options.rehypePlugins = [...(options.rehypePlugins ?? []), [rehypeKatex, { throwOnError: true, strict: 'ignore' }], rehypeFocusableScrollers, [rehypeMathHtml, { formulas }]];
        return options;
      },
    }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A plugin's `<file>:<line>: …` is the whole story; esbuild's wrapping around it is noise.
    const own = message.match(/\S*\.mdx:\d+: [^\n]*/)?.[0]?.replace(/"$/, '');
    throw new Error(own ?? (message.includes(meta.file) ? message : `${meta.file}: ${message}`));
  }
  const unknown = [...names].filter((name) => /^[A-Z]/.test(name) && !isKitName(name) && !isWidget(name));
  if (unknown.length > 0) {
    throw new Error(`${meta.file}: unknown component(s) ${unknown.join(', ')}; add a story-kit element to mdx/registry.tsx, a widget to widgets/registry.ts`);
  }
  return { meta, code, toc, widgets: [...names].filter(isWidget).sort(), terms, slides, scenes, formulas };
}
