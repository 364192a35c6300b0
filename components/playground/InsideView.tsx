import type { Locale } from '@/lib/i18n';
import type { NetworkJSON } from '@/lib/nn';
import { DiagramView } from './DiagramView';
import { NeuronMaps } from './NeuronMaps';
import { WeightEditor } from './WeightEditor';
import { WeightImages } from './WeightImages';
import type { PlaygroundWords } from './words';
import styles from './Playground.module.css';

/** The network drawn, what its neurons see, and one weight to read or change. */
export function InsideView({ w, lang, network, pictures, onEdit }: {
  w: PlaygroundWords;
  lang: Locale;
  network: NetworkJSON | null;
  pictures: boolean;
  onEdit: (edited: NetworkJSON) => void;
}) {
  if (!network) return <p className={styles.hint}>…</p>;
  return (
    <div className={styles.stack}>
      <DiagramView w={w} network={network} pictures={pictures} />
      {pictures ? <p className={styles.hint}>{w.diagramPictures}</p> : null}
      {pictures ? <WeightImages w={w} network={network} /> : <NeuronMaps w={w} network={network} />}
      <WeightEditor w={w} lang={lang} network={network} pictures={pictures} onEdit={onEdit} />
    </div>
  );
}
