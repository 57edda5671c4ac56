#!/usr/bin/env node
/**
 * How the time of the tagger and the article reader grows on inputs built to make regular
 * expressions backtrack (tests/fixtures/adversarial.ts): each input at a quarter megabyte and
 * at a megabyte, best of three CPU times, and their ratio (linear is 4x, quadratic 16x).
 *
 *   npm run bench:adversarial
 *
 * The tests only check that each input finishes with well-formed results; times are printed
 * here, never asserted, since a shared machine makes them noisy.
 */
import { readArticle } from '../src/extract/article/index.ts';
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
): number {
  let flagged = 0;
  process.stdout.write(
    `\n${title}\n${'input'.padEnd(36)}${'0.25 MB s'.padStart(10)}${'1 MB s'.padStart(9)}${'ratio'.padStart(8)}\n`,
  );
  for (const [name, unit] of inputs) {
    const small = seconds(work, repeat(unit, MB / 4));
    const large = seconds(work, repeat(unit, MB));
    // a floor keeps a few milliseconds of noise from deciding the ratio
    const ratio = large / Math.max(small, 0.02);
    const flag = ratio > FLAG_RATIO ? '  worse than linear?' : '';
    if (flag) flagged++;
    process.stdout.write(
      `${name.padEnd(36)}${small.toFixed(3).padStart(10)}${large.toFixed(3).padStart(9)}${ratio.toFixed(1).padStart(8)}${flag}\n`,
    );
  }
  return flagged;
}

const flagged =
  table('tagTimexes()', TAGGER_INPUTS, (text) => tagTimexes(text, { published: '2023-05-17' })) +
  table('readArticle()', READER_INPUTS, (raw) => readArticle({ id: 'bench', raw }));
process.stdout.write(
  `\n${flagged === 0 ? 'every input grew about linearly' : `${flagged} input(s) grew more than ${FLAG_RATIO}x for 4x the size: run again on a quiet machine, then look`}\n`,
);
