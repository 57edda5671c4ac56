import { describe, expect, it } from 'vitest';
import { joinBase } from '../../../src/components/paths.ts';

describe('joinBase()', () => {
  it.each([
    ['/', '/sources/a/', '/sources/a/'],
    ['/timeline', '/sources/a/', '/timeline/sources/a/'],
    ['/timeline/', 'sources/a/', '/timeline/sources/a/'],
    ['/timeline/', '/', '/timeline/'],
  ])('joins base %j and path %j as %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});
