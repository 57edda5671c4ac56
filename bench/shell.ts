/**
 * What the benchmark scripts share: reading a numeric option, timing a shell command with bash's
 * `time` (wall seconds, and CPU seconds of all its processes and threads), and building the site
 * for a content folder.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** A positive number given as `name N` on the command line, else `fallback`. */
export function option(name: string, fallback: number, { integer = false } = {}): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} needs a positive ${integer ? 'integer' : 'number'}`);
  }
  return value;
}

export interface Timing {
  wall: number;
  cpu: number;
  output: string;
}

/** Runs a shell command under `time`, its stdout to a file: wall and CPU seconds, and the output. */
export function timed(command: string, outFile: string, env: NodeJS.ProcessEnv = {}): Timing {
  const script = `TIMEFORMAT='%R %U %S'; { time ( ${command} > '${outFile}' ) ; } 2>&1 1>/dev/null | tail -n 1`;
  const line = execFileSync('bash', ['-c', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  }).trim();
  const [wall, user, system] = line.split(/\s+/).map(Number);
  if (wall === undefined || user === undefined || system === undefined || Number.isNaN(wall)) {
    throw new Error(`"${command}" gave no timing (${line})`);
  }
  return { wall, cpu: user + system, output: readFileSync(outFile, 'utf8') };
}

/**
 * `astro build` of the content folder `content` into `out` (a folder name inside the project),
 * its log (stdout and stderr) kept in `<out>.log`.
 */
export function astroBuild(content: string, out: string): Timing {
  const run = timed('{ npx astro build 2>&1; }', `${out}.log`, {
    CONTENT_DIR: content,
    OUT_DIR: out,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  if (!/Complete!/u.test(run.output))
    throw new Error(`astro build failed:\n${run.output.slice(-2000)}`);
  return run;
}

/** What the loaders said: "N articles (x extracted, y unchanged)" and "N events from M articles". */
export function reported(log: string): string {
  // eslint-disable-next-line no-control-regex -- the log is coloured
  const plain = log.replace(/\u001b\[[0-9;]*m/gu, '');
  const articles = /\d+ articles \(\d+ extracted, \d+ unchanged\)/u.exec(plain)?.[0] ?? '?';
  const events = /\d+ events from \d+ articles/u.exec(plain)?.[0] ?? '?';
  return `${articles}; ${events}`;
}

/** Removes a build made by astroBuild(): the output folder, its log and its content cache. */
export function removeBuild(out: string, { keepCache = false } = {}): void {
  rmSync(path.join(ROOT, out), { recursive: true, force: true });
  rmSync(path.join(ROOT, `${out}.log`), { force: true });
  // the content cache astro.config.mjs names after OUT_DIR
  if (!keepCache)
    rmSync(path.join(ROOT, 'node_modules', `.astro-${out.replace(/[^A-Za-z0-9_-]+/g, '_')}`), {
      recursive: true,
      force: true,
    });
}
