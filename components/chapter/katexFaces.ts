/**
 * KaTeX's font faces, each with the classes that call for it (as in katex.css). A chapter
 * laid out in slices would otherwise discover a face it needs halfway through, and every
 * face that arrives late has the browser restyle every formula already on the page.
 */
const FACES: readonly (readonly [selector: string, font: string])[] = [
  ['.katex', '1em KaTeX_Main'],
  ['.mathnormal', 'italic 1em KaTeX_Math'],
  ['.mathit, .textit', 'italic 1em KaTeX_Main'],
  ['.mathbf, .textbf', 'bold 1em KaTeX_Main'],
  ['.boldsymbol', 'italic bold 1em KaTeX_Math'],
  ['.amsrm, .mathbb, .textbb', '1em KaTeX_AMS'],
  ['.mathcal', '1em KaTeX_Caligraphic'],
  ['.mathfrak, .textfrak', '1em KaTeX_Fraktur'],
  ['.mathscr, .textscr', '1em KaTeX_Script'],
  ['.mathsf, .textsf', '1em KaTeX_SansSerif'],
  ['.mathtt, .texttt', '1em KaTeX_Typewriter'],
  ['.delimsizing.size1, .delim-size1, .small-op', '1em KaTeX_Size1'],
  ['.delimsizing.size2, .large-op', '1em KaTeX_Size2'],
  ['.delimsizing.size3', '1em KaTeX_Size3'],
  ['.delimsizing.size4, .delim-size4', '1em KaTeX_Size4'],
];

/** The KaTeX fonts (CSS `font` shorthands) that the formulas inside `root` use. */
export function katexFacesIn(root: ParentNode): string[] {
  return FACES.filter(([selector]) => root.querySelector(selector)).map(([, font]) => font);
}
