/**
 * The browser timeline's boundaries, checked rather than promised: d3 only by module (never the
 * whole bundle), no Astro or Node in code that ships to the browser, and the layout, scale, key
 * and data modules free of the DOM so that they run (and are tested) in Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FOLDER = 'src/timeline';
const files = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => path.join(FOLDER, name));

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](?<specifier>[^'"]+)['"]/g;
const D3_MODULES = ['d3-axis', 'd3-scale', 'd3-selection', 'd3-zoom', 'd3-time', 'd3-time-format'];
/** The pure modules: computed in Node, drawn elsewhere. */
const PURE = [
  'data.ts',
  'dates.ts',
  'labels.ts',
  'layout.ts',
  'scale.ts',
  'keys.ts',
  'cluster.ts',
  'index-data.ts',
];
const DOM = /\b(?:document|window|HTMLElement|customElements|getComputedStyle)\b/;

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map(
    (match) => match.groups?.['specifier'] ?? '',
  );
}

describe('src/timeline', () => {
  it('has the modules this test names', () => {
    for (const name of PURE) expect(files).toContain(path.join(FOLDER, name));
  });

  it.each(files)('%s imports d3 by module only, and no Astro or Node', (file) => {
    for (const specifier of imports(file)) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      expect(relative || D3_MODULES.includes(specifier), `${file} imports ${specifier}`).toBe(true);
      if (specifier.startsWith('../')) expect(specifier).toMatch(/^\.\.\/extract\//);
    }
  });

  it.each(PURE)('%s is pure: no d3-selection, no DOM', (name) => {
    const file = path.join(FOLDER, name);
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(imports(file).filter((s) => s.startsWith('d3-'))).toEqual([]);
    expect(code).not.toMatch(DOM);
  });

  it('the import check catches the whole d3 bundle', () => {
    const found = [..."import * as d3 from 'd3';".matchAll(IMPORT)].map(
      (m) => m.groups?.['specifier'],
    );
    expect(found).toEqual(['d3']);
    expect(D3_MODULES.includes('d3')).toBe(false);
  });
});
