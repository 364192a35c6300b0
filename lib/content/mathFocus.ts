import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/**
 * Display equations scroll sideways on narrow screens; a keyboard user must be able to
 * focus one to scroll it, so each gets a place in the tab order.
 */
export function rehypeFocusableDisplayMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties?.className;
      if (Array.isArray(classes) && classes.includes('katex-display')) node.properties.tabIndex = 0;
    });
  };
}
