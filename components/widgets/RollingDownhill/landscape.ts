/**
 * The two made-up loss landscapes the reader walks on (pure, no imports, so tests and
 * the widget share them). The steps themselves are taken by lib/nn's optimisers.
 */

/** A valley over one weight with a shallow hollow on the right and the true bottom on the left. */
export const curve = {
  /** loss at weight w */
  loss: (w: number) => 0.1 * w ** 4 - 0.6 * w ** 2 + 0.25 * w + 1.6,
  /** its slope dL/dw */
  slope: (w: number) => 0.4 * w ** 3 - 1.2 * w + 0.25,
  /** the weights drawn; a step that lands outside has left the chart */
  domain: [-3, 3] as [number, number],
  lossDomain: [0, 5.2] as [number, number],
};

/** Coefficients of the bowl L = A·w₁² + B·w₂²: forty times steeper across than along. */
const A = 0.025;
const B = 1;

/** A long, narrow bowl over two weights, its floor at (0, 0). */
export const bowl = {
  /** loss at (w₁, w₂) */
  loss: (w1: number, w2: number) => A * w1 * w1 + B * w2 * w2,
  /** its gradient (∂L/∂w₁, ∂L/∂w₂) */
  gradient: (w1: number, w2: number): [number, number] => [2 * A * w1, 2 * B * w2],
  /** half-axes of the contour line at loss level L (an ellipse, since the bowl is quadratic) */
  contour: (level: number) => ({ rx: Math.sqrt(level / A), ry: Math.sqrt(level / B) }),
  w1Domain: [-5, 5] as [number, number],
  w2Domain: [-2.5, 2.5] as [number, number],
  /** contour levels drawn, outermost first */
  levels: [6, 4, 2.5, 1.5, 0.9, 0.5, 0.25, 0.1, 0.03],
};
