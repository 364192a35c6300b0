import { activate, activationDerivative } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import { COLOURS, FUNCTIONS, type FunctionName } from './functions';
import styles from './ActivationExplorer.module.css';

/**
 * f(z) and, when asked for, f′(z) for each function, straight from the engine. The slope
 * column is hidden rather than removed, so the table keeps its size when it appears.
 */
export function ValueTable({
  z,
  alpha,
  derivatives,
  names,
  headers,
  chosen,
}: {
  z: number;
  alpha: number;
  derivatives: boolean;
  names: Record<FunctionName, string>;
  headers: { fn: string; value: string; slope: string };
  chosen: FunctionName;
}) {
  const hidden = derivatives ? undefined : styles.hiddenCell;
  return (
    <table className={styles.values}>
      <thead>
        <tr>
          <th scope="col">{headers.fn}</th>
          <th scope="col">{headers.value}</th>
          <th scope="col" className={hidden} aria-hidden={!derivatives}>
            {headers.slope}
          </th>
        </tr>
      </thead>
      <tbody>
        {FUNCTIONS.map((name) => (
          <tr key={name} data-chosen={name === chosen ? '' : undefined}>
            <th scope="row">
              <span className={styles.swatch} style={{ background: COLOURS[name] }} aria-hidden="true" />
              {names[name]}
            </th>
            <td data-testid={`f-${name}`}>{formatNumber(activate(name, z, alpha), 3)}</td>
            <td data-testid={`df-${name}`} className={hidden} aria-hidden={!derivatives}>
              {formatNumber(activationDerivative(name, z, alpha), 3)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
