import { weightedSum } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { NEURON } from './neuron';
import { PixelImage } from './PixelImage';
import { SIDE } from './recipe';
import { words } from './words';
import styles from './PictureToNumbers.module.css';

/** The colour scale's end: the largest weight, so the strongest pixel gets the full colour. */
const MAX_ABS = Math.max(...NEURON.weights.map(Math.abs));

const Sub = ({ n }: { n: number | string }) => <sub>{n}</sub>;

/** The book's one colour meaning: orange for a positive number, blue for a negative one. */
const sign = (v: number) => (v > 0 ? 'pos' : v < 0 ? 'neg' : 'zero');

/**
 * The shown neuron: its weights as a picture (what it looks for), its weighted sum for
 * the current pixels, and what the pointed-at pixel contributes to that sum.
 */
export function NeuronPanel({ pixels, z, focus, lang }: { pixels: readonly number[]; z: number; focus: number; lang: Locale }) {
  const w = words[lang];
  const a = pixels[focus] ?? 0;
  const weight = NEURON.weights[focus] ?? 0;
  const term = weightedSum([a], [weight], 0);
  const i = focus + 1;
  return (
    <div className={styles.neuron}>
      <div className={styles.neuronPicture}>
        <PixelImage values={NEURON.weights} side={SIDE} mode="signed" maxAbs={MAX_ABS} cursor={focus} size={168} label={w.weightsLabel} />
        <div className={styles.legend} aria-hidden="true">
          <span>−{formatNumber(MAX_ABS)}</span>
          <span className={styles.legendBar} />
          <span>+{formatNumber(MAX_ABS)}</span>
        </div>
      </div>
      <div className={styles.neuronText}>
        <h5 className={styles.neuronTitle}>{w.neuronTitle}</h5>
        <p className={styles.small}>{w.caption}</p>
        <p className={styles.formula} data-testid="pixel-term">
          {w.thisPixel}: w<Sub n={i} /> × a<Sub n={i} /> = {formatNumber(weight, 3)} × {formatNumber(a)} ={' '}
          <span className={styles.value} data-sign={sign(term)}>
            {formatNumber(term, 3)}
          </span>
        </p>
        <p className={styles.formula} data-testid="neuron-sum">
          {w.sumIs}: <i>z</i> = w<Sub n={1} />a<Sub n={1} /> + … + w<Sub n={256} />a<Sub n={256} /> + b ={' '}
          <output className={styles.bigValue} data-sign={sign(z)}>
            {formatNumber(z)}
          </output>
          <span className={`${styles.small} ${styles.nowrap}`}> (b = {formatNumber(NEURON.bias, 3)})</span>
        </p>
      </div>
    </div>
  );
}
