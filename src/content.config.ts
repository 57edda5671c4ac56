import { defineCollection } from 'astro:content';
import { corpusLoaders } from './loaders/corpus-loaders.ts';

const loaders = corpusLoaders();

export const collections = {
  articles: defineCollection({ loader: loaders.articles }),
  events: defineCollection({ loader: loaders.events }),
};
