import { Button } from '@/components/controls/Button';
import { PRESET_IDS, type PresetId } from './presets';
import styles from './NeuronCalculator.module.css';

/**
 * One button per story setting; the one the sliders currently equal is shown pressed,
 * and its one-line story sits below (a fixed-height line, so nothing jumps).
 */
export function Presets({
  label,
  names,
  active,
  caption,
  onPick,
}: {
  label: string;
  names: Record<PresetId, string>;
  active: PresetId | null;
  caption: string;
  onPick: (id: PresetId) => void;
}) {
  return (
    <div className={styles.presets} role="group" aria-label={label}>
      <p className={styles.presetLabel}>{label}</p>
      <div className={styles.presetButtons}>
        {PRESET_IDS.map((id) => (
          <Button key={id} aria-pressed={active === id} className={styles.presetButton} onClick={() => onPick(id)}>
            {names[id]}
          </Button>
        ))}
      </div>
      <p className={styles.caption} data-testid="calc-story">
        {caption}
      </p>
    </div>
  );
}
