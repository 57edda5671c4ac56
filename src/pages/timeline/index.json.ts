/**
 * The timeline's index: one compact row per event (src/timeline/index-data.ts), fetched by the
 * <news-timeline> element, so that the page itself carries no data.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../components/site-data.ts';
import { indexOf } from '../../timeline/index-data.ts';

export const GET: APIRoute = async () => {
  const { items, listPath } = await loadSiteData();
  return new Response(JSON.stringify(indexOf(items, listPath)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
