// The network engine: pure TypeScript, no React, no DOM; runs in Node, browsers and workers.
export { createRng, gaussian, uniform, shuffle, type Rng } from './rng';
export {
  ACTIVATIONS, ACTIVATION_NAMES, DEFAULT_ALPHA, activate, activationDerivative, softmax, isActivationName,
  type Activation, type ActivationName, type ScalarActivationName,
} from './activations';
export { LOSS_NAMES, PROB_EPS, ELEMENT_LOSSES, lossTerms, lossValue, type LossName } from './losses';
export {
  sgd, momentum, adam, createOptimizer,
  type Optimizer, type OptimizerKind, type OptimizerOptions, type OptimizerSpec,
} from './optimizers';
export { decay, rateAt, type Announcement, type ScheduleSpec } from './schedules';
export { validateNetworkJSON, type NetworkJSON, type LayerJSON, type GradientsJSON } from './json';
export { Network, weightedSum, type StepResult, type TrainOptions, type CreateOptions } from './network';
export type { ForwardTrace, BackwardTrace, Saturation } from './inspect';
export { toFlat, toRows } from './arrays';
export { predictGrid, type GridSpec } from './grid';
export { FEATURE_NAMES, FEATURES, PLAIN, featureRow, expandRows, predictFeatureGrid, checkFeatures, type FeatureName } from './features';
export { accuracy, argmax, oneHot } from './metrics';
