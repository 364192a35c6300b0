import type { Locale } from '@/lib/i18n';
import type { LaneId, ScheduleKind } from './config';

/** Everything LearningRateRace says, in both languages. */
export const words: Record<Locale, {
  title: string;
  lane: Record<LaneId, string>;
  rateOf: (lane: string) => string;
  chart: string;
  lossAxis: string;
  stepAxis: string;
  start: string;
  again: string;
  pause: string;
  reset: string;
  step: (n: number, of: number) => string;
  now: (lr: string) => string;
  loss: (loss: string) => string;
  blownUp: string;
  diverged: (step: number) => string;
  divergedMark: string;
  converged: (loss: string) => string;
  slow: (loss: string) => string;
  swinging: string;
  decay: string;
  scheduleKind: string;
  schedules: Record<ScheduleKind, string>;
  announce: string;
  announced: (from: string, to: string) => string;
  challenge: (threshold: string) => string;
  best: (lr: string) => string;
  noBest: string;
  notCounted: string;
  running: string;
}> = {
  zh: {
    title: '三条跑道：学习速率赛跑',
    lane: { small: '小', good: '中', large: '大' },
    rateOf: (lane) => `${lane}跑道 η`,
    chart: '三条损失曲线：同一个网络，三种学习速率，一步一步同时训练',
    lossAxis: '损失',
    stepAxis: '步',
    start: '开跑',
    again: '再跑一次',
    pause: '暂停',
    reset: '重置',
    step: (n, of) => `第 ${n} / ${of} 步`,
    now: (lr) => `η = ${lr}`,
    loss: (l) => `损失 ${l}`,
    blownUp: '损失大得没法显示',
    diverged: (s) => `第 ${s} 步发散了`,
    divergedMark: '发散',
    converged: (l) => `收敛了，损失 ${l}`,
    slow: (l) => `没收敛：损失还有 ${l}，太慢`,
    swinging: '没收敛：来回摆，停不下来',
    decay: '给大跑道加学习速率衰减',
    scheduleKind: '衰减方式',
    schedules: { exponential: '指数衰减（每轮 ×0.9）', step: '阶梯衰减（每 5 轮减半）' },
    announce: '程序员调学习速率了！',
    announced: (from, to) => `η ${from}→${to}`,
    challenge: (t) => `挑战：只动大跑道，找出还能收敛的最大学习速率（最后 100 步损失一直低于 ${t}）。`,
    best: (lr) => `你找到的最大收敛学习速率：${lr}`,
    noBest: '还没有记录：跑完一场、大跑道收敛，就记下来。',
    notCounted: '（开了衰减或广播的比赛不计入挑战。）',
    running: '三条跑道正在同时训练。按暂停可以听到各项数字。',
  },
  en: {
    title: 'Three lanes: a learning-rate race',
    lane: { small: 'Small', good: 'Medium', large: 'Large' },
    rateOf: (lane) => `${lane} lane η`,
    chart: 'Three loss curves: one network, three learning rates, trained step for step',
    lossAxis: 'loss',
    stepAxis: 'step',
    start: 'Start',
    again: 'Race again',
    pause: 'Pause',
    reset: 'Reset',
    step: (n, of) => `Step ${n} / ${of}`,
    now: (lr) => `η = ${lr}`,
    loss: (l) => `loss ${l}`,
    blownUp: 'loss too large to show',
    diverged: (s) => `diverged at step ${s}`,
    divergedMark: 'diverged',
    converged: (l) => `converged, loss ${l}`,
    slow: (l) => `did not converge: loss still ${l}, too slow`,
    swinging: 'did not converge: swinging, never settles',
    decay: 'Decay the large lane’s rate',
    scheduleKind: 'Kind of decay',
    schedules: { exponential: 'exponential (×0.9 each epoch)', step: 'step (halved every 5 epochs)' },
    announce: 'The programmers changed the learning rate!',
    announced: (from, to) => `η ${from}→${to}`,
    challenge: (t) => `Challenge: touch only the large lane and find the largest rate that still converges (loss below ${t} for the last 100 steps).`,
    best: (lr) => `Your largest converging rate so far: ${lr}`,
    noBest: 'No record yet: finish a race with the large lane converging.',
    notCounted: '(Races with decay or an announcement don’t count for the challenge.)',
    running: 'The three lanes are training together. Pause to hear the numbers.',
  },
};
