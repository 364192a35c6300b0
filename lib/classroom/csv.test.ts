import { describe, expect, it } from 'vitest';
import { answersCsv } from './csv';

describe('answersCsv', () => {
  it('writes one row per answer, students numbered, and never lets a nickname become a formula', () => {
    const csv = answersCsv([
      { student: 'bbbbbbbb', nickname: '=HYPERLINK("x")', question: 'check:q', value: 'b', at: Date.UTC(2026, 0, 1, 9, 0, 2) },
      { student: 'aaaaaaaa', nickname: 'Mei, row 2', question: 'check:n', value: 6.5, at: Date.UTC(2026, 0, 1, 9, 0, 1) },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'student,nickname,question,answer,time',
      '1,"Mei, row 2",check:n,6.5,2026-01-01T09:00:01.000Z',
      `2,"'=HYPERLINK(""x"")",check:q,b,2026-01-01T09:00:02.000Z`,
      '',
    ]);
  });
});
