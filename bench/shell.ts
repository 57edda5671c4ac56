/**
 * What the benchmark scripts share: reading a numeric option, and timing a shell command with
 * bash's `time` (wall seconds, and CPU seconds of all its processes and threads).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
