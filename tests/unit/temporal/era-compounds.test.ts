/**
 * A day, month or season written right before a year of the era before the common one joins it:
 * "15 March 44 BC" was two expressions, "15 March" in the publication's year and "44 BC"; "January
 * 49 BC" lost its month. TIMEX3 writes such a year "BC" before its four digits (BC0044), as the
 * tagger already did for the year alone. Passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string, published: string | null = '2024-11-20') =>
  tagTimexes(text, { published }).map((t) => [t.text, t.value]);

describe('a day, month or season before a year BC', () => {
  it('joins it', () => {
    expect(tags('The dictator was murdered on 15 March 44 BC in the portico.')).toEqual([
      ['15 March 44 BC', 'BC0044-03-15'],
    ]);
    expect(
      tags('In January 49 BC he crossed the river; on January 10, 49 B.C. he camped.'),
    ).toEqual([
      ['January 49 BC', 'BC0049-01'],
      ['January 10, 49 B.C.', 'BC0049-01-10'],
    ]);
    expect(tags('The 15th of March, 44 BC, was the day of the murder.', null)).toEqual([
      ['15th of March, 44 BC', 'BC0044-03-15'],
    ]);
    expect(tags('The siege ended in the summer of 332 BC.')).toEqual([
      ['summer of 332 BC', 'BC0332-SU'],
    ]);
    expect(tags('A revolt broke out in the winter of 54–53 BC.', null)).toEqual([
      ['winter of 54–53 BC', 'BC0054-WI'],
    ]);
  });

  it('not across a stop, nor a state, nor a year of the common era', () => {
    expect(tags('On 15 March the senate met; 44 BC brought a crisis.')).toEqual([
      ['15 March', '2024-03-15'],
      ['44 BC', 'BC0044'],
    ]);
    expect(
      tags('Officials met in Vancouver, BC, March 3 to discuss the plan.', '2026-03-10'),
    ).toEqual([['March 3', '2026-03-03']]);
    expect(tags('Between 44 BC and AD 14 the republic became an empire.')).toEqual([
      ['44 BC', 'BC0044'],
      ['AD 14', '0014'],
    ]);
  });
});

describe('a story told in years BC', () => {
  // (a year BC counts down: the year after 332 BC is 331 BC; was XXXX, or the publication's)
  it('goes on from its year, counting down', () => {
    expect(
      tags('In 332 BC the city was sacked. The following year it was rebuilt by settlers.', null),
    ).toEqual([
      ['332 BC', 'BC0332'],
      ['The following year', 'BC0331'],
    ]);
    expect(
      tags(
        'In 49 BC he crossed the river. The following January he was made consul, and in AD 14 Augustus died. The next year the revolt broke out.',
        null,
      ),
    ).toEqual([
      ['49 BC', 'BC0049'],
      ['The following January', 'BC0048-01'],
      ['AD 14', '0014'],
      ['The next year', '0015'],
    ]);
  });

  it('not in news that names a year BC', () => {
    expect(tags('The temple, built in 300 BC, reopened on 3 March after repairs.')).toEqual([
      ['300 BC', 'BC0300'],
      ['3 March', '2024-03-03'],
    ]);
    expect(
      tags(
        'The city was founded in 753 BC. Last year it drew 10 million tourists, and in June a new museum opened.',
      ),
    ).toEqual([
      ['753 BC', 'BC0753'],
      ['Last year', '2023'],
      ['June', '2023-06'],
    ]);
  });
});
