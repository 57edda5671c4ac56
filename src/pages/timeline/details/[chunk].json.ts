/**
 * The details of the events, DETAILS_CHUNK at a time in chronological order
 * (`/timeline/details/0.json`, ...): the timeline fetches a chunk when one of its events is
 * selected.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData } from '../../../components/site-data.ts';
import { detailsChunk, detailsChunkCount } from '../../../timeline/index-data.ts';

export const getStaticPaths = (async () => {
  const { items } = await loadSiteData();
  return Array.from({ length: detailsChunkCount(items.length) }, (_, chunk) => ({
    params: { chunk: String(chunk) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { items } = await loadSiteData();
  return new Response(JSON.stringify(detailsChunk(items, Number(params['chunk']))), {
    headers: { 'Content-Type': 'application/json' },
  });
};
