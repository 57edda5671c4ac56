import { defineCollection } from 'astro:content';
import { corpusLoaders } from './loaders/corpus-loaders.ts';
import { articleSchema, eventSchema } from './loaders/schemas.ts';

const loaders = corpusLoaders();

// The schemas are given here as well as by the loaders so that Astro types the entries' data.
export const collections = {
  articles: defineCollection({ loader: loaders.articles, schema: articleSchema }),
  events: defineCollection({ loader: loaders.events, schema: eventSchema }),
};
