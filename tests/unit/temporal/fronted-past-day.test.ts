/**
 * A day that opens its sentence ("On [3 April] ...") and whose subject's verb is in the past is a
 * day gone by, though the calendar, a few weeks before it, would put it just ahead. Made-up
 * sentences; each row is a sentence with the expression in [brackets], the publication date, and
 * the expected value. A story's year claims such a day first, as it did before (helper h223; an
 * earlier try, helper h221, put the day of histories in the year before the publication too).
 */
import { describe, expect, it } from 'vitest';
import { tagged } from './bracketed.ts';

type Row = [sentence: string, published: string | null, value: string];

describe('tagTimexes() keeps a fronted day told in the past behind the publication', () => {
  it.each<Row>([
    ['On [3 April] they died.', '2026-03-20', '2025-04-03'],
    ['On [3 May] 20 soldiers died.', '2026-03-20', '2025-05-03'],
    ['On [May 5] 2 men were arrested.', '2026-03-20', '2025-05-05'],
    ['On [April 2], the rebels seized the town.', '2026-03-20', '2025-04-02'],
    ['On [Jan. 4] the storm hit the coast.', '2025-12-20', '2025-01-04'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});

describe('tagTimexes() leaves a fronted day ahead when its verb is not a past of its own, or a story claims it', () => {
  it.each<Row>([
    ['On [3 April] they will vote.', '2026-03-20', '2026-04-03'],
    ['On [April 3], officials announced a vote.', '2026-03-20', '2026-04-03'],
    ['On [April 3] officials were expected to vote.', '2026-03-20', '2026-04-03'],
    ['On [April 3] the court is due to rule.', '2026-03-20', '2026-04-03'],
    ['On [March 3] they died.', '2026-03-20', '2026-03-03'],
    [
      'On 1 April 1944 the army crossed the river. On [3 April] they died.',
      '2026-03-20',
      '1944-04-03',
    ],
    ['In 1944 the army crossed the river. On [3 April] they died.', '2026-03-20', '1944-04-03'],
    [
      'In the spring of 1862 the army advanced up the peninsula. On [31 May] the enemy attacked.',
      '2024-04-02',
      '1862-05-31',
    ],
    [
      'In the spring of 1862 the army advanced up the peninsula. On [31 May] the enemy attacked.',
      null,
      '1862-05-31',
    ],
    ['On [3 April] they died.', null, 'XXXX-04-03'],
  ])('"%s" published %s: %s', (sentence, published, value) => {
    expect(tagged(sentence, published).value).toBe(value);
  });
});
