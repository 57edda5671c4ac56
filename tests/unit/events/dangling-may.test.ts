/** A capital "May" that ends a title is the month, not a modal a cut left dangling. */
import { describe, expect, it } from 'vitest';
import { withoutDanglingModal } from '../../../src/extract/events/title/text.ts';
import { extractArticle } from '../../../src/extract/index.ts';

describe('withoutDanglingModal()', () => {
  it('keeps a capital "May", the month ("rather than May")', () => {
    // (was "The rally went ahead rather": "May" read as the modal, then "than" as dangling)
    expect(withoutDanglingModal('The rally went ahead rather than May')).toBe(
      'The rally went ahead rather than May',
    );
    expect(withoutDanglingModal('The next eclipse will')).toBe('The next eclipse');
  });

  it('extractArticle() titles "went ahead in March rather than May" with the month it set aside', () => {
    const { events } = extractArticle({
      id: 'x',
      raw: 'The rally went ahead in March rather than May.',
      published: '2024-03-07',
    });
    expect(events.map((e) => e.title)).toEqual(['The rally went ahead rather than May']);
  });
});
