/** shorten(): where a long title is cut. */
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/extract/events/title/shorten.ts';

describe('shorten()', () => {
  it('cuts after the verb, not after a noun in -ing before "of" ("the military planning of")', () => {
    // (was "The military planning of Poland,": "planning" read as the verb)
    const title = shorten(
      'The military planning of Poland, Hungary and the Czech Republic was built around the possibility of a ground assault',
    );
    expect(title).toMatch(
      /^The military planning of Poland, Hungary and the Czech Republic was built/u,
    );
  });

  it('does not cut what was said before its verb ("confirmed that talks | on the border ...")', () => {
    // (was "Officials in the fictional port of Lorem confirmed that talks")
    expect(
      shorten(
        'Officials in the fictional port of Lorem confirmed that talks on the border agreement would resume',
      ),
    ).toBe(
      'Officials in the fictional port of Lorem confirmed that talks on the border agreement would resume',
    );
  });

  it('drops a relative inside a long subject, not the main clause after it ("who was found ... has been jailed")', () => {
    // (was "A 34-year-old man who was found with a knife outside a school": cut before its verb)
    expect(
      shorten(
        'A 34-year-old man who was found with a knife outside a school in Leeds has been jailed for two years at Leeds Crown Court',
      ),
    ).toBe('A 34-year-old man has been jailed for two years at Leeds Crown Court');
    expect(
      shorten(
        'A former care worker who stole thousands of pounds from elderly residents at a home in Kent was jailed for three years',
      ),
    ).toBe('A former care worker was jailed for three years');
  });

  it('keeps a short one, an aside between commas, and a relative after the verb', () => {
    expect(shorten('A man who threatened staff with a hammer was sentenced')).toBe(
      'A man who threatened staff with a hammer was sentenced',
    );
    expect(
      shorten(
        'Police arrested a man who was seen near the scene of the attack in the town centre and was later released',
      ),
    ).toMatch(/^Police arrested a man who was seen/u);
    expect(
      shorten(
        'Jan Kavan, who lived in London for many years before he returned home to Prague, was named foreign minister',
      ),
    ).toMatch(/^Jan Kavan, who lived/u);
  });
});
