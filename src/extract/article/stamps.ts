/**
 * Wire transmission stamps on a line of their own ("AP-NY-08-07-98 1822EDT",
 * "26-FEB-1987 15:01:01.79", "APW19980807.0261 ..."): the date a story was sent. The forms are
 * data (WIRE_STAMPS); this reads their named parts into a date.
 */
import { daysInMonth } from '../calendar/days.ts';
import { MONTHS, TWO_DIGIT_YEAR_PIVOT } from '../lexicon/en/article/date-words.ts';
import { WIRE_STAMPS } from '../lexicon/en/article/wire.ts';
import type { FoundDate } from './dates.ts';

/** Stamp lines are short; a longer line is never read as one (and costs nothing). */
const MAX_STAMP_LINE = 120;

function monthOf(name: string): number | undefined {
  const i = MONTHS.findIndex((m) =>
    [m.name, ...m.short].some((w) => w.toLowerCase() === name.toLowerCase()),
  );
  return i < 0 ? undefined : i + 1;
}

/** The date a trimmed line stamps, with offsets into the line, or null. */
export function readStamp(line: string): FoundDate | null {
  if (line.length > MAX_STAMP_LINE) return null;
  for (const stamp of WIRE_STAMPS) {
    const m = stamp.pattern.exec(line);
    const g = m?.groups;
    if (!m || !g) continue;
    const short = g['shortYear'];
    const year =
      g['year'] !== undefined
        ? Number(g['year'])
        : short !== undefined
          ? (Number(short) < TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900) + Number(short)
          : null;
    const month = g['month'] !== undefined ? Number(g['month']) : monthOf(g['monthName'] ?? '');
    const day = Number(g['day']);
    if (year === null || month === undefined || day < 1 || day > daysInMonth(year, month)) {
      continue;
    }
    return {
      start: 0,
      end: m[0].length,
      year,
      month,
      day,
      weekday: null,
      order: null,
      swappable: false,
    };
  }
  return null;
}
