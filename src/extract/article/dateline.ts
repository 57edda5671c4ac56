/**
 * Datelines: the place (and often the date and the agency) that opens a news report.
 *
 *   MOSCOW — Foreign Minister ...                 place
 *   NAIROBI, Kenya (AP) _                          place, region, agency (a line of its own)
 *   WASHINGTON, March 3 (Reuters) - ...            place, date without a year, agency
 *   NEW YORK, March 3, 2010 /PRNewswire/ -- ...    place, full date, wire
 *   OSLO, Norway and CAMBRIDGE, Mass., June 5 — ... two places (the first is kept), date
 *   MOSCOW, May 17. /TASS/. ...                    place, date, agency
 *   TOKYO, March 11 Kyodo - ...                    place, date, agency without brackets
 *   Kyiv, Ukraine — ...                            place, region (mixed case)
 *   Madrid, Mar 6 (EFE).- ...                      place, date, agency
 *   (ANSA) - Rome, March 6 - ...                   agency, then place and date
 *   SAN JOSE, Calif.--(BUSINESS WIRE)--March 6, 2012--...   place, wire, date
 *   Jan. 5, 2010 — ...                             date alone
 */
import { AGENCIES, DATELINE_END, NAME_PARTICLES } from '../lexicon/en/article/wire.ts';
import { MONTHS, WEEKDAYS } from '../lexicon/en/article/date-words.ts';
import { findDates, type FoundDate } from './dates.ts';
import { splitAtSpaces } from '../text/words.ts';

export interface Dateline {
  /** "MOSCOW", "NAIROBI": as written. */
  place: string | null;
  /** "Kenya", "N.Y.". */
  region: string | null;
  /** The date written in the dateline, with offsets into the line. */
  date: FoundDate | null;
  /** The agency credit as written ("AP", "Reuters") and its publisher name. */
  agency: string | null;
  publisher: string | null;
  /** Length of the dateline in the line, separator included: the prose starts after it. */
  length: number;
}

/** Month names as written and in capitals ("MARCH 3" in a dateline in capitals). */
const MONTH_NAMES = MONTHS.flatMap((m) => [m.name, ...m.short])
  .flatMap((name) => [name, name.toUpperCase()])
  .join('|');
const WEEKDAY_NAMES = WEEKDAYS.map((w) => w.name).join('|');
/** A word of a place in capitals: "MOSCOW", "ST.", "DAR", "U.N.". */
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}.'’&-]*`;
/** A region after the place: "Kenya", "N.Y.", "South Africa", "MO."; never a month. */
const REGION = String.raw`(?!(?:${MONTH_NAMES})\b)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
/** A date in a dateline: "March 3", "Jan. 5, 2010", "17 May", "1996-08-20". */
const DATE = String.raw`(?:${MONTH_NAMES})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+(?:${MONTH_NAMES})\.?(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}`;
const DATE_PART = String.raw`(?<date>${DATE})\.?`;
const AGENCY = String.raw`(?:\(\s*(?<agency>[^()\n]{1,40}?)\s*\)|/(?<wire>[^/\n]{1,40})/\.?)`;
/**
 * A known agency's name without brackets, after a dateline's date ("TOKYO, March 11 Kyodo -"),
 * as written or in capitals.
 */
const BARE_AGENCY = String.raw`(?<bare>${Object.keys(AGENCIES)
  .flatMap((name) => [
    name.replace(/(?<=^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()),
    name.toUpperCase(),
  ])
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
  .join('|')})`;
/**
 * A second place a joint release is dated from ("OSLO, Norway and CAMBRIDGE, Mass., June 5, 2012
 * —"): the dateline's place is the first.
 */
const SECOND_PLACE = String.raw`(?:,?\s+and\s+${CAPS_WORD}(?:\s+${CAPS_WORD}){0,4}(?:,\s+${REGION})?)?`;
/** The end of a dateline; "(EFE).-" has a full stop before its dash. */
const END = String.raw`(?<end>\s*\.?${DATELINE_END}(?:\s+|$)|$|\s+)`;

const PLACE_DATELINE = new RegExp(
  String.raw`^(?<place>${CAPS_WORD}(?:\s+${CAPS_WORD}){0,4})(?:,\s+(?<region>${REGION}))?${SECOND_PLACE}(?:,?\s+${DATE_PART}(?:\s+${BARE_AGENCY}(?=\s*${DATELINE_END}))?)?(?:\s*${AGENCY})?${END}`,
  'u',
);
/** A press-release wire between place and date: "SAN JOSE, Calif.--(BUSINESS WIRE)--March 6, 2012--". */
const WIRE_DATELINE = new RegExp(
  String.raw`^(?<place>${CAPS_WORD}(?:\s+${CAPS_WORD}){0,4})(?:,\s+(?<region>${REGION}))?\s*--\s*${AGENCY}\s*--\s*${DATE_PART}(?<end>\s*--\s*)`,
  'u',
);
/** After an agency that opens the line, a place and date: "(ANSA) - Rome, March 6 - ...". */
const PLACE_DATE_AFTER_AGENCY = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}),?\s+(?:(?<region>${REGION}),\s+)?${DATE_PART}(?<end>\s*${DATELINE_END}\s+)`,
  'u',
);
/** A mixed-case place counts only with an agency credit: "Moscow (Reuters) -". */
const MIXED_PLACE_DATELINE = new RegExp(
  String.raw`^(?<place>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?:,\s+(?<region>${REGION}))?(?:,\s+${DATE_PART})?\s*${AGENCY}${END}`,
  'u',
);
/**
 * A mixed-case place and region without an agency, then a long dash and a capital: "Kyiv,
 * Ukraine — Russian forces ...". The region and the capital after the dash keep prose out
 * ("Meanwhile, Russia — which ...").
 */
const PARTICLE = splitAtSpaces(NAME_PARTICLES)
  .filter((w) => /^\p{Ll}+$/u.test(w))
  .join('|');
const MIXED_PLACE_REGION_DATELINE = new RegExp(
  String.raw`^(?<place>\p{Lu}\p{Ll}+(?:(?:\s+(?:${PARTICLE}))?[\s-]\p{Lu}\p{Ll}+){0,2}),\s+(?<region>\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){0,2})(?:,\s+${DATE_PART})?(?<end>\s+(?:—|–|--)\s+)(?=\p{Lu})`,
  'u',
);
/** A date alone: "Jan. 5, 2010 — ...", "Thursday, March 4, 2010 (Reuters) - ...". */
const DATE_DATELINE = new RegExp(
  String.raw`^(?:(?:${WEEKDAY_NAMES}),?\s+)?${DATE_PART}(?:\s*${AGENCY})?(?<end>\s*${DATELINE_END}\s+)`,
  'u',
);
/** An agency alone: "(CNN) — ...". */
const AGENCY_DATELINE = new RegExp(String.raw`^${AGENCY}(?<end>\s*${DATELINE_END}\s+)`, 'u');

function publisherOf(agency: string | null): string | null {
  if (agency === null) return null;
  const known = AGENCIES[agency.toLowerCase().replace(/\s+/gu, ' ')];
  if (known) return known;
  // An unknown credit becomes the publisher as written, if it reads as a name.
  return /^\p{Lu}[\p{L}&.' -]{1,30}$/u.test(agency) && !/^undated$/iu.test(agency) ? agency : null;
}

/**
 * The dateline that opens `line`, or null. With `alone`, the dateline must be the whole line
 * ("NAIROBI, Kenya (AP) _"); otherwise prose must follow it.
 */
export function matchDateline(line: string, alone = false): Dateline | null {
  const patterns = [
    WIRE_DATELINE,
    PLACE_DATELINE,
    MIXED_PLACE_DATELINE,
    MIXED_PLACE_REGION_DATELINE,
    DATE_DATELINE,
    AGENCY_DATELINE,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(line);
    const g = m?.groups;
    if (!m || !g) continue;
    if (pattern === AGENCY_DATELINE && !alone) {
      const then = PLACE_DATE_AFTER_AGENCY.exec(line.slice(m[0].length));
      if (then?.groups) {
        const dateline = readMatch(then, m.groups?.['agency']?.trim() ?? null);
        if (dateline) return { ...dateline, length: m[0].length + then[0].length };
      }
    }
    const dateline = readMatch(m, (g['agency'] ?? g['wire'] ?? g['bare'])?.trim() ?? null);
    if (!dateline) continue;
    const hasSeparator = (g['end'] ?? '').trim() !== '';
    const isWhole = m[0].length === line.length;
    if (alone ? !isWhole : isWhole) continue;
    // Without a dash, only an agency credit or a date marks the words as a dateline.
    if (!hasSeparator && dateline.agency === null && !(alone && g['date'])) continue;
    return dateline;
  }
  return null;
}

/** The parts of a dateline match, or null when its place is not a place. */
function readMatch(m: RegExpExecArray, agency: string | null): Dateline | null {
  const g = m.groups ?? {};
  const place = g['place'] ?? null;
  if (place !== null && !isPlace(place)) return null;
  const dateText = g['date'];
  const date = dateText ? (findDates(dateText)[0] ?? null) : null;
  return {
    place,
    region: g['region'] ?? null,
    date,
    agency,
    publisher: publisherOf(agency),
    length: m[0].length,
  };
}

/** A place has letters, and is not a lone capital ("A — ..."), nor ends in a stray dot-less initial. */
function isPlace(place: string): boolean {
  return (place.match(/\p{L}/gu)?.length ?? 0) >= 2;
}
