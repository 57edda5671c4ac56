#!/usr/bin/env node
/**
 * How the time of the tagger and the article reader grows on inputs built to make regular
 * expressions backtrack (tests/fixtures/adversarial.ts): each input at a quarter megabyte and
 * at a megabyte, best of three CPU times, and their ratio (linear is 4x, quadratic 16x). The
 * whole extraction (reader, tagger and event builder) is timed too, at 50 and 200 KB: it does
 * far more work per character.
 *
 *   npm run bench:adversarial
 *
 * The tests only check that each input finishes with well-formed results; times are printed
 * here, never asserted, since a shared machine makes them noisy.
 */
import { readArticle } from '../src/extract/article/index.ts';
import { extractArticle } from '../src/extract/index.ts';
import { tagTimexes } from '../src/extract/temporal/index.ts';
import { READER_INPUTS, TAGGER_INPUTS, repeat } from '../tests/fixtures/adversarial.ts';

const MB = 1_000_000;
/** Above this ratio between 1 MB and 0.25 MB, growth is flagged as worse than linear. */
const FLAG_RATIO = 8;

/** Best of three CPU seconds of `work(text)`. */
function seconds(work: (text: string) => unknown, text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const before = process.cpuUsage();
    work(text);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

function table(
  title: string,
  inputs: ReadonlyArray<readonly [string, string]>,
  work: (text: string) => unknown,
  size = MB,
): number {
  let flagged = 0;
  const label = (n: number): string => (n >= MB / 4 ? `${n / MB} MB s` : `${n / 1000} KB s`);
  process.stdout.write(
    `\n${title}\n${'input'.padEnd(36)}${label(size / 4).padStart(10)}${label(size).padStart(10)}${'ratio'.padStart(8)}\n`,
  );
  for (const [name, unit] of inputs) {
    const small = seconds(work, repeat(unit, size / 4));
    const large = seconds(work, repeat(unit, size));
    // a floor keeps a few milliseconds of noise from deciding the ratio
    const ratio = large / Math.max(small, 0.02);
    const flag = ratio > FLAG_RATIO ? '  worse than linear?' : '';
    if (flag) flagged++;
    process.stdout.write(
      `${name.padEnd(36)}${small.toFixed(3).padStart(10)}${large.toFixed(3).padStart(10)}${ratio.toFixed(1).padStart(8)}${flag}\n`,
    );
  }
  return flagged;
}

const flagged =
  table('tagTimexes()', TAGGER_INPUTS, (text) => tagTimexes(text, { published: '2023-05-17' })) +
  table('readArticle()', READER_INPUTS, (raw) => readArticle({ id: 'bench', raw })) +
  table(
    'extractArticle()',
    [...TAGGER_INPUTS, ...READER_INPUTS],
    (raw) => {
      // (an input with no words is refused with a clear error: the refusal is what is timed)
      try {
        return extractArticle({ id: 'bench', raw, published: '2023-05-17' });
      } catch {
        return null;
      }
    },
    200_000,
  );
process.stdout.write(
  `\n${flagged === 0 ? 'every input grew about linearly' : `${flagged} input(s) grew more than ${FLAG_RATIO}x for 4x the size: run again on a quiet machine, then look`}\n`,
);
