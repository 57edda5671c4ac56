/**
 * A month modifying a noun inside a future clause's subject, after the subject's head and a
 * preposition, is the nearest one on either side of the publication: the future verb tells of the
 * subject, not of the month. Where the month's noun heads the subject or follows the verb, or
 * the clause is past, the tense still places it. Made-up passages.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

type Row = [sentence: string, published: string, month: string, value: string];

const valueOf = (text: string, published: string, month: string) =>
  tagTimexes(text, { published }).find((t) => t.text === month)?.value;

describe("tagTimexes() places a month in a future clause's subject on the nearer side", () => {
  it.each<Row>([
    // (were 2027-03 and 2027-05: the coming ones, as the future verb had it)
    [
      'Results from the March election will be certified next week.',
      '2026-07-15',
      'March',
      '2026-03',
    ],
    ['The findings of the May inquiry will be published soon.', '2026-07-15', 'May', '2026-05'],
    // (was 2027-03: what follows from the rally heads the subject)
    ['Arrests at the March rally will be reviewed by a judge.', '2026-05-10', 'March', '2026-03'],
    // (were 2027-05 and 2027-02: what follows from the event leans to the past, as an untensed
    // month does; a near one ahead still wins)
    ["Lessons from the May floods will shape next year's budget.", '2026-11-20', 'May', '2026-05'],
    ['Repairs after the February storm will take months.', '2026-08-10', 'February', '2026-02'],
    [
      'Results from the March election will be certified in April.',
      '2026-02-20',
      'March',
      '2026-03',
    ],
    // (was 2025-08: an untensed month leans to the past, but a future clause tips a near one ahead)
    ['Work after its August recess will focus on taxes.', '2026-03-20', 'August', '2026-08'],
    // (was 2025-10, the nearest: what comes after a break the calendar sets is still to come)
    [
      'Debate after the October break will center on the budget.',
      '2026-03-10',
      'October',
      '2026-10',
    ],
    // (were 2026-12 and 2027-08: a pause of the month just gone is over now, not a year on)
    [
      'Traffic after the December holidays will return to normal next week.',
      '2026-01-05',
      'December',
      '2025-12',
    ],
    [
      'Business after the August recess will be dominated by the budget.',
      '2026-09-03',
      'August',
      '2026-08',
    ],
  ])('"%s" published %s: %s is %s', (sentence, published, month, value) => {
    expect(valueOf(sentence, published, month)).toBe(value);
  });
});

describe('tagTimexes() leaves a month to the tense elsewhere', () => {
  it.each<Row>([
    ['Smith will run in the March primary.', '2026-07-15', 'March', '2027-03'],
    ['The party will stage its June rally in Ohio.', '2026-07-15', 'June', '2027-06'],
    ['The vote will be held in March.', '2026-07-15', 'March', '2027-03'],
    // (what readies or attends the event, or a preposition that tells the side itself: were
    // 2025-12, 2025-11 and 2026-03, the nearest)
    [
      'Details of the December summit will be announced next week.',
      '2026-01-10',
      'December',
      '2026-12',
    ],
    [
      'Turnout at the November election will be closely watched.',
      '2026-01-20',
      'November',
      '2026-11',
    ],
    ['Recounts since the March primary will be audited.', '2026-02-10', 'March', '2025-03'],
    // (a "will" after the occasion, a past act at it: were 2025-12 and 2026-06, the nearest)
    ['Security at the December summit will be tight.', '2026-01-10', 'December', '2026-12'],
    ['The board approved the plan at its June meeting.', '2026-03-10', 'June', '2025-06'],
    [
      'The Fed signalled it would raise rates at its June meeting.',
      '2026-03-10',
      'June',
      '2026-06',
    ],
    // (were 2025-06 and 2027-06: a state told in the present is no past act at the meeting, and
    // an occasion that owns the subject of a "will" is no future one)
    ['A hike is fully priced in at the June meeting.', '2026-03-10', 'June', '2026-06'],
    ["The June meeting's decision will shape policy for years.", '2026-07-05', 'June', '2026-06'],
    ['In March, the council will vote on the plan.', '2026-07-15', 'March', '2027-03'],
    ['The March election was won by Smith.', '2026-02-10', 'March', '2025-03'],
    ['Results from the March election were certified.', '2026-02-10', 'March', '2025-03'],
    [
      'Results from the March 2025 election will be certified.',
      '2026-07-15',
      'March 2025',
      '2025-03',
    ],
  ])('"%s" published %s: %s is %s', (sentence, published, month, value) => {
    expect(valueOf(sentence, published, month)).toBe(value);
  });
});
