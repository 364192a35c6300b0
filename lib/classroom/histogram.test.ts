import { describe, expect, it } from 'vitest';
import { histogram, questionsAnswered } from './histogram';
import type { AnswerRecord } from './protocol.mjs';

const answer = (question: string, value: string | number, at = 0, student = `s${at}`): AnswerRecord => ({ student, nickname: '', question, value, at });

describe('histogram', () => {
  it('counts each option of a choice, in option order', () => {
    const all = [answer('check:q', 'b', 1), answer('check:q', 'a', 2), answer('check:q', 'b', 3), answer('check:other', 'c', 4)];
    expect(histogram(all, 'check:q')).toEqual([
      { label: 'a', count: 1 },
      { label: 'b', count: 2 },
    ]);
  });

  it('with the question’s options: every option a bar with its own words, in the question’s order, chosen or not', () => {
    const all = [answer('predict:p', 'c', 1), answer('predict:p', 'c', 2), answer('predict:p', 'a', 3)];
    const options: [string, string][] = [['a', '边界慢慢弯'], ['b', '一步到位'], ['c', '一直是直线']];
    expect(histogram(all, 'predict:p', 'zh', options)).toEqual([
      { label: 'a', text: '边界慢慢弯', count: 1 },
      { label: 'b', text: '一步到位', count: 0 },
      { label: 'c', text: '一直是直线', count: 2 },
    ]);
  });

  it('gives few distinct numbers a bar each, and bins many into round ranges that hold every answer', () => {
    expect(histogram([answer('check:n', 6, 1), answer('check:n', 6, 2), answer('check:n', 30000, 3)], 'check:n')).toEqual([
      { label: '6', count: 2 },
      { label: '30,000', count: 1 },
    ]);
    const spread = [0.4, 1, 1.5, 2.5, 3, 4.2, 6, 6, 7.5, 8.1, 9.9, 11, 12, 19.2].map((value, i) => answer('check:n', value, i));
    const bins = histogram(spread, 'check:n');
    expect(bins.map((bin) => bin.label)).toEqual(['0–2', '2–4', '4–6', '6–8', '8–10', '10–12', 'over 12']);
    expect(bins.map((bin) => bin.count)).toEqual([3, 2, 1, 3, 2, 2, 1]);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(spread.length);
  });

  it('gives whole-number answers a bar each, the far-off ones an under/over bar', () => {
    const typed = [3, 3, 3, 2, 4, 3, 3, 1, 5, 6, 30, 3, 2.5, 1e9].map((value, i) => answer('check:layers', value, i));
    expect(histogram(typed, 'check:layers').map((bin) => `${bin.label}:${bin.count}`)).toEqual(['under 2:1', '2:1', '2.5:1', '3:6', '4:1', '5:1', '6:1', '30:1', 'over 30:1']);
  });

  it('keeps one wild answer from squashing the rest into one bar, and words the ranges in the teacher’s language', () => {
    const typed = [4, 5, 5, 6, 6, 6, 7, 7, 8, 9, 12, 1e9].map((value, i) => answer('check:epochs', value, i));
    const bins = histogram(typed, 'check:epochs', 'zh');
    expect(bins[0]).toEqual({ label: '低于 5', count: 1 });
    expect(bins.at(-1)).toEqual({ label: '高于 12', count: 1 });
    // the answers between 5 and 12 spread over several bars, not one
    expect(bins.filter((bin) => bin.count > 0).length).toBeGreaterThanOrEqual(4);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(typed.length);
  });

  it('lists questions in the order they were first answered', () => {
    expect(questionsAnswered([answer('check:b', 'a', 5), answer('check:a', 'a', 1), answer('check:b', 'b', 3)])).toEqual(['check:a', 'check:b']);
  });
});
