// Compiles one chapter in both languages with the book's own compiler and prints what is wrong.
// Usage: node --import tsx scripts/check-chapter.ts <slug>
import { compileChapter } from '../lib/content/compile';
import { vocabularies } from '../components/widgets/widgets';
import { locales } from '../lib/i18n';

async function main(slug: string | undefined) {
  if (!slug) {
    console.error('usage: node --import tsx scripts/check-chapter.ts <slug>');
    process.exit(2);
  }
  let failed = false;
  for (const lang of locales) {
    try {
      const { meta, toc, widgets } = await compileChapter(slug, lang, vocabularies);
      console.log(`${meta.file}: ok — sections ${toc.map((e) => e.id).join(', ')}; widgets ${widgets.join(', ') || 'none'}`);
    } catch (error) {
      failed = true;
      console.error(error instanceof Error ? error.message : error);
    }
  }
  process.exit(failed ? 1 : 0);
}

void main(process.argv[2]);
