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

  it('gives few distinct numbers a bar each, and bins many into round ranges that hold every answer', () => {
    expect(histogram([answer('check:n', 6, 1), answer('check:n', 6, 2), answer('check:n', 4, 3)], 'check:n')).toEqual([
      { label: '4', count: 1 },
      { label: '6', count: 2 },
    ]);
    const spread = [0.4, 1, 2.5, 3, 6, 6, 7.5, 9.9, 12, 19.2].map((value, i) => answer('check:n', value, i));
    const bins = histogram(spread, 'check:n');
    expect(bins.map((bin) => bin.label)).toEqual(['0–5', '5–10', '10–15', '15–20']);
    expect(bins.map((bin) => bin.count)).toEqual([4, 4, 1, 1]);
  });

  it('lists questions in the order they were first answered', () => {
    expect(questionsAnswered([answer('check:b', 'a', 5), answer('check:a', 'a', 1), answer('check:b', 'b', 3)])).toEqual(['check:a', 'check:b']);
  });
});
