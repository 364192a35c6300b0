// Public surface of the trainer protocol.
export { TrainerCore } from './core';
export { driveTrainer, type TrainerDriver } from './loop';
export type { TrainerConfig, TrainerPlan, TrainerSetup, TrainerRequest, TrainerResponse, TrainerSnapshot, GridRequest } from './protocol';
