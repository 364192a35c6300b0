import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/**
 * Display equations and tables scroll sideways when they are wider than their column (a
 * phone, a scene's step beside its widget); a keyboard user must be able to focus one to
 * scroll it, so each gets a place in the tab order.
 */
export function rehypeFocusableScrollers() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties?.className;
      if (node.tagName === 'table' || (Array.isArray(classes) && classes.includes('katex-display'))) node.properties.tabIndex = 0;
    });
  };
}
