import { dogs, type DogOptions } from './dogs';
import type { Dataset } from './split';
import { circle, gauss, moons, multigauss, plane, points, spiral, xor, type PointsOptions, type ToyOptions } from './toy';

export { circle, xor, gauss, spiral, moons, plane, multigauss, points, SCALE, type PointsOptions, type ToyOptions } from './toy';
export { dogs, dogsInSteps, planDogs, renderDog, type DogOptions, type DogPicture, type DogPlan, type OwnPicture, type PlannedPictures } from './dogs';
export { BREEDS, type Breed } from './breeds';
export { splitOrder, splitSet, type Dataset, type LabelledSet } from './split';

/** Names of the 2-D sets with two classes. */
export type ToyKind = 'circle' | 'xor' | 'gauss' | 'spiral' | 'moons';
/** Names of the 2-D regression sets (labels are numbers in [−1, 1]). */
export type RegressionKind = 'plane' | 'multigauss';

/** True for the sets whose labels are numbers to predict, not classes. */
export const isRegression = (kind: string): kind is RegressionKind => kind === 'plane' || kind === 'multigauss';

/** True for a spec whose labels are numbers to predict: the regression sets and own points with values. */
export const isRegressionSpec = (spec: DatasetSpec): boolean => isRegression(spec.kind) || (spec.kind === 'points' && spec.values === true);

/** A serialisable description of a dataset (for URLs and worker messages). */
export type DatasetSpec =
  | ({ kind: ToyKind | RegressionKind } & ToyOptions)
  | ({ kind: 'dogs' } & DogOptions)
  /** the reader's own points (two classes, or values to predict) */
  | ({ kind: 'points' } & PointsOptions);

const toys = { circle, xor, gauss, spiral, moons, plane, multigauss } as const;

/** Builds the dataset a spec describes. */
export function createDataset(spec: DatasetSpec): Dataset {
  if (spec.kind === 'dogs') return dogs(spec);
  if (spec.kind === 'points') return points(spec);
  const make = toys[spec.kind];
  if (!make) throw new Error(`unknown dataset "${String((spec as { kind: unknown }).kind)}"`);
  return make(spec);
}

/** Number of classes of a dataset spec (2 for the 2-D sets, 4 breeds for dogs, 1 number for regression). */
export function classCount(spec: DatasetSpec): number {
  return spec.kind === 'dogs' ? 4 : isRegressionSpec(spec) ? 1 : 2;
}
