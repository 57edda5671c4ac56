/**
 * The embed code with the addresses of the site as it is served: the code is rendered with the
 * address the site was built for (SITE_URL), which a site copied elsewhere no longer has.
 */
export interface EmbedPaths {
  /** The embed page's path, with the site's base path ("/embed/", "/timeline/embed/"). */
  embedPath?: string | undefined;
  /** The host script's path ("/embed.js"). */
  scriptPath?: string | undefined;
}

/** `code` with its iframe and script addresses on `origin` ("https://example.org"). */
export function embedCode(code: string, origin: string, paths: EmbedPaths): string {
  const { embedPath, scriptPath } = paths;
  if (!embedPath || !scriptPath || !/^https?:\/\//u.test(origin)) return code;
  return code
    .replace(/src="[^"]*"/u, `src="${new URL(embedPath, origin).href}"`)
    .replace(/<script src="[^"]*"/u, `<script src="${new URL(scriptPath, origin).href}"`);
}
