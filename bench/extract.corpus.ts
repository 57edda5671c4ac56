/**
 * A large SYNTHETIC news corpus for the extractor benchmark: every document is made up here, from
 * templates and word lists, with a seeded random generator, so runs are repeatable and nothing
 * big is committed. The sentences mix the date forms news uses (full dates, weekdays, "last
 * week", durations, clock times) with plain prose: numbers, money, percentages, names and
 * quotations that are no dates. How many dates per 1,000 characters is a parameter (see
 * syntheticCorpus): the extractor's benchmark uses the density of news.
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

/**
 * More prose for news-like density (FILLER stays as it is, so that the dense corpus the site's
 * benchmarks use does not change): longer sentences, with the numbers, money, percentages,
 * scores, names and quotations that are not dates.
 */
const PROSE = [
  ...FILLER,
  'The company, which employs 4,500 people in three provinces, said its revenue rose 12 percent to $2.3 billion.',
  '"We will not accept a deal that leaves our members worse off," said Maria Placeholder, the union\'s chief negotiator.',
  'The Examplestan Football Club beat Lorem United 3-1, with two goals from the striker Ipsum Dolorov.',
  'Inspectors found that 1,200 of the 3,400 homes in the district lacked running water, according to a 56-page report.',
  'The ministry has asked for 450 million imaginary crowns to repair roads damaged by the floods.',
  'Shares of the Sample Rail Company fell 4.5 percent, to 23.40 crowns, in heavy trading on the Lorem exchange.',
  'Opposition lawmakers called the plan "a step backwards" and promised to vote against it.',
  'Police said two people were injured and 17 were detained after the protest outside the parliament building.',
  'The bridge, which carries about 30,000 vehicles a day, is the only crossing for 80 kilometres.',
  "Analysts at the Placeholder Institute expect inflation to stay between 3 and 4 percent, above the central bank's target.",
  'Negotiators from both sides met behind closed doors for several hours but made little visible progress.',
  'The mayor of Ipsum, Jonas Example, said the city could not afford another increase in transport fares.',
  'About 2,000 soldiers and 300 armoured vehicles took part in the exercise near the northern border.',
  'A spokesman declined to say how many of the 12 proposals the committee had accepted.',
  'The report ranks the region 14th of 20 for access to health care, down from 9th.',
  'Residents say the noise from the new terminal has made the neighbourhood almost unlivable.',
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
  return datedSentence(random, year, 2);
}

/** A report with `dates` date expressions (one or two): "X said on Monday that ... in May." */
function datedSentence(random: () => number, year: number, dates: 1 | 2): string {
  const first = dateExpression(random, year);
  const second = dates === 2 ? ` ${dateExpression(random, year)}` : '';
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${first} ${pick(random, CLAUSES)}${second}.`;
}

/**
 * A sentence of a document that has `dates` date expressions in `length` characters so far:
 * filler while the document is at `perThousand` dates per 1,000 characters or above, else a
 * report with one date (or, one time in four, two).
 */
function sentenceAt(
  random: () => number,
  year: number,
  perThousand: number,
  dates: number,
  length: number,
): { text: string; dates: number } {
  if (dates * 1000 >= perThousand * length) return { text: pick(random, PROSE), dates: 0 };
  const count = random() < 0.25 ? 2 : 1;
  return { text: datedSentence(random, year, count), dates: count };
}

/**
 * Documents of about `documentSize` characters until `totalSize` characters are made, published
 * in the `years.count` years from `years.from`.
 *
 * `datesPerThousand` sets how many date expressions a document has per 1,000 characters, as in
 * news: the AQUAINT development set has 3.05 (579 TIMEX3 in 189,731 characters), which
 * NEWS_DATE_DENSITY holds. Without it, about half the sentences are reports with two dates each
 * (about 10 per 1,000 characters): a timeline with many events, for the site's benchmarks.
 */
export function syntheticCorpus(
  totalSize: number,
  documentSize = 4000,
  seed = 20230517,
  years = { from: 1990, count: 35 },
  datesPerThousand?: number,
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
    let dates = 0;
    while (text.length < documentSize) {
      let next: string;
      if (datesPerThousand === undefined) next = sentence(random, year);
      else {
        const picked = sentenceAt(random, year, datesPerThousand, dates, text.length);
        next = picked.text;
        dates += picked.dates;
      }
      text += next + (random() < 0.2 ? '\n\n' : ' ');
    }
    documents.push({ id: `synthetic-${documents.length + 1}`, text, published });
    made += text.length;
  }
  return documents;
}

/** Date expressions per 1,000 characters of news: the AQUAINT development set's (see above). */
export const NEWS_DATE_DENSITY = 3.05;
