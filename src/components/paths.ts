/**
 * Links inside the site. The site may be deployed under a base path (BASE_PATH in
 * astro.config.mjs), so every internal link goes through `sitePath`.
 */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  const tail = path.startsWith('/') ? path : `/${path}`;
  return `${head}${tail}`;
}

export function sitePath(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The page of one article. */
export function articlePath(articleId: string): string {
  return sitePath(`/sources/${encodeURIComponent(articleId)}/`);
}
