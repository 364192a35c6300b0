import { describe, expect, it } from 'vitest';
import { clip, formatNumber, parseNumberInput } from './format';

describe('parseNumberInput, the one reader of every number field', () => {
  it.each([
    ['０．５', 0.5],
    ['0。5', 0.5],
    ['０。５', 0.5],
    ['－１', -1],
    ['＋３', 3],
    ['１ｅ－３', 0.001],
    ['0，5', 0.5],
    ['0,5', 0.5],
    ['−0.25', -0.25],
    ['\u3000２\u3000', 2],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumberInput(text, -10, 10)).toEqual({ ok: true, value, clamped: false });
  });

  it('still refuses junk, full-width or not, and clamps what is out of range', () => {
    expect(parseNumberInput('０ｘ５', -10, 10)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseNumberInput('0。5。', -10, 10)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(parseNumberInput('　', -10, 10)).toEqual({ ok: false, reason: 'empty' });
    expect(parseNumberInput('９９', -10, 10)).toEqual({ ok: true, value: 10, clamped: true });
  });
});

describe('formatNumber', () => {
  it('prints far-out numbers short, with an exponent', () => {
    expect(formatNumber(9.6e299)).toBe('9.6e+299');
    expect(formatNumber(9.599999999999977e299)).toBe('9.6e+299');
    expect(formatNumber(-1.23456e20, 4)).toBe('−1.2346e+20');
  });

  it('keeps fixed digits below 10^15', () => {
    expect(formatNumber(1234.5678)).toBe('1234.57');
    expect(formatNumber(-0.001)).toBe('0.00');
    expect(formatNumber(-2.5, 1)).toBe('−2.5');
    expect(formatNumber(999999999999999)).toBe('999999999999999.00');
  });
});

describe('clip', () => {
  it('quotes at most 200 characters of a 4.8-million-character value', () => {
    const quoted = clip('x'.repeat(4_800_000));
    expect(quoted).toHaveLength(201);
    expect(quoted.endsWith('…')).toBe(true);
  });

  it('leaves short text alone and never splits a character in two', () => {
    expect(clip('lr')).toBe('lr');
    const quoted = clip('😀'.repeat(300));
    expect(Array.from(quoted)).toHaveLength(201);
    expect(quoted.startsWith('😀'.repeat(200))).toBe(true);
  });
});
