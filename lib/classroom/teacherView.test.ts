import { describe, expect, it } from 'vitest';
import { createTeacherView } from './teacherView';

describe('createTeacherView', () => {
  it('rebuilds the teacher’s slide, values and latest other messages, for a student snapping back', () => {
    const view = createTeacherView();
    expect(view.known()).toBe(false);
    view.apply({ kind: 'sync', index: 2, step: 1, black: false, state: { 'a:x': 1 } });
    view.apply({ kind: 'state', key: 'a:x', value: 3 });
    view.apply({ kind: 'deck', index: 4, step: 0, black: false });
    view.apply({ kind: 'pointer', x: 0.5, y: 0.5, visible: true });
    expect(view.at({ index: 4, step: 0, black: false })).toBe(true);
    expect(view.at({ index: 2, step: 1, black: false })).toBe(false);
    expect(view.all()).toEqual([
      { kind: 'deck', index: 4, step: 0, black: false },
      { kind: 'state', key: 'a:x', value: 3 },
    ]);
  });

  it('turns a sync into a move and values, since a deck takes only its first sync', () => {
    const view = createTeacherView();
    expect(view.replay({ kind: 'sync', index: 1, step: 0, black: true, state: { 'b:y': 'z' } })).toEqual([
      { kind: 'deck', index: 1, step: 0, black: true },
      { kind: 'state', key: 'b:y', value: 'z' },
    ]);
  });
});
