import 'server-only';
import type { Locale } from '@/lib/i18n';
import { compileChapter as compile } from '@/lib/content/compile';
import { vocabularies } from '@/components/widgets/widgets';

/** Compiles a chapter of the book (content/) knowing the registered widgets' scenes. */
export const compileChapter = (slug: string, lang: Locale) => compile(slug, lang, vocabularies);
