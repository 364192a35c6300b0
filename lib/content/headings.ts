import { visit } from 'unist-util-visit';
import type { Heading, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';

/** One entry of a chapter's contents list. */
export interface TocEntry {
  id: string;
  depth: 2 | 3;
  text: string;
}

const ID_SUFFIX = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/**
 * MDX reads `{...}` as a JavaScript expression, so the `## Title {#id}` form that
 * chapters use for language-independent section ids is escaped before compiling.
 */
export function escapeHeadingIds(source: string): string {
  return source.replace(/^(#{2,3} .*?)\{#([a-z0-9][a-z0-9-]*)\}[ \t]*$/gm, '$1\\{#$2\\}');
}

/**
 * Gives each h2/h3 the id written after it (`{#id}`) and records the contents list.
 * Section ids are the same in every language, so a language switch keeps the place.
 */
export function remarkHeadingIds(options: { toc: TocEntry[]; file: string }) {
  return () => (tree: Root) => {
    visit(tree, 'heading', (node: Heading) => {
      if (node.depth !== 2 && node.depth !== 3) return;
      const last = node.children[node.children.length - 1];
      const match = last?.type === 'text' ? ID_SUFFIX.exec(last.value) : null;
      const text = headingText(node);
      if (!match || last?.type !== 'text') {
        throw new Error(`${options.file}: heading "${text}" needs an id, written as "## ${text} {#some-id}"`);
      }
      const id = match[1]!;
      last.value = last.value.replace(ID_SUFFIX, '');
      if (options.toc.some((entry) => entry.id === id)) {
        throw new Error(`${options.file}: section id "${id}" is used twice`);
      }
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      options.toc.push({ id, depth: node.depth, text: headingText(node) });
    });
  };
}

function headingText(node: Heading): string {
  let text = '';
  visit(node, (child) => {
    if (child.type === 'text' || child.type === 'inlineCode' || child.type === 'inlineMath') {
      text += (child as { value: string }).value;
    }
  });
  return text.replace(ID_SUFFIX, '').trim();
}
