import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';

/** Records the name of every JSX element a chapter uses, to check it against the registry. */
export function remarkCollectComponents(names: Set<string>) {
  return () => (tree: Root) => {
    visit(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
        names.add(node.name);
      }
    });
  };
}
