import { Fragment } from 'react';
import { formatNumber } from '@/lib/format';
import type { Breakdown, NeuronSetting } from './breakdown';
import styles from './NeuronCalculator.module.css';

/** A negative number in brackets, so "+ (−0.40)" never reads as a minus sign typo. */
const wrap = (v: number) => (formatNumber(v).startsWith('−') ? `(${formatNumber(v)})` : formatNumber(v));
const sign = (v: number) => (v > 0 ? 'pos' : v < 0 ? 'neg' : 'zero');

/**
 * The formula three times over: in symbols, with the reader's numbers, and with each
 * product worked out; the last line is the engine's weighted sum.
 */
export function Formula({ setting, parts }: { setting: NeuronSetting; parts: Breakdown }) {
  const { inputs, weights, bias } = setting;
  return (
    <div className={styles.formula}>
      <p>
        <span className={styles.symbol}>z</span> ={' '}
        {inputs.map((_, i) => (
          <Fragment key={i}>
            <span className={styles.symbol}>
              w<sub>{i + 1}</sub>a<sub>{i + 1}</sub>
            </span>{' '}
            +{' '}
          </Fragment>
        ))}
        <span className={styles.symbol}>b</span>
      </p>
      <p>
        ={' '}
        {inputs.map((a, i) => (
          <Fragment key={i}>
            <span className={styles.piece}>
              {wrap(weights[i]!)} × {wrap(a)}
            </span>{' '}
            +{' '}
          </Fragment>
        ))}
        <span className={styles.piece}>{wrap(bias)}</span>
      </p>
      <p>
        ={' '}
        {parts.terms.map((t, i) => (
          <Fragment key={i}>
            <span className={styles.piece} data-sign={sign(t)} data-testid={`calc-term-${i + 1}`}>
              {wrap(t)}
            </span>{' '}
            +{' '}
          </Fragment>
        ))}
        <span className={styles.piece} data-sign={sign(bias)} data-testid="calc-bias">
          {wrap(bias)}
        </span>
      </p>
      <p data-testid="calc-z">
        = <output className={styles.total} data-sign={sign(parts.z)}>{formatNumber(parts.z)}</output>
      </p>
    </div>
  );
}
