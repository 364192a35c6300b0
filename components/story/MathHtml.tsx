/**
 * A formula as KaTeX typeset it at build time (lib/content/mathHtml.ts). The string is the
 * build's own output, never reader input, so it is set as HTML: one node to send and hydrate
 * instead of dozens of spans. A display formula can be focused, to scroll it on a phone.
 */
export function MathHtml({ html, display = false }: { html: string; display?: boolean }) {
  return display ? (
    <span className="katex-display" tabIndex={0} dangerouslySetInnerHTML={{ __html: html }} />
  ) : (
    <span className="katex" dangerouslySetInnerHTML={{ __html: html }} />
  );
}
