import type { RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-math';

/**
 * How much of a projector slide a block of a chapter fills, in lines of slide body text.
 * An estimate made at compile time from the words alone, so that every window (projector,
 * presenter, handout) cuts the chapter into the same slides whatever its screen size;
 * the slide then scales what is left over to fit (the present kit's SlideBody).
 */

/** Lines of body text a slide holds (16 fit; the rest is room for estimates that fall short). */
export const SLIDE_LINES = 14.5;
/** Width of one line of slide body text, in Latin-character widths (a CJK character is two). */
const LINE_UNITS = 96;

/** Elements that make a slide of their own: live widgets and questions need the whole screen. */
const STANDALONE = new Set(['Check', 'Predict']);

/** Width of `text` in Latin-character widths: CJK and full-width characters count as two. */
export function textUnits(text: string): number {
  let units = 0;
  for (const char of text) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return units;
}

/** The visible text of a node (math counted by its source, which is about as wide). */
export function nodeText(node: RootContent): string {
  if (node.type === 'inlineMath') return 'x'.repeat(Math.ceil(node.value.length * 0.6));
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(nodeText).join('');
  return '';
}

const lines = (node: RootContent, width: number) => Math.max(1, Math.ceil(textUnits(nodeText(node)) / width));

/** True if the block must stand alone on its slide (a widget, a question). */
export function isStandalone(node: RootContent, isWidget: (name: string) => boolean): boolean {
  return node.type === 'mdxJsxFlowElement' && !!node.name && (STANDALONE.has(node.name) || isWidget(node.name));
}

/** Estimated height of one block in slide lines (0 for what the slide does not show). */
export function blockLines(node: RootContent): number {
  switch (node.type) {
    case 'heading':
      return node.depth <= 2 ? 2.4 : 1.9;
    case 'paragraph':
      return lines(node, LINE_UNITS) + 0.45;
    case 'blockquote':
      return lines(node, LINE_UNITS - 8) + 1.2;
    case 'list':
      return node.children.reduce((sum, item) => sum + lines(item, LINE_UNITS - 6) + 0.2, 0.6);
    case 'math':
      return 1.2 + 1.4 * (node.value.split('\\\\').length);
    case 'table':
      // Cells are narrow: a row wraps about twice as soon as a paragraph does.
      return node.children.reduce((sum, row) => sum + lines(row, LINE_UNITS / 2) + 0.6, 1.2);
    case 'code':
      return node.value.split('\n').length + 1.2;
    case 'thematicBreak':
      return 1;
    case 'mdxJsxFlowElement':
      return elementLines(node);
    default:
      return 'children' in node ? lines(node, LINE_UNITS) : 0;
  }
}

function elementLines(node: Extract<RootContent, { type: 'mdxJsxFlowElement' }>): number {
  const inner = () => node.children.reduce((sum, child) => sum + blockLines(child), 0);
  switch (node.name) {
    case 'Notes':
    case 'SlideBreak':
      return 0;
    case 'Line':
      return Math.max(2.8, lines(node, 74) + 1.8);
    case 'Announcement':
      return lines(node, 80) + 3;
    case 'Figure':
      return inner() + 2;
    case 'Reveal':
      return inner();
    default:
      return inner() + 1;
  }
}
