import type { WidgetName } from '../../components/mdx/names';
import type { SceneVocabulary } from './define';
import { scene as NeuronSignal } from '../../components/widgets/NeuronSignal/scene';
import { scene as NeuronCalculator } from '../../components/widgets/NeuronCalculator/scene';
import { scene as PictureToNumbers } from '../../components/widgets/PictureToNumbers/scene';
import { scene as LayerSignals } from '../../components/widgets/LayerSignals/scene';
import { scene as ActivationExplorer } from '../../components/widgets/ActivationExplorer/scene';
import { scene as BendTheLine } from '../../components/widgets/BendTheLine/scene';
import { scene as TrainingFloor } from '../../components/widgets/TrainingFloor/scene';
import { scene as LossExplorer } from '../../components/widgets/LossExplorer/scene';
import { scene as BackpropSteps } from '../../components/widgets/BackpropSteps/scene';
import { scene as BackpropChain } from '../../components/widgets/BackpropChain/scene';
import { scene as RollingDownhill } from '../../components/widgets/RollingDownhill/scene';
import { scene as LearningRateRace } from '../../components/widgets/LearningRateRace/scene';
import { scene as BreedSchool } from '../../components/widgets/BreedSchool/scene';

/** Every widget's scene vocabulary, checked against chapters when they compile. */
export const vocabularies: Record<WidgetName, SceneVocabulary> = {
  NeuronSignal,
  NeuronCalculator,
  PictureToNumbers,
  LayerSignals,
  ActivationExplorer,
  BendTheLine,
  TrainingFloor,
  LossExplorer,
  BackpropSteps,
  BackpropChain,
  RollingDownhill,
  LearningRateRace,
  BreedSchool,
};
