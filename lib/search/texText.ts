// A formula as readable text, for search snippets: `$\eta \times \frac{\partial L}{\partial w}$`
// becomes `η × ∂L/∂w`. Not a typesetter: just enough that a snippet never shows raw TeX.

const SYMBOLS: Record<string, string> = {
  partial: '∂', eta: 'η', times: '×', div: '÷', sigma: 'σ', sum: 'Σ', alpha: 'α', beta: 'β', gamma: 'γ',
  lambda: 'λ', mu: 'μ', epsilon: 'ε', theta: 'θ', Delta: 'Δ', nabla: '∇', approx: '≈', cdot: '·', le: '≤',
  leq: '≤', ge: '≥', geq: '≥', neq: '≠', pm: '±', infty: '∞', to: '→', rightarrow: '→', leftarrow: '←',
  Longleftrightarrow: '⟺', lfloor: '⌊', rfloor: '⌋', dots: '…', ldots: '…', cdots: '⋯', prime: '′', in: '∈',
  sqrt: '√', qquad: ' ', quad: ' ', left: '', right: '', big: '', bigl: '', bigr: '', Big: '', Bigl: '', Bigr: '',
};
/** Symbols written right against what follows: ∂L, Δw, √x. */
const PREFIX = new Set(['partial', 'Delta', 'nabla', 'sqrt']);
const OPERATORS = new Set(['times', 'div', 'approx', 'cdot', 'le', 'leq', 'ge', 'geq', 'neq', 'pm', 'to', 'rightarrow', 'leftarrow', 'Longleftrightarrow', 'in', 'qquad', 'quad']);
const SUPER: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', n: 'ⁿ', i: 'ⁱ', T: 'ᵀ' };
const SUB: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋',
  a: 'ₐ', e: 'ₑ', h: 'ₕ', i: 'ᵢ', j: 'ⱼ', k: 'ₖ', l: 'ₗ', m: 'ₘ', n: 'ₙ', o: 'ₒ', p: 'ₚ', r: 'ᵣ', s: 'ₛ', t: 'ₜ', u: 'ᵤ', v: 'ᵥ', x: 'ₓ',
};

/** `^2` → `²` and `_i` → `ᵢ` where every character has a small form; otherwise `^(…)`, `_…`. */
function script(text: string, table: Record<string, string>, mark: string): string {
  const small = [...text].map((c) => table[c]);
  if (small.every((c) => c !== undefined)) return small.join('');
  return mark === '^' ? `^(${text})` : text;
}

export function texToText(tex: string): string {
  let s = tex.replace(/\\begin\{[^}]*\}|\\end\{[^}]*\}/g, ' ').replace(/\\\\/g, '; ').replace(/&/g, ' ');
  s = s.replace(/\\[,;:! ]/g, ' ').replace(/\\%/g, '%');
  // a control word swallows the spaces after it: an operator keeps one (for reading), a letter
  // keeps one only where the source had one and no bracket or script follows
  s = s.replace(/\\([A-Za-z]+)(\s*)(?=(.?))/g, (whole, name: string, space: string, next: string) => {
    const symbol = SYMBOLS[name];
    if (symbol === undefined) return whole;
    if (PREFIX.has(name) || symbol === '') return symbol;
    if (OPERATORS.has(name)) return `${symbol} `;
    return space && !'(_^{'.includes(next) ? `${symbol} ` : symbol;
  });
  // innermost groups first, so nested fractions come out whole
  for (let before = ''; before !== s; ) {
    before = s;
    s = s
      .replace(/\\(?:text|mathbf|mathrm|operatorname|boldsymbol)\{([^{}]*)\}/g, '$1')
      .replace(/\\hat\{([^{}])\}/g, '$1\u0302')
      .replace(/\\hat\{([^{}]*)\}/g, '$1\u0302')
      .replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, (_, a: string, b: string) => `${group(a)}/${group(b)}`)
      .replace(/\^\{([^{}]*)\}/g, (_, t: string) => script(t, SUPER, '^'))
      .replace(/_\{([^{}]*)\}/g, (_, t: string) => script(t, SUB, '_'));
    // a bare group goes only when nothing above applies, or a fraction would lose its parts
    if (s === before) s = s.replace(/\{([^{}]*)\}/g, '$1');
  }
  s = s.replace(/\^([A-Za-z0-9])/g, (_, c: string) => script(c, SUPER, '^')).replace(/_([A-Za-z0-9])/g, (_, c: string) => script(c, SUB, '_'));
  s = s.replace(/\\([A-Za-z]+)/g, '$1');
  return s.replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** A fraction's part in brackets when it is more than one term. */
function group(part: string): string {
  const t = part.trim();
  return /[\s+\-=]/.test(t) ? `(${t})` : t;
}
