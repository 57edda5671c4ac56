/**
 * Zod schemas of the two collections. They mirror src/extract/types.ts (the extractor's output is
 * stored as is), so that a change in the extractor that breaks the page data fails the build.
 */
import { z } from 'astro/zod';

const granularity = z.enum([
  'century',
  'decade',
  'year',
  'half',
  'season',
  'quarter',
  'month',
  'week',
  'day',
  'time',
]);
const isoDay = z.string().regex(/^-?\d{4,}-\d{2}-\d{2}$/);

export const timexSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
  value: z.string(),
  granularity: granularity.optional(),
  mod: z.string().optional(),
  anchor: z.enum(['none', 'publication', 'narrative']).optional(),
  range: z
    .object({ role: z.enum(['start', 'end']), other: z.number().int().optional() })
    .optional(),
});

export const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  titleSource: z.enum(['front-matter', 'headline', 'lead']),
  published: z.object({
    value: z.string().nullable(),
    granularity: z.enum(['year', 'month', 'day']).nullable(),
    source: z.enum([
      'front-matter',
      'input',
      'dateline',
      'embedded-post',
      'copyright',
      'lead',
      'text',
      'none',
    ]),
  }),
  publisher: z.string().nullable(),
  place: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string(),
  text: z.string(),
  asides: z.array(
    z.object({
      start: z.number().int(),
      end: z.number().int(),
      kind: z.enum(['boilerplate', 'embedded-post', 'url']),
    }),
  ),
  /** The file the article came from, relative to the content folder. */
  file: z.string(),
  timexes: z.array(timexSchema),
});

export const eventSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  date: z.object({
    value: z.string(),
    through: z.string().optional(),
    start: isoDay,
    end: isoDay,
    granularity,
    approximate: z.boolean(),
    label: z.string(),
  }),
  status: z.enum(['happened', 'ongoing', 'planned']),
  actors: z.array(z.string()),
  places: z.array(z.string()),
  categories: z.array(z.string()),
  relevance: z.number().min(0).max(1),
  sources: z
    .array(
      z.object({
        article: z.string(),
        start: z.number().int(),
        end: z.number().int(),
        timex: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
        quote: z.string(),
      }),
    )
    .min(1),
  conflicts: z
    .array(z.object({ value: z.string(), label: z.string(), article: z.string() }))
    .optional(),
});
