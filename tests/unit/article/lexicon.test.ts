import { describe, expect, it } from 'vitest';
import {
  BARE_URL,
  BOILERPLATE_LINES,
  CORRECTION_NOTE,
  WIRE_UPDATE_NOTE,
} from '../../../src/extract/lexicon/en/article/boilerplate.ts';
import {
  BACKGROUND_DATE_CUE,
  FUTURE_EVENT_CUE,
  PAST_EVENT_CUE,
  NEWS_DAY_BEFORE,
  NEWS_DAY_AFTER,
  NARRATED_WEEKDAY_BEFORE,
  YEARS_AGO,
} from '../../../src/extract/lexicon/en/article/lead.ts';
import { correctionNoteLength } from '../../../src/extract/article/asides.ts';
import type { LineRule } from '../../../src/extract/lexicon/en/article/rule.ts';
import {
  BYLINE,
  BYLINE_ROLES,
  DATE_HEADER_LABELS,
  SITE_NAME,
  WIRE_STAMPS,
} from '../../../src/extract/lexicon/en/article/wire.ts';

/** Every rule of the article lexicon, with the examples it carries. */
const RULES: readonly LineRule[] = [
  ...BOILERPLATE_LINES,
  CORRECTION_NOTE,
  WIRE_UPDATE_NOTE,
  BYLINE,
  BYLINE_ROLES,
  ...DATE_HEADER_LABELS,
  SITE_NAME,
  ...WIRE_STAMPS,
  PAST_EVENT_CUE,
  FUTURE_EVENT_CUE,
  NEWS_DAY_BEFORE,
  NEWS_DAY_AFTER,
  NARRATED_WEEKDAY_BEFORE,
  YEARS_AGO,
  BACKGROUND_DATE_CUE,
];

/** A fresh copy, so that a global pattern's lastIndex cannot leak between checks. */
const test = (rule: LineRule, line: string) =>
  new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).test(line);

describe('the article lexicon', () => {
  const examples = RULES.flatMap((rule) =>
    rule.examples.map((line) => [rule.name, line, rule] as const),
  );
  const counterExamples = RULES.flatMap((rule) =>
    rule.counterExamples.map((line) => [rule.name, line, rule] as const),
  );

  it('every rule carries examples and counter-examples', () => {
    for (const rule of [...RULES, BARE_URL]) {
      expect(rule.examples.length, rule.name).toBeGreaterThan(0);
      expect(rule.counterExamples.length, rule.name).toBeGreaterThan(0);
    }
  });

  it.each(examples)('%s matches "%s"', (_name, line, rule) => {
    expect(test(rule, line)).toBe(true);
  });

  it.each(counterExamples)('%s does not match "%s"', (_name, line, rule) => {
    expect(test(rule, line)).toBe(false);
  });

  it.each(CORRECTION_NOTE.notes)('the correction note of "%s" is "%s"', (line, note) => {
    expect(line.slice(0, correctionNoteLength(line))).toBe(note);
  });

  it.each(BARE_URL.examples.map((e) => [e]))('a bare link is all of "%s"', (line) => {
    expect(line.match(new RegExp(BARE_URL.pattern.source, 'u'))?.[0]).toBe(line);
  });

  it.each(BARE_URL.counterExamples.map((e) => [e]))('no bare link in "%s"', (line) => {
    expect(new RegExp(BARE_URL.pattern.source, 'u').test(line)).toBe(false);
  });
});
