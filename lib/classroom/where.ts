import { z } from 'zod';

/**
 * Where a slide is in the chapter, in words both languages share. A section that is long in one
 * language fills more slides there (zh hello-neuron has 23 slides, en 26), so a slide number
 * means different slides to a teacher in Chinese and a student in English. The section id is
 * the same in both, and so is a question or widget on the slide: the student's deck finds its
 * own slide from these.
 */
export const whereSchema = z.object({
  section: z.string().regex(/^[\w-]{1,80}$/),
  part: z.number().int().min(1).max(99),
  parts: z.number().int().min(1).max(99),
  /** A question or widget on the slide: the surest way to the same slide. */
  anchor: z.object({ kind: z.enum(['check', 'predict', 'widget']), id: z.string().regex(/^[\w-]{1,60}$/) }).optional(),
});
export type Where = z.infer<typeof whereSchema>;

const ANCHORS = ['check', 'predict', 'widget'] as const;
const slidesOf = (root: ParentNode, section: string) => [...root.querySelectorAll<HTMLElement>('[data-slide]')].filter((slide) => slide.dataset.section === section);

/** Where slide `index` of this deck is, or null if it is not in the page. */
export function whereOf(index: number, root: ParentNode = document): Where | null {
  const slide = root.querySelector<HTMLElement>(`[data-slide="${index}"]`);
  const section = slide?.dataset.section;
  if (!slide || !section) return null;
  const same = slidesOf(root, section);
  const where: Where = { section, part: same.indexOf(slide) + 1, parts: same.length };
  for (const kind of ANCHORS) {
    const id = slide.querySelector(`[data-${kind}]`)?.getAttribute(`data-${kind}`);
    if (id && /^[\w-]{1,60}$/.test(id)) return { ...where, anchor: { kind, id } };
  }
  return where;
}

/** This deck's slide for a place in the chapter: the anchor's slide, else the same share of the section. */
export function indexOf(where: Where, root: ParentNode = document): number | null {
  if (where.anchor) {
    const slide = root.querySelector(`[data-${where.anchor.kind}="${where.anchor.id}"]`)?.closest<HTMLElement>('[data-slide]');
    if (slide) return Number(slide.dataset.slide);
  }
  const same = slidesOf(root, where.section);
  const slide = same[Math.min(same.length - 1, Math.floor(((where.part - 1) * same.length) / where.parts))];
  return slide ? Number(slide.dataset.slide) : null;
}

/** A teacher's deck message with its place attached (for slide messages). */
export function withWhere<T extends { kind: string }>(message: T): T | (T & { where: Where }) {
  if ((message.kind !== 'deck' && message.kind !== 'sync') || !('index' in message) || typeof message.index !== 'number') return message;
  const where = whereOf(message.index);
  return where ? { ...message, where } : message;
}

/** A teacher's message as this deck numbers its slides. */
export function localIndex(data: unknown): unknown {
  if (!data || typeof data !== 'object' || !('where' in data)) return data;
  const where = whereSchema.safeParse(data.where);
  const index = where.success ? indexOf(where.data) : null;
  return index === null ? data : { ...data, index };
}
