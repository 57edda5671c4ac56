#!/usr/bin/env node
/**
 * Throughput of the extract command against chrono-node, on the same large synthetic corpus
 * (bench/extract.corpus.ts, generated on each run, never committed).
 *
 *   npm run bench:extract [-- --mb 8] [-- --workers N] [-- --dates N]
 *
 * One worker by default, i.e. one core. The corpus has the density of dates of news (--dates:
 * date expressions per 1,000 characters; default NEWS_DATE_DENSITY, measured on the AQUAINT
 * development set); `--dates 10` gives the dense corpus the site's benchmarks use, where the
 * event layer does about three times the work per character.
 *
 * Both run as their own process over the same JSONL file, timed by the shell's `time`: wall
 * seconds, and CPU seconds (user + system, all threads), so that "per core" means characters
 * per CPU-second whatever parallelism the command uses. The tagger alone (tagTimexes, in this
 * process) is shown too, since the command also reads articles and builds events.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NEWS_DATE_DENSITY, syntheticCorpus, type BenchDocument } from './extract.corpus.ts';
import { option, ROOT, timed as run } from './shell.ts';

/** chrono-node over a JSONL file, one document per line: the child-process half of the bench. */
async function chronoWorker(file: string): Promise<void> {
  const chrono = await import('chrono-node');
  let found = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '') continue;
    const doc = JSON.parse(line) as BenchDocument;
    found += chrono.parse(doc.text, new Date(`${doc.published}T12:00:00Z`)).length;
  }
  process.stdout.write(`${found}\n`);
}

async function main(): Promise<void> {
  const workerAt = process.argv.indexOf('--chrono-worker');
  if (workerAt >= 0) return chronoWorker(process.argv[workerAt + 1]!);

  const megabytes = option('--mb', 8);
  // one worker by default: the target is throughput on one core
  const workers = String(option('--workers', 1));
  const density = option('--dates', NEWS_DATE_DENSITY);
  const documents = syntheticCorpus(megabytes * 1_000_000, 4000, 20230517, undefined, density);
  const characters = documents.reduce((sum, d) => sum + d.text.length, 0);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-extract-'));
  try {
    const input = path.join(dir, 'corpus.jsonl');
    writeFileSync(input, documents.map((d) => JSON.stringify(d)).join('\n') + '\n');

    const env = { EXTRACT_WORKERS: workers };
    const ours = run(
      `node src/cli/extract.mjs --jsonl < '${input}'`,
      path.join(dir, 'ours.jsonl'),
      env,
    );
    const lines = ours.output.split('\n').filter((l) => l !== '');
    const errors = lines.filter((l) => l.includes('"error"')).length;
    const timexes = lines.reduce(
      (sum, l) => sum + (JSON.parse(l) as { timexes?: unknown[] }).timexes!.length,
      0,
    );
    if (lines.length !== documents.length || errors > 0) {
      throw new Error(
        `extract returned ${lines.length} lines for ${documents.length} documents, ${errors} errors`,
      );
    }

    const chrono = run(
      `node bench/extract.ts --chrono-worker '${input}'`,
      path.join(dir, 'chrono.txt'),
    );
    const chronoFound = Number(chrono.output.trim());

    const { tagTimexes } = await import('../src/extract/temporal/index.ts');
    for (const d of documents.slice(0, 50)) tagTimexes(d.text, { published: d.published });
    const before = process.cpuUsage();
    for (const d of documents) tagTimexes(d.text, { published: d.published });
    const used = process.cpuUsage(before);
    const taggerCpu = (used.user + used.system) / 1e6;

    const version = (
      JSON.parse(
        readFileSync(path.join(ROOT, 'node_modules/chrono-node/package.json'), 'utf8'),
      ) as {
        version: string;
      }
    ).version;
    const perCore = (t: number): string => `${(characters / t / 1e6).toFixed(2)} MB/s`;
    const rows: Array<[string, string, string, string, string]> = [
      ['', 'wall s', 'cpu s', 'chars/s per core', 'expressions'],
      [
        'extract --jsonl',
        ours.wall.toFixed(2),
        ours.cpu.toFixed(2),
        perCore(ours.cpu),
        String(timexes),
      ],
      [
        `chrono-node ${version}`,
        chrono.wall.toFixed(2),
        chrono.cpu.toFixed(2),
        perCore(chrono.cpu),
        String(chronoFound),
      ],
      ['tagTimexes alone', '-', taggerCpu.toFixed(2), perCore(taggerCpu), '-'],
    ];
    const ratio = chrono.cpu / ours.cpu;
    const pass = characters / ours.cpu >= 1e6 && ratio > 1;
    process.stdout.write(
      [
        `corpus: ${documents.length} synthetic documents, ${(characters / 1e6).toFixed(2)} M characters (generated, seeded), ${density} dates per 1,000 characters written; extract found ${((1000 * timexes) / characters).toFixed(2)}`,
        ...rows.map(
          (r) =>
            `${r[0].padEnd(22)}${r[1].padStart(8)}${r[2].padStart(8)}${r[3].padStart(18)}${r[4].padStart(13)}`,
        ),
        `ratio, per core: extract is ${ratio.toFixed(2)}x chrono-node (extract ran with EXTRACT_WORKERS=${workers})`,
        `target (>= 1 MB/s per core and faster than chrono-node): ${pass ? 'met' : 'NOT met'}`,
      ].join('\n') + '\n',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
