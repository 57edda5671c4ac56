/**
 * A large SYNTHETIC news corpus for the extractor benchmark: every document is made up here, from
 * templates and word lists, with a seeded random generator, so runs are repeatable and nothing
 * big is committed. The sentences mix the date forms news uses (full dates, weekdays, "last
 * week", durations, clock times) with plain prose, at roughly the density of wire copy.
 */

export interface BenchDocument {
  id: string;
  text: string;
  published: string;
}

/** mulberry32: a small, fast, seeded generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const SHORT_MONTHS = 'Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.'.split(' ');
const WEEKDAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
const NUMBERS = 'two three four five six seven eight ten 12 15 20 28 40'.split(' ');
const UNITS = ['days', 'weeks', 'months', 'years', 'hours', 'decades'];

const SUBJECTS = [
  'The synthetic ministry of Examplestan',
  'A spokeswoman for the Imaginary Rail Authority',
  'Officials in the fictional port of Lorem',
  'The placeholder council',
  'Representatives of the Test Harbour Union',
  'The invented trade bloc',
  'A committee of the Sample Republic parliament',
  'Residents of the generated town of Ipsum',
];
const VERBS = ['said', 'announced', 'reported', 'confirmed', 'denied', 'told reporters'];
const CLAUSES = [
  'that talks on the border agreement would resume',
  'that the bridge over the Dolor river had been closed',
  'that a new budget for the harbour would be presented',
  'that inspectors had visited the northern district',
  'that the vote on the rail link was postponed',
  'that the festival of the placeholder saints would go ahead',
  'that prices of imaginary grain rose again',
  'that the committee expects a decision',
];
const FILLER = [
  'The proposal has been discussed at length by members of several regional bodies.',
  'Critics argue that the plan does not address the concerns of smaller communities.',
  'Supporters say the measure will improve transport links across the region.',
  'Neither side commented on the details of the negotiations.',
  'The figures, published by the statistics office, showed a modest increase.',
  'About 1,239 people attended the meeting, according to the organisers.',
  'More than 2,000 workers have signed the petition, which calls for a review.',
  'The agency said it would publish a full report once the review is complete.',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function dateExpression(random: () => number, year: number): string {
  const day = 1 + Math.floor(random() * 28);
  switch (Math.floor(random() * 14)) {
    case 0:
      return `on ${pick(random, MONTHS)} ${day}, ${year - Math.floor(random() * 5)}`;
    case 1:
      return `on ${pick(random, SHORT_MONTHS)} ${day}`;
    case 2:
      return `on ${pick(random, WEEKDAYS)}`;
    case 3:
      return pick(random, [
        'last week',
        'this week',
        'next month',
        'last year',
        'earlier this year',
      ]);
    case 4:
      return `in ${pick(random, MONTHS)}`;
    case 5:
      return `in ${year - 1 - Math.floor(random() * 40)}`;
    case 6:
      return `${pick(random, NUMBERS)} ${pick(random, UNITS)} ago`;
    case 7:
      return `for ${pick(random, NUMBERS)} ${pick(random, UNITS)}`;
    case 8:
      return `at ${1 + Math.floor(random() * 11)}:${String(Math.floor(random() * 60)).padStart(2, '0')} a.m. ${pick(random, WEEKDAYS)}`;
    case 9:
      return pick(random, ['yesterday', 'today', 'tomorrow', 'on Friday night', 'this morning']);
    case 10:
      return `in the ${pick(random, ['spring', 'summer', 'autumn', 'winter'])}`;
    case 11:
      return `since ${pick(random, MONTHS)} ${year - 1}`;
    case 12:
      return pick(random, ['every week', 'daily', 'twice a year', 'in the coming weeks', 'now']);
    default:
      return `between ${year - 3} and ${year - 1}`;
  }
}

function sentence(random: () => number, year: number): string {
  if (random() < 0.45) return pick(random, FILLER);
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${dateExpression(random, year)} ${pick(random, CLAUSES)} ${dateExpression(random, year)}.`;
}

/**
 * Documents of about `documentSize` characters until `totalSize` characters are made, published
 * in the `years.count` years from `years.from`.
 */
export function syntheticCorpus(
  totalSize: number,
  documentSize = 4000,
  seed = 20230517,
  years = { from: 1990, count: 35 },
): BenchDocument[] {
  const random = generator(seed);
  const documents: BenchDocument[] = [];
  let made = 0;
  while (made < totalSize) {
    const year = years.from + Math.floor(random() * years.count);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    let text = `SYNTHETIC BENCHMARK DOCUMENT ${documents.length + 1}\n\n`;
    while (text.length < documentSize) {
      text += sentence(random, year) + (random() < 0.2 ? '\n\n' : ' ');
    }
    documents.push({ id: `synthetic-${documents.length + 1}`, text, published });
    made += text.length;
  }
  return documents;
}
