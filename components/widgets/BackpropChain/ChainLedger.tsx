import { formatNumber } from '@/lib/format';
import type { Chain, ChainParams } from './chain';
import { reached } from './stages';
import numbers from '../numberTable.module.css';
import styles from '../stops/stops.module.css';
import own from './BackpropChain.module.css';

/** The four parameters with the slope each has been given so far ("—" until its stop). */
export function ChainLedger({ stage, params, chain, caption }: { stage: number; params: ChainParams; chain: Chain; caption: string }) {
  const rows = [
    { name: 'w₂', key: 'w2', value: params.w2, grad: chain.dW2, shown: reached(stage, 'out') },
    { name: 'b₂', key: 'b2', value: params.b2, grad: chain.dB2, shown: reached(stage, 'out') },
    { name: 'w₁', key: 'w1', value: params.w1, grad: chain.dW1, shown: reached(stage, 'hidden') },
    { name: 'b₁', key: 'b1', value: params.b1, grad: chain.dB1, shown: reached(stage, 'hidden') },
  ];
  return (
    <table className={`${numbers.table} ${styles.ledger} ${own.ledger}`}>
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row"><span className={styles.symbol}>{row.name}</span> = {formatNumber(row.value, 2)}</th>
            <td data-testid={`bc-grad-${row.key}`} data-sign={row.shown ? Math.sign(row.grad) : undefined}>
              ∂L/∂{row.name} = {row.shown ? formatNumber(row.grad, 3) : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
