/**
 * A question's words as the teacher's deck shows them (in the teacher's language): its prompt
 * and each option's text, keyed as students' answers name them (a check's letter, a
 * prediction's option id). Read from the deck's own slides, so the histogram's bars say what
 * each option was, not only 'b'.
 */
export interface QuestionText {
  prompt: string;
  /** Option key → its text, in the question's order. Empty for a number to type. */
  options: [key: string, text: string][];
}

/**
 * An element's words on one line. A formula (KaTeX) is drawn twice in the page, as MathML and as
 * glyphs, so its text would read "a2​a_2a2": it is read once, as the TeX it was written in.
 */
function textOf(element: Element | undefined): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const formula of copy.querySelectorAll('.katex')) formula.replaceWith(formula.querySelector('annotation')?.textContent ?? formula.textContent ?? '');
  return (copy.textContent ?? '').replace(/[\s\u200b]+/g, ' ').trim();
}

/** The words of `question` ('check:<id>' or 'predict:<id>'), or null if no slide here holds it. */
export function questionText(question: string, root: ParentNode = document): QuestionText | null {
  const [kind, id] = question.split(':');
  if ((kind !== 'check' && kind !== 'predict') || !id || !/^[a-z0-9-]{1,60}$/.test(id)) return null;
  const section = root.querySelector<HTMLElement>(`[data-${kind}="${id}"]`);
  if (!section) return null;
  // The question's first paragraph after its kicker ("Check yourself", "Predict first").
  const prompt = textOf([...section.querySelectorAll(':scope > p')].find((p, i) => i > 0 || !p.matches(':first-child')));
  const buttons = [...section.querySelectorAll<HTMLElement>('button[aria-pressed]')];
  // A check's answers are letters by place (components/check/Choice.tsx); a prediction's carry their id.
  const options = buttons.map((button, i): [string, string] => [kind === 'predict' ? (button.dataset.option ?? '') : String.fromCharCode(97 + i), textOf(button)]);
  return { prompt, options: options.filter(([key]) => key) };
}
