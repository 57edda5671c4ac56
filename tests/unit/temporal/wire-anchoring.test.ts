/**
 * Tense and anchoring in wire copy (made-up sentences, helper h212's probe set, issue #3). Each
 * row is a sentence with the expression in [brackets], the publication date, and the expected
 * value.
 */
import { describe, expect, it } from 'vitest';
import { valueAt } from './bracketed.ts';

type Row = [sentence: string, published: string, value: string | undefined];

describe('wire copy anchoring', () => {
  it.each<Row>([
    // a figure in "per cent" (two words) keeps a forecast's period to a month nearest, as "%" does
    [
      'The bank predicted inflation of 3.1 per cent over the year to [September].',
      '2026-08-20',
      '2026-09',
    ],
    ['The bank predicted inflation of 3.1% over the year to [September].', '2026-08-20', '2026-09'],
    ['Inflation was 3.1 per cent over the year to [September].', '2026-08-20', '2025-09'],
    // a verb of arranging after "will" governs the day after "for": the coming one
    ['Officials will reschedule the vote for [March 9].', '2026-03-20', '2027-03-09'],
    ['Officials will set a new date for [March 9].', '2026-03-20', '2027-03-09'],
    ['Officials rescheduled the vote for [March 9].', '2026-03-20', '2026-03-09'],
    ['The court will hold a memorial for [March 9] victims.', '2026-03-20', '2026-03-09'],
    // a day set, told of as gone in the next sentence, is the day gone, however far next year's
    // is ahead of it
    [
      'The council scheduled a referendum for [February 12]. Voters rejected the plan.',
      '2026-04-22',
      '2026-02-12',
    ],
    [
      'The board set a vote for [February 3]. After the vote, shareholders sued.',
      '2026-04-22',
      '2026-02-03',
    ],
    [
      'The council scheduled a referendum for [February 12]. Turnout is expected to be low.',
      '2026-04-22',
      '2027-02-12',
    ],
    ['The council scheduled a referendum for [May 12].', '2026-04-22', '2026-05-12'],
    // a weekday after its clock time is still a weekday after a past order: the nearest
    [
      'Police ordered residents to leave, beginning at [noon Saturday].',
      '2026-03-23',
      '2026-03-21T12:00',
    ],
    ['Police ordered residents to leave, beginning [Saturday].', '2026-03-23', '2026-03-21'],
    [
      'Police will order residents to leave, beginning at [noon Saturday].',
      '2026-03-23',
      '2026-03-28T12:00',
    ],
    // a trading session of the day its sentence told before it is that day's
    ['Shares fell 3% on Tuesday in [morning] trading.', '2026-03-20', '2026-03-17TMO'],
    ['Shares fell 3% in [afternoon] trading.', '2026-03-20', '2026-03-20TAF'],
    ['Shares fell 3% in [morning] trading on Tuesday.', '2026-03-20', undefined],
    // a contest's outcome after "after" came on the day gone, though a timetable's present
    // ("steps down") looks ahead
    ['Smith steps down after a loss to the Jets on [Sunday].', '2026-03-20', '2026-03-15'],
    ['Smith steps down after a 3-1 win over the Jets on [Sunday].', '2026-03-20', '2026-03-15'],
    ['Smith steps down after the game on [Sunday].', '2026-03-20', '2026-03-22'],
    ['The team could clinch the title after a win on [Sunday].', '2026-03-20', '2026-03-22'],
    // "asked to" coordinated with a passive after "be" is a passive too, no past decision
    [
      'Ministers are to be briefed and asked to sign the deal on [Friday].',
      '2026-03-23',
      '2026-03-27',
    ],
    ['Ministers were briefed and asked to sign the deal on [Friday].', '2026-03-23', '2026-03-20'],
    // (h218, made up) a "set" or "call" that arranges nothing leaves a day it names: the day gone
    ['The city will set up a fund for [March 9] victims.', '2026-03-20', '2026-03-09'],
    ['The city will set aside money for [March 9] victims.', '2026-03-20', '2026-03-09'],
    ['The president will call for [March 9] elections to be annulled.', '2026-03-20', '2026-03-09'],
    ['Officials will reset the clocks for [March 9] changes.', '2026-03-20', '2026-03-09'],
    ['Leaders will call a meeting for [March 9].', '2026-03-20', '2027-03-09'],
    // (h218) "opposed to" is no occasion told as gone
    [
      'The council scheduled a referendum for [February 12]. Voters opposed to the plan launched a campaign.',
      '2026-04-22',
      '2027-02-12',
    ],
    // (h218) a cup's draw, an expected outcome, a month's: no outcome gone
    ['Tickets go on sale after the draw on [Monday].', '2026-03-18', '2026-03-23'],
    [
      'The Jets play the Giants on Sunday. Smith is expected to step down after a loss on [Sunday].',
      '2026-03-18',
      '2026-03-22',
    ],
    ['Fans expect a parade after a win in [April].', '2026-03-20', '2026-04'],
    ['The Jets hope to bounce back after a loss on [Sunday].', '2026-03-18', '2026-03-15'],
    // (h218) a day of another clause dates no session
    [
      'Shares of Lorem, which hit a record on March 3, fell 2% in [morning] trading.',
      '2026-03-20',
      undefined,
    ],
    ['Yesterday, shares fell 3 per cent in [morning] trading.', '2026-03-20', '2026-03-19TMO'],
    [
      'Shares fell 2% on Tuesday and recovered Wednesday in [morning] trading.',
      '2026-03-20',
      '2026-03-18TMO',
    ],
  ])('%s (published %s) is %s', (sentence, published, value) => {
    expect(valueAt(sentence, published)).toBe(value);
  });
});
