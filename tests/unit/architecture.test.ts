import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts file under a folder. */
function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](?<specifier>[^'"]+)['"]|import\(\s*['"](?<dynamic>[^'"]+)['"]\s*\)/g;
const IMPURE =
  /^(?:astro(?::|\/|$)|d3(?:-|$)|node:|fs$|path$|os$|child_process$|worker_threads$|crypto$)/;

describe('src/extract is a pure library', () => {
  const files = sources('src/extract');

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)('%s imports no Astro, d3 or Node module', (file) => {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(IMPORT)].map(
      (m) => m.groups?.['specifier'] ?? m.groups?.['dynamic'] ?? '',
    );
    expect(specifiers.filter((s) => IMPURE.test(s))).toEqual([]);
  });

  it('is type-checked without DOM or Node globals', () => {
    // DOM and Node globals are kept out by src/extract/tsconfig.json (lib ES2023 only, no types),
    // which `npm run typecheck` compiles; this guards that configuration.
    const config = readFileSync('src/extract/tsconfig.json', 'utf8');
    expect(config).toMatch(/"lib":\s*\[\s*"ES\d+"\s*\]/);
    expect(config).toMatch(/"types":\s*\[\s*\]/);
    expect(readFileSync('package.json', 'utf8')).toContain('tsc -p src/extract/tsconfig.json');
  });

  it('the import check itself catches an impure import', () => {
    const sample = "import { select } from 'd3-selection';\nimport fs from 'node:fs';";
    const found = [...sample.matchAll(IMPORT)].map((m) => m.groups?.['specifier'] ?? '');
    expect(found.filter((s) => IMPURE.test(s))).toEqual(['d3-selection', 'node:fs']);
  });
});
