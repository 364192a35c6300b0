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
import { isMdxName, isWidgetName } from '../../components/mdx/names';

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

const cache = new Map<string, Promise<CompiledChapter>>();

/** Compiles `content/<slug>/<lang>.mdx` once per process (math typeset by KaTeX here). */
export function compileChapter(slug: string, lang: Locale, dir = contentDir): Promise<CompiledChapter> {
  const key = `${dir}|${slug}|${lang}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compile(slug, lang, dir);
    cache.set(key, compiled);
    compiled.catch(() => cache.delete(key));
  }
  return compiled;
}

async function compile(slug: string, lang: Locale, dir: string): Promise<CompiledChapter> {
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
          remarkScenes({ file: meta.file, plans: scenes }),
          remarkSlides({ slides, chapter: slug }),
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
  const unknown = [...names].filter((name) => /^[A-Z]/.test(name) && !isMdxName(name));
  if (unknown.length > 0) {
    throw new Error(`${meta.file}: unknown component(s) ${unknown.join(', ')}; register them in components/mdx`);
  }
  return { meta, code, toc, widgets: [...names].filter(isWidgetName).sort(), terms, slides, scenes, formulas };
}
