/**
 * What news agencies and papers write around an article: agency credits in datelines
 * ("NAIROBI, Kenya (AP) _", "WASHINGTON, March 3 (Reuters) -", "MOSCOW, May 17. /TASS/."), the
 * roles that follow a byline ("By CHEGE MBITIRU, Associated Press Writer"), and the labels of
 * date headers ("Published: ...", "Updated ..."). Data only; src/extract/article/ reads it.
 */
import type { LineRule } from './rule.ts';

/**
 * Agency credits as written in datelines, lower-cased, with the publisher's name. A credit not
 * listed still ends a dateline; it becomes the publisher as written.
 */
export const AGENCIES: Readonly<Record<string, string>> = {
  ap: 'The Associated Press',
  'associated press': 'The Associated Press',
  reuters: 'Reuters',
  afp: 'Agence France-Presse',
  'agence france-presse': 'Agence France-Presse',
  xinhua: 'Xinhua',
  upi: 'United Press International',
  dpa: 'dpa',
  bloomberg: 'Bloomberg',
  ansa: 'ANSA',
  efe: 'EFE',
  kyodo: 'Kyodo News',
  yonhap: 'Yonhap',
  tass: 'TASS',
  'itar-tass': 'TASS',
  interfax: 'Interfax',
  'ria novosti': 'RIA Novosti',
  sputnik: 'Sputnik',
  pti: 'Press Trust of India',
  ians: 'IANS',
  aa: 'Anadolu Agency',
  anadolu: 'Anadolu Agency',
  cnn: 'CNN',
  bbc: 'BBC',
  cp: 'The Canadian Press',
  aap: 'Australian Associated Press',
  pa: 'PA Media',
  kuna: 'KUNA',
  wam: 'WAM',
  bernama: 'Bernama',
  prnewswire: 'PR Newswire',
  'pr newswire': 'PR Newswire',
  'business wire': 'Business Wire',
  'globe newswire': 'GlobeNewswire',
  marketwired: 'Marketwired',
  nyt: 'The New York Times',
  tnn: 'Times News Network',
};

/** The dash or mark that ends a dateline: "MOSCOW —", "(AP) _", "(AP) --", "(Reuters) -". */
export const DATELINE_END = String.raw`(?:—|–|--|-|_|:)`;

/** Roles that follow a byline's names, dropped from the author. */
export const BYLINE_ROLES = {
  name: 'byline role',
  pattern:
    /^(?:(?:the )?associated press(?: writers?)?|ap(?: \w+)? writers?|reuters|bloomberg(?: news)?|afp|staff writers?|staff reporters?|special correspondent|correspondents?|(?:senior |chief |foreign |political |business |science )?(?:correspondent|editor|reporter|writer|analyst)s?(?: \w+){0,3}|for [\p{L} .]+|in [\p{L} .]+)$/iu,
  examples: [
    'Associated Press Writer',
    'AP Business Writer',
    'Reuters',
    'Staff Writer',
    'Foreign Correspondent',
  ],
  counterExamples: ['John Smith'],
} as const satisfies LineRule;

/** Small words inside names ("Ana de Armas", "Ludwig van Beethoven", "Jane Doe and John Roe"). */
export const NAME_PARTICLES =
  'and & de del della van von der den da di du bin ibn al el la le dos das';

/** A byline: "By ..." at the start of a header line. */
export const BYLINE = {
  name: 'byline',
  pattern: /^(?:by|BY|By|written by|Written by)\s+(?<names>\S.{0,150})$/u,
  examples: [
    'By CHEGE MBITIRU',
    'By Jane Doe, Associated Press Writer',
    'By Anna Smith and John Doe',
  ],
  counterExamples: ['Bystanders said the blast shook the building.'],
} as const satisfies LineRule;

/**
 * Labels of date headers, most telling first. `published` dates the article; `updated` only
 * when nothing better is written, since an update can come days later.
 */
export const DATE_HEADER_LABELS = [
  {
    name: 'published',
    kind: 'published',
    pattern:
      /^(?:(?:first |originally )?published|posted|date(?:d)?|created|released|issued|filed|pub(?:lication)? date|dateline)(?!\p{L})(?:\s+(?:on|at))?\s*[:\-–—|]?\s*/iu,
    examples: [
      'Published: May 17, 2023',
      'Posted on 17 May 2023',
      'Date: 2023-05-17',
      'First published on Wed 17 May 2023',
    ],
    counterExamples: ['Postal workers went on strike on May 17, 2023.'],
  },
  {
    name: 'updated',
    kind: 'updated',
    pattern:
      /^(?:(?:last )?(?:updated|modified|update)|last update)(?!\p{L})(?:\s+(?:on|at))?\s*[:\-–—|]?\s*/iu,
    examples: ['Updated 2:34 PM ET, Wed May 17, 2023', 'Last updated: 17/05/2023'],
    counterExamples: ['Updates to the law came in 2019.'],
  },
] as const satisfies ReadonlyArray<LineRule & { kind: 'published' | 'updated' }>;

/**
 * What may stand beside a date in a date header and still leave a line that is only a date:
 * clock times, zones, weekday names, "at", separators. Matched case-insensitively, globally.
 */
export const DATE_HEADER_FILLER =
  /\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?|\b(?:gmt|utc|bst|cet|cest|eet|eest|msk|edt|est|cdt|cst|mdt|mst|pdt|pst|et|pt|ist|jst|kst|hkt|sgt|aest|aedt)(?:[+-]\d{1,2}(?::?\d{2})?)?\b|\b(?:at|on|the|of|local time)\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?|[|•·,/()\-–—:]/giu;

/** Relative times in date headers ("Updated 2 hours ago", "Published today"): no calendar date. */
export const RELATIVE_TIME =
  /\b(?:\d+|an?|one|few)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?)\s+ago\b|\b(?:today|yesterday|just now|moments? ago)\b/giu;

/**
 * A site's name in a header line ("English.news.cn | 2002-10-12 10:15:00"): not prose, like a
 * link.
 */
export const SITE_NAME = {
  name: 'site name',
  pattern:
    /^(?:www\.)?(?:[\p{L}\d-]+\.)+(?:com|net|org|info|news|int|gov|edu|cn|uk|ie|de|fr|ru|ua|in|pk|au|nz|ca|jp|kr|sg|za|ng|ke|io|tv)$/iu,
  examples: ['English.news.cn', 'reuters.com', 'www.bbc.co.uk', 'Kyivindependent.com'],
  counterExamples: ['U.S.', 'Mr. Smith', 'The Associated Press'],
} as const satisfies LineRule;

/**
 * Transmission stamps that wires put on a line of their own, above or below a story: when it was
 * sent. They date the story as a "Published" header does. Each names its date parts `year` (or
 * `shortYear`, two digits), `month` (or `monthName`, English, any case) and `day`.
 */
export const WIRE_STAMPS = [
  {
    // LDC corpora (Gigaword, TimeBank, AQUAINT) name each story by its source and date.
    name: 'news corpus document id',
    pattern:
      /^(?:APW|NYT|XIE|XIN|AFP|AFE|CNA|LTW|WPB|CNN|ABC|PRI|VOA|NBC|MNB|SJM|ea|ed)(?:_ENG_)?(?<year>(?:19|20)\d\d)(?<month>0[1-9]|1[0-2])(?<day>0[1-9]|[12]\d|3[01])\.\d{4}(?:\.\d{4})?(?!\S)/u,
    examples: [
      'APW19980807.0261 NEWS STORY 08/07/1998 06:18:00',
      'AFP_ENG_19940512.0004',
      'VOA19980303.1600.2745',
    ],
    counterExamples: ['APW is a wire service.', 'NYT19981345.0001'],
  },
  {
    // AP's slug line: desk, month-day-year, time and zone.
    name: 'AP slug',
    pattern:
      /^AP-[A-Z]{2}-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])-(?<shortYear>\d\d)\s+\d{4}\s?[A-Z]{3}$/u,
    examples: ['AP-NY-08-07-98 1822EDT', 'AP-WA-03-06-12 1015 EST'],
    counterExamples: ['AP-NY is a desk.'],
  },
  {
    // The date line of Reuters' 1987 wire (as in the Reuters-21578 collection).
    name: 'Reuters date stamp',
    pattern:
      /^(?<day>[0-3]?\d)-(?<monthName>[A-Z]{3})-(?<year>(?:19|20)\d\d)\s+\d{2}:\d{2}:\d{2}(?:\.\d+)?$/u,
    examples: ['26-FEB-1987 15:01:01.79', '2-MAR-1987 09:15:20.00'],
    counterExamples: ['26-FEB-1987 was a Thursday.'],
  },
] as const satisfies readonly LineRule[];
