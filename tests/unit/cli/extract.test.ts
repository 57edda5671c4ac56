/**
 * The extract command as other checks run it (`node src/cli/extract.mjs`): the JSONL contract of
 * issue 3 (one result line per input line, same order; a bad line gets an error object and the
 * rest goes on), the --json and table modes, and clear errors that name the file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function extract(args: string[], input = ''): { stdout: string; stderr: string; status: number } {
  const run = spawnSync(process.execPath, ['src/cli/extract.mjs', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    // one process, no worker threads: the inputs here are small
    env: { ...process.env, EXTRACT_WORKERS: '1' },
  });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status ?? -1 };
}

const lines = (stdout: string): Array<Record<string, unknown>> =>
  stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('extract --jsonl', () => {
  const text = 'Belarus restored border controls on Wednesday. Checks began on May 5.';
  const docs = [
    JSON.stringify({ id: 'a', text, published: '2023-05-17' }),
    '{not json',
    JSON.stringify({ id: 7, text }),
    JSON.stringify({ id: 'c', text: 42 }),
    JSON.stringify({ id: 'd', text, published: '17/05/2023' }),
    '',
    JSON.stringify({ id: 'e', text, published: null }),
    JSON.stringify({ id: 'f', text, published: '2023-02-30' }),
  ];
  const { stdout, status } = extract(['--jsonl'], docs.join('\n') + '\n');
  const out = lines(stdout);

  it('writes one line per document, in order, and skips empty lines', () => {
    expect(status).toBe(0);
    expect(out.map((o) => o['id'])).toEqual(['a', null, null, 'c', 'd', 'e', 'f']);
  });

  it('gives each timex its offsets, text, type and value', () => {
    const timexes = out[0]!['timexes'] as Array<Record<string, unknown>>;
    expect(timexes.map((t) => [t['text'], t['type'], t['value']])).toEqual([
      ['Wednesday', 'DATE', '2023-05-17'],
      ['May 5', 'DATE', '2023-05-05'],
    ]);
    for (const t of timexes) {
      expect(Object.keys(t).sort()).toEqual(['end', 'start', 'text', 'type', 'value']);
      expect(text.slice(t['start'] as number, t['end'] as number)).toBe(t['text']);
    }
    expect((out[0]!['events'] as unknown[]).length).toBeGreaterThan(0);
  });

  it('answers a bad line with an error naming the line, and goes on', () => {
    expect(out[1]).toEqual({ id: null, error: 'line 2: not valid JSON' });
    expect(out[2]).toEqual({ id: null, error: 'line 3: "id" must be a string' });
    expect(out[3]).toEqual({ id: 'c', error: 'line 4: "text" must be a string' });
    expect(out[4]!['error']).toMatch(/^line 5: "published" must be YYYY-MM-DD/u);
    expect(out[5]!['timexes']).toBeInstanceOf(Array);
    // a day's shape that is no day says so
    expect(out[6]!['error']).toMatch(/^line 8: .*"2023-02-30" is no such day/u);
  });
});

// (each test starts the command once or twice, a second or two each on a loaded machine)
describe('extract FILE...', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'extract-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const good = path.join(dir, 'good.txt');
  writeFileSync(
    good,
    'Border talks\n\nMOSCOW — Russia and Belarus held talks on Monday, May 15, 2023.\n',
  );

  it('prints a table, and --json an array with an element per file', () => {
    const table = extract([good]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^good {2}\(published /u);
    expect(table.stdout).toContain('2023-05-15');
    const json = JSON.parse(extract(['--json', good]).stdout) as unknown[];
    expect(json).toHaveLength(1);
  });

  it('names a file it cannot read or read as text, and exits with an error', () => {
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    const missing = extract([path.join(dir, 'missing.txt')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/missing\.txt: cannot read \(ENOENT\)/u);
    const bad = extract([empty]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/empty\.txt: .*empty/u);
  });

  it('names every file with a mistake, with its line, and still extracts the others', () => {
    const broken = path.join(dir, 'broken.md');
    writeFileSync(broken, '---\npublished: 2023-13-45\n---\nTalks on Monday.\n');
    const run = extract([broken, path.join(dir, 'gone.txt'), good]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.md:2: .*"2023-13-45" has no such month \(13\)/u);
    expect(run.stderr).toMatch(/gone\.txt: cannot read \(ENOENT\)/u);
    expect(run.stdout).toMatch(/^good {2}\(published /mu);
  });

  it('stops quietly when its reader goes away ("extract --json FILE... | head")', () => {
    const many = Array.from({ length: 200 }, (_, i) => {
      const file = path.join(dir, `a${i}.txt`);
      writeFileSync(
        file,
        `Talks\n\nRussia and Belarus held talks on Monday, May ${(i % 28) + 1}, 2023.\n`,
      );
      return file;
    });
    const run = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" src/cli/extract.mjs --json "$@" | head -c 100 >/dev/null; exit "\${PIPESTATUS[0]}"`,
        '_',
        ...many,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled/u);
    expect(run.status).toBe(0);
    // (a process started per run: on a loaded machine it may take longer than the default)
  }, 60_000);
});
