import { formatNumber } from '@/lib/format';
import type { Params, Round } from './round';
import numbers from '../numberTable.module.css';
import styles from '../stops/stops.module.css';
import own from './BackpropSteps.module.css';

type LedgerWords = { caption: string; param: string; value: string; input: string; blame: string; after: string; none: string };

/**
 * The ledger of blame: one row per parameter with its value, its input, its blame ∂L/∂·
 * (number and a bar centred on 0: colour = sign, length = size) and its value after the
 * step. Blame and step stay blank until the round reaches them.
 */
export function Ledger({
  params, inputs, round, showBlame, showStep, words,
}: {
  params: Params;
  inputs: number[];
  round: Round;
  showBlame: boolean;
  showStep: boolean;
  words: LedgerWords;
}) {
  const rows = [
    ...params.weights.map((w, i) => ({ id: `w${i + 1}`, value: w, input: formatNumber(inputs[i]!, 3), blame: round.dWeights[i]!, after: round.next.weights[i]! })),
    { id: 'b', value: params.bias, input: words.none, blame: round.dBias, after: round.next.bias },
  ];
  const biggest = Math.max(1e-9, ...rows.map((r) => Math.abs(r.blame)));
  return (
    <table className={`${numbers.table} ${styles.ledger} ${own.ledger}`}>
      <caption>{words.caption}</caption>
      <thead>
        <tr>
          <th scope="col"><span className="visually-hidden">{words.param}</span></th>
          <th scope="col">{words.value}</th>
          <th scope="col">{words.input}</th>
          <th scope="col">{words.blame}</th>
          <th scope="col">{words.after}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" className={styles.symbol}>{row.id}</th>
            <td>{formatNumber(row.value, 3)}</td>
            <td>{row.input}</td>
            <td data-testid={`bp-grad-${row.id}`} data-sign={showBlame ? Math.sign(row.blame) : undefined}>
              {showBlame ? (
                <>
                  {formatNumber(row.blame, 3)}
                  <span className={own.blameBar} aria-hidden="true">
                    <span style={{ width: `${(50 * Math.abs(row.blame)) / biggest}%`, [row.blame < 0 ? 'right' : 'left']: '50%' }} />
                  </span>
                </>
              ) : '—'}
            </td>
            <td data-testid={`bp-next-${row.id}`}>{showStep ? formatNumber(row.after, 3) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
