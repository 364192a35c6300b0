// Every widget chapters may embed, by the name they write (`<NeuronSignal />`): one line each,
// re-exporting the widget's manifest. See README, "Add a widget".
export { NeuronSignal } from './NeuronSignal/manifest';
export { NeuronCalculator } from './NeuronCalculator/manifest';
export { PictureToNumbers } from './PictureToNumbers/manifest';
export { LayerSignals } from './LayerSignals/manifest';
export { ActivationExplorer } from './ActivationExplorer/manifest';
export { BendTheLine } from './BendTheLine/manifest';
export { TrainingFloor } from './TrainingFloor/manifest';
export { LossExplorer } from './LossExplorer/manifest';
export { BackpropSteps } from './BackpropSteps/manifest';
export { BackpropChain } from './BackpropChain/manifest';
export { RollingDownhill } from './RollingDownhill/manifest';
export { LearningRateRace } from './LearningRateRace/manifest';
export { BreedSchool } from './BreedSchool/manifest';
