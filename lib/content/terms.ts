import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-to-hast';
import { findTerm } from '../glossary/terms';

/** Where a chapter first uses a glossary term. */
export interface TermUse {
  id: string;
  /** The section (h2 id) it appears in. */
  section: string | null;
}

/**
 * Records the glossary terms a chapter marks, with the section of their first use,
 * and refuses a term the glossary does not define.
 */
export function remarkTerms(options: { uses: TermUse[]; file: string }) {
  return () => (tree: Root) => {
    let section: string | null = null;
    visit(tree, (node) => {
      if (node.type === 'heading' && node.depth === 2) {
        const id = node.data?.hProperties?.id;
        section = typeof id === 'string' ? id : section;
      }
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      if (node.name !== 'Term') return;
      const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      const id = typeof attribute?.value === 'string' ? attribute.value : '';
      if (!findTerm(id)) {
        throw new Error(`${options.file}: <Term id="${id}"> is not in the glossary (lib/glossary/terms.ts)`);
      }
      if (!options.uses.some((use) => use.id === id)) options.uses.push({ id, section });
    });
  };
}
