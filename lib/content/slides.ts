import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { SLIDE_LINES, blockLines, isStandalone, nodeText } from '../present/budget';

/** One slide of a chapter's presentation, as the deck controller needs to know it. */
export interface SlideMeta {
  /** Stable within a language: the section id, then `-2`, `-3` for its continuation slides. */
  id: string;
  /** The `##` section the slide belongs to (its speaker notes are the section's). */
  section: string;
  /** The section's title, repeated small on continuation slides. */
  title: string;
  /** How many `<Reveal>` steps the slide uncovers one by one. */
  steps: number;
}

/** Nodes MDX needs at the top level of the module (imports, exports, frontmatter). */
const TOP_LEVEL = new Set(['mdxjsEsm', 'yaml', 'toml', 'definition']);

const element = (name: string, attributes: Record<string, string>, children: RootContent[]): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
  children: children as MdxJsxFlowElement['children'],
});

const isElement = (node: RootContent, name: string) => node.type === 'mdxJsxFlowElement' && node.name === name;

/**
 * Wraps the chapter in slides, so the same compiled MDX is the reading page (where a
 * `<Slide>` is a plain `<section>`) and the deck. A slide starts at each `##` heading and
 * at each `<SlideBreak />`; a section longer than a projector screen continues on a new
 * slide at a block boundary; a widget or a question gets a slide of its own. Speaker
 * notes stay with the slide they close. Each widget is wrapped in `<WidgetSlot id>`
 * (`<chapter>/<n>`, n its order in the chapter) so its state can be shared and set.
 */
/** `isWidget` tells the embeddable widgets' names (the compiler's caller knows them). */
export function remarkSlides(options: { slides: SlideMeta[]; chapter: string; isWidget: (name: string) => boolean }) {
  return () => (tree: Root) => {
    const top = tree.children.filter((node) => TOP_LEVEL.has(node.type));
    const body = tree.children.filter((node) => !TOP_LEVEL.has(node.type));
    const slides = sections(body).flatMap(({ id, title, blocks }) => cut(blocks, options.isWidget).map((chunk, i) => ({ id, title, chunk, part: i + 1 })));
    tree.children = [
      ...top,
      ...slides.map(({ id, title, chunk, part }, i) => {
        const steps = numberReveals(chunk.shown);
        options.slides.push({ id: part === 1 ? id : `${id}-${part}`, section: id, title, steps });
        const attributes = { index: String(i + 1), section: id, title, part: String(part), steps: String(steps) };
        return element('Slide', attributes, [element('SlideBody', {}, chunk.shown), ...chunk.notes]);
      }),
    ];
    wrapWidgets(tree, options.chapter, options.isWidget);
  };
}

/** The chapter split at its `##` headings; text before the first one is an untitled intro. */
function sections(body: RootContent[]) {
  const list: { id: string; title: string; blocks: RootContent[] }[] = [];
  for (const node of body) {
    if (node.type === 'heading' && node.depth === 2) {
      const id = String(node.data?.hProperties?.id ?? `section-${list.length + 1}`);
      list.push({ id, title: nodeText(node).trim(), blocks: [node] });
    } else {
      if (list.length === 0) list.push({ id: 'intro', title: '', blocks: [] });
      list[list.length - 1]!.blocks.push(node);
    }
  }
  return list;
}

interface Chunk {
  shown: RootContent[];
  notes: RootContent[];
  lines: number;
}

/** Cuts one section into slide-sized chunks (see remarkSlides). */
function cut(blocks: RootContent[], isWidgetName: (name: string) => boolean): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = { shown: [], notes: [], lines: 0 };
  const hasText = (chunk: Chunk) => chunk.shown.some((node) => node.type !== 'heading');
  const flush = () => {
    if (current.shown.length > 0) chunks.push(current);
    else if (current.notes.length > 0 && chunks.length > 0) chunks[chunks.length - 1]!.notes.push(...current.notes);
    current = { shown: [], notes: [], lines: 0 };
  };
  for (const node of blocks) {
    if (isElement(node, 'SlideBreak')) flush();
    else if (isElement(node, 'Notes')) current.notes.push(node);
    else if (isStandalone(node, isWidgetName) || isElement(node, 'Scene')) {
      if (hasText(current)) flush();
      current.shown.push(node);
      flush();
    } else {
      const lines = blockLines(node);
      if (hasText(current) && current.lines + lines > SLIDE_LINES) flush();
      current.shown.push(node);
      current.lines += lines;
    }
  }
  flush();
  return chunks;
}

/**
 * Gives each `<Reveal>` of a slide its step (1, 2, …) in reading order; returns the count. A
 * scene's slide opens on its first step, and each press moves the widget to the next one.
 */
function numberReveals(nodes: RootContent[]): number {
  let steps = 0;
  for (const node of nodes) {
    visit(node, 'mdxJsxFlowElement', (child: MdxJsxFlowElement) => {
      if (child.name === 'SceneSteps') steps += child.children.filter((step) => isElement(step as RootContent, 'Step')).length - 1;
      if (child.name !== 'Reveal') return;
      steps += 1;
      child.attributes.push({ type: 'mdxJsxAttribute', name: 'step', value: String(steps) });
    });
  }
  return steps;
}

/**
 * Puts every widget inside `<WidgetSlot id="<chapter>/<n>">`, n counting from 1 in reading
 * order, and tells a scene which instance its widget is.
 */
function wrapWidgets(tree: Root, chapter: string, isWidgetName: (name: string) => boolean) {
  let count = 0;
  const stages = new Map<MdxJsxFlowElement, string>();
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, index, parent) => {
    if (!node.name || !isWidgetName(node.name) || !parent || index === undefined) return;
    count += 1;
    const id = `${chapter}/${count}`;
    parent.children[index] = element('WidgetSlot', { id }, [node]);
    if (isElement(parent as RootContent, 'SceneStage')) stages.set(parent as MdxJsxFlowElement, id);
    return [SKIP, index + 1];
  });
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    const stage = node.name === 'Scene' ? node.children.find((child) => stages.has(child as MdxJsxFlowElement)) : undefined;
    if (stage) node.attributes.push({ type: 'mdxJsxAttribute', name: 'instance', value: stages.get(stage as MdxJsxFlowElement)! });
  });
}
