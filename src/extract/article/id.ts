/**
 * The id of an article is its file name without extension, lower-cased, with anything but
 * letters, digits and dashes turned into dashes: stable, URL-safe (`/sources/<id>/`).
 */
export function articleIdFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const id = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'article';
}
