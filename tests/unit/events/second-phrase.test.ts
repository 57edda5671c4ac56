/** A second verb phrase that tells a plan as it stands after a past act. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2008-03-06' }).events.map((e) => [
    e.date.value,
    e.title,
  ]);

describe('extractArticle() on "... and is scheduled for ..." after a past act', () => {
  it('the plan is its own verb phrase: its date is only the plan’s', () => {
    // (was one event of June titled "The company released a beta for developers and is
    // scheduled to ship the final version")
    expect(
      told(
        'The company released a beta for developers and is scheduled to ship the final version in June.',
      ),
    ).toEqual([
      // (the release is told with no date: the narrative's, not the plan's)
      ['2008-03-06', 'The company released a beta for developers'],
      ['2008-06', 'The company is scheduled to ship the final version'],
    ]);
  });

  it('after a relative in the passive, the plan is the relative noun’s, and the main clause keeps its act', () => {
    // (was "The iPhone 2.0 update was released as a closed beta for developers", of June)
    expect(
      told(
        'The company also announced the iPhone 2.0 update that was released as a closed beta for developers and is scheduled for public release in June.',
      ),
    ).toEqual([
      ['2008-03-06', 'The company also announced the iPhone 2.0 update'],
      ['2008-06', 'The iPhone 2.0 update is scheduled for public release'],
    ]);
  });
});
