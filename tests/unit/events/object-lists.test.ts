/**
 * A list of objects each with its determiner ("fired the coach, the captain and the doctor")
 * stays whole in a title: its first comma ends no statement. A verb among the items makes it no
 * list. Made-up passages.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';
import { shorten } from '../../../src/extract/events/title/shorten.ts';

const titles = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2026-03-20' }).events.map((e) => e.title);

describe('a list of determined nouns after the verb', () => {
  it('keeps every item', () => {
    // (were "The board fired the coach")
    expect(shorten('The board fired the coach, the captain and the doctor')).toBe(
      'The board fired the coach, the captain and the doctor',
    );
    expect(
      titles(
        'The board fired the coach, the captain and the doctor, who joined in May, on Friday.',
      ),
    ).toContain('The board fired the coach, the captain and the doctor');
    expect(titles('The board fired the coach, his deputy and the doctor on Friday.')).toEqual([
      'The board fired the coach, his deputy and the doctor',
    ]);
  });

  it('is no list when a verb stands among its items', () => {
    expect(shorten('The firm hired the coach, the board said and the fans cheered')).toBe(
      'The firm hired the coach',
    );
  });
});
