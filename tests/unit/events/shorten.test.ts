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
});
