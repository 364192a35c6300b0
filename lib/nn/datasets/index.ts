import { dogs, type DogOptions } from './dogs';
import type { Dataset } from './split';
import { circle, gauss, moons, spiral, xor, type ToyOptions } from './toy';

export { circle, xor, gauss, spiral, moons, SCALE, type ToyOptions } from './toy';
export { dogs, dogsInSteps, renderDog, type DogOptions, type DogPicture } from './dogs';
export { BREEDS, type Breed } from './breeds';
export { splitSet, type Dataset, type LabelledSet } from './split';

/** Names of the 2-D sets. */
export type ToyKind = 'circle' | 'xor' | 'gauss' | 'spiral' | 'moons';

/** A serialisable description of a dataset (for URLs and worker messages). */
export type DatasetSpec = ({ kind: ToyKind } & ToyOptions) | ({ kind: 'dogs' } & DogOptions);

const toys = { circle, xor, gauss, spiral, moons } as const;

/** Builds the dataset a spec describes. */
export function createDataset(spec: DatasetSpec): Dataset {
  if (spec.kind === 'dogs') return dogs(spec);
  const make = toys[spec.kind];
  if (!make) throw new Error(`unknown dataset "${String((spec as { kind: unknown }).kind)}"`);
  return make(spec);
}

/** Number of classes of a dataset spec (2 for the 2-D sets, 4 breeds for dogs). */
export function classCount(spec: DatasetSpec): number {
  return spec.kind === 'dogs' ? 4 : 2;
}
