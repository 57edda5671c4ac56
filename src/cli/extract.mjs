#!/usr/bin/env node
/**
 * The extract command's entry point: `node src/cli/extract.mjs`, with the usage of extract.ts.
 *
 * It is plain JavaScript so that Node can start it without its TypeScript stripper. Run as the
 * entry, extract.ts is stripped before it can turn on the compile cache, which loads the stripper
 * (about 0.1 CPU-second) at every start, and in every worker thread. Here the cache is on first,
 * so every module of the extractor, extract.ts included, comes stripped from the cache.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./extract.ts');
