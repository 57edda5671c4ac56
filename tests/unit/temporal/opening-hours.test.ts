/**
 * Opening hours make their weekdays recur: "Hours are 10 a.m. to 5 p.m., Saturday and Sunday" is
 * every Saturday and Sunday (TIMEX3 SETs), and its clock times are on no one day. Made-up
 * sentences; each row has the expression in [brackets], the publication date, type and value.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

type Row = [sentence: string, published: string, type: string, value: string];

describe('tagTimexes() reads the weekdays of opening hours as recurring', () => {
  it.each<Row>([
    ['Hours are 10 a.m. to 5 p.m., Saturday and [Sunday].', '2026-03-20', 'SET', 'XXXX-WXX-7'],
    // (the closing time is no more Saturday's than Sunday's: a time of its own and a SET)
    [
      'Hours are 10 a.m. to [5 p.m.], Saturday and Sunday.',
      '2026-03-20',
      'TIME',
      'XXXX-XX-XXT17:00',
    ],
    ['Hours are 10 a.m. to 5 p.m., [Saturday] and Sunday.', '2026-03-20', 'SET', 'XXXX-WXX-6'],
    ['Hours are noon to 6 p.m. [Saturday].', '2026-03-20', 'SET', 'XXXX-WXX-6'],
    [
      'Hours are [10 a.m.] to 5 p.m., Saturday and Sunday.',
      '2026-03-20',
      'TIME',
      'XXXX-XX-XXT10:00',
    ],
    ['Hours: 10 a.m.-5 p.m. Saturday; noon-5 p.m. [Sunday].', '2026-03-20', 'SET', 'XXXX-WXX-7'],
    [
      'Visiting hours are noon to 8 p.m., Monday through [Friday].',
      '2026-03-20',
      'SET',
      'XXXX-WXX-5',
    ],
    // (past the sentence's end, a weekday is one day again)
    [
      'Hours are 10 a.m. to 5 p.m. The museum reopened on [Saturday].',
      '2026-03-20',
      'DATE',
      '2026-03-14',
    ],
    ['He worked long hours on [Saturday].', '2026-03-20', 'DATE', '2026-03-14'],
    // (only a timetable, clock times or weekdays right after "hours are", makes them recur)
    ['Opening hours will be extended on [Saturday].', '2026-03-18', 'DATE', '2026-03-21'],
    ['Visiting hours are suspended until [Monday].', '2026-03-18', 'DATE', '2026-03-23'],
    [
      'Hours remain unchanged, but the store will close early on [Sunday].',
      '2026-03-18',
      'DATE',
      '2026-03-22',
    ],
    [
      'Working hours are long: he worked 14 hours on [Saturday].',
      '2026-03-18',
      'DATE',
      '2026-03-14',
    ],
  ])('"%s" published %s: %s %s', (sentence, published, type, value) => {
    const start = sentence.indexOf('[');
    const text = sentence.replace('[', '').replace(']', '');
    const found = tagTimexes(text, { published }).find((t) => t.start === start);
    expect(found?.text).toBe(sentence.slice(start + 1, sentence.indexOf(']')));
    expect([found?.type, found?.value]).toEqual([type, value]);
  });
});
