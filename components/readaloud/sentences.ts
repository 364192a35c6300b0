/** One sentence to speak: its text, where it sits in the page, and who says it. */
export interface Sentence {
  text: string;
  range: Range;
  speaker: 'narrator' | 'neuron' | 'dabai';
  block: HTMLElement;
}

/** Blocks worth reading: prose, list items, dialogue and announcements; not widgets, notes or math. */
const BLOCKS = 'article.prose > p, article.prose > section > p, article.prose [data-step] > p, article.prose li, article.prose [data-speaker] p, article.prose aside:not([data-notes]) p';
const SKIP = '.katex, [data-notes], [data-widget], [data-check], [data-predict], pre, [role="tooltip"]';

/**
 * Cuts the chapter into sentences, each a DOM Range over its text, so it can be
 * highlighted without touching the page's markup (the CSS Custom Highlight API).
 */
export function collectSentences(root: ParentNode): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of root.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (block.closest(SKIP)) continue;
    const who = block.closest<HTMLElement>('[data-speaker]')?.dataset.speaker;
    const speaker = who === 'dabai' ? 'dabai' : who === 'neuron' ? 'neuron' : 'narrator';
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const full = nodes.map((n) => n.data).join('');
    for (const match of full.matchAll(/[^。！？!?.]+[。！？!?.]*["”’」]?/g)) {
      const text = match[0].trim();
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      const start = match.index + match[0].indexOf(text.charAt(0));
      const range = rangeAt(nodes, start, start + text.length);
      if (range) sentences.push({ text, range, speaker, block });
    }
  }
  return sentences;
}

/** A Range covering characters [from, to) of the text nodes laid end to end. */
function rangeAt(nodes: Text[], from: number, to: number): Range | null {
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (const node of nodes) {
    const end = offset + node.data.length;
    if (!started && from < end) {
      range.setStart(node, from - offset);
      started = true;
    }
    if (started && to <= end) {
      range.setEnd(node, to - offset);
      return range;
    }
    offset = end;
  }
  return null;
}
