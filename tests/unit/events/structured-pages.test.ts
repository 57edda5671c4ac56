/**
 * Events of structured news pages: explainers with key-date lists, live pages with time stamps,
 * Q&As, corrections and updates (synthetic texts, helper81's probe). The whole extraction runs,
 * tagger included, with a fixed publication date.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function eventsOf(raw: string, published: string) {
  return extractArticle({ id: 'x', raw, published }).events.map((e) => ({
    title: e.title,
    date: e.date.value,
    status: e.status,
    quotes: e.sources.map((s) => s.quote),
  }));
}

describe('extractArticle() on structured news pages', () => {
  it("takes no event from a Q&A's questions or an explainer's subheadings", () => {
    const events = eventsOf(
      [
        'Q&A: What the new transit fare means for riders',
        'What happened?',
        'On Tuesday, the transit board voted to raise the base fare to $2.75.',
        'Key events',
        'The new fare takes effect on Jan. 1.',
        "What's next",
        'Q: Will it reopen?',
      ].join('\n\n'),
      '2024-11-14',
    );
    const quotes = events.flatMap((e) => e.quotes);
    expect(quotes).not.toContain('What happened?');
    expect(quotes).not.toContain('Key events');
    expect(quotes).not.toContain("What's next");
    expect(quotes).not.toContain('Q: Will it reopen?');
    expect(events.map((e) => [e.date, e.title])).toEqual([
      ['2024-11-12', 'The transit board voted to raise the base fare to $2.75'],
      ['2025-01-01', 'The new fare takes effect'],
    ]);
  });
});
