import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';

/**
 * Turns each typeset formula into one `<MathHtml html="…">` element holding KaTeX's markup as
 * a string. Left as elements, a formula is dozens of nested spans, and every one of them is
 * sent twice (in the HTML and in the payload React hydrates) and walked while hydrating: the
 * heaviest chapter carried about 900 such spans per formula-rich page. As a string it is sent
 * once more as text and hydrated as one node. The markup is the build's own KaTeX output, never
 * anything a reader typed.
 * Runs after rehype-katex. Each formula's markup is also pushed onto `formulas`, if given: the
 * KaTeX fonts are cut down to the characters the book's formulas draw.
 */
export function rehypeMathHtml({ formulas }: { formulas?: string[] } = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const classes = node.properties.className;
      if (!parent || index === undefined || !Array.isArray(classes)) return;
      const display = classes.includes('katex-display');
      if (!display && !classes.includes('katex')) return;
      const html = toHtml(node.children);
      formulas?.push(html);
      const math: MdxJsxFlowElementHast | MdxJsxTextElementHast = {
        type: display ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
        name: 'MathHtml',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'html', value: html },
          ...(display ? [{ type: 'mdxJsxAttribute' as const, name: 'display', value: null }] : []),
        ],
        children: [],
      };
      parent.children[index] = math;
      return SKIP;
    });
  };
}
