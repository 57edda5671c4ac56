/** embedCode(): the embed code with the addresses of the site as it is served. */
import { describe, expect, it } from 'vitest';
import { embedCode } from '../../../src/embed/code.ts';

const built = [
  '<iframe src="http://localhost:4321/embed/" title="Timeline"',
  '  style="width:100%;border:0" height="640" loading="lazy"></iframe>',
  '<script src="http://localhost:4321/embed.js" async></script>',
].join('\n');

describe('embedCode()', () => {
  it('puts the iframe and the script on the origin the page is served from', () => {
    const code = embedCode(built, 'https://news.example.org', {
      embedPath: '/embed/',
      scriptPath: '/embed.js',
    });
    expect(code).toContain('<iframe src="https://news.example.org/embed/" title="Timeline"');
    expect(code).toContain('<script src="https://news.example.org/embed.js" async></script>');
    expect(code).toContain('height="640"');
  });

  it('keeps the base path of a site under a sub-path', () => {
    const code = embedCode(built, 'https://example.org', {
      embedPath: '/timeline/embed/',
      scriptPath: '/timeline/embed.js',
    });
    expect(code).toContain('src="https://example.org/timeline/embed/"');
    expect(code).toContain('src="https://example.org/timeline/embed.js"');
  });

  it('leaves the code as built for a page not served over http(s), or without the paths', () => {
    expect(embedCode(built, 'null', { embedPath: '/embed/', scriptPath: '/embed.js' })).toBe(built);
    expect(embedCode(built, 'file://', { embedPath: '/embed/', scriptPath: '/embed.js' })).toBe(
      built,
    );
    expect(embedCode(built, 'https://example.org', {})).toBe(built);
  });
});
