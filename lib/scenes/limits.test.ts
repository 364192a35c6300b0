import { describe, expect, it } from 'vitest';
import { accepts, bool, list, num, object, oneOf, problem, tuple } from './limits';

// The scene limits replaced zod in every manifest: what a story step or the other presentation
// window may set is refused here, at build time and in the page, with the place it went wrong.
describe('scene limits', () => {
  it('numbers: range, whole, multiple of a step; never NaN', () => {
    const step = num(0, 3000, { int: true, step: 4 });
    expect([0, 8, 3000].map(accepts(step))).toEqual([true, true, true]);
    expect(problem(step, 6)?.message).toBe('expected a multiple of 4');
    expect(problem(step, 3004)?.message).toBe('expected a number from 0 to 3000');
    expect(problem(num(0, 1, { int: true }), 0.5)?.message).toBe('expected a whole number');
    expect(accepts(num(0, 1))(Number.NaN)).toBe(false);
    expect(accepts(num(0, 1))('0.5')).toBe(false);
    expect(accepts(num(0.0003, 0.03, { step: 0.0001 }))(0.0007)).toBe(true); // float steps within a millionth
  });

  it('booleans and choices', () => {
    expect([true, false, 1].map(accepts(bool))).toEqual([true, true, false]);
    expect(problem(oneOf('exponential', 'step'), 'linear')?.message).toBe('expected one of "exponential", "step"');
  });

  it('lists: length, at most, increasing, and the item that is wrong', () => {
    const rates = list(num(0, 3), { length: 3 });
    expect(accepts(rates)([0.003, 0.3, 3])).toBe(true);
    expect(problem(rates, [0.003, 0.3])?.message).toBe('expected 3 items');
    expect(problem(rates, [0.003, 9, 3])).toEqual({ path: [1], message: 'expected a number from 0 to 3' });
    const announced = list(num(0, 600), { max: 2, increasing: true });
    expect(problem(announced, [200, 100])?.message).toBe('expected steps in increasing order');
    expect(problem(announced, [1, 2, 3])?.message).toBe('expected at most 2 items');
    expect(problem(tuple(num(0, 1), bool), [0.5, 'yes'])).toEqual({ path: [1], message: 'expected true or false' });
  });

  it('objects: exactly their keys, and the path to a wrong field', () => {
    const lr = object({ from: num(0, 100, { int: true }), value: num(0, 1) });
    expect(accepts(lr)({ from: 2, value: 0.5 })).toBe(true);
    expect(problem(lr, { from: 2, value: 0.5, extra: 1 })?.message).toBe('unexpected key "extra"');
    expect(problem(lr, { from: 2 })).toEqual({ path: ['value'], message: 'expected a number' });
    expect(problem(lr, [2, 0.5])?.message).toBe('expected an object');
  });
});
