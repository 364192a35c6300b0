import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/**
 * Tables scroll sideways when they are wider than their column (a phone, a scene's step beside
 * its widget); a keyboard user must be able to focus one to scroll it, so each gets a place in
 * the tab order. Display formulas get theirs in the story kit's MathHtml.
 */
export function rehypeFocusableScrollers() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'table') node.properties.tabIndex = 0;
    });
  };
}
