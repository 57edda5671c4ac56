/**
 * Day and month in numeric dates that read either way ("06/03/2012": June 3 or 6 March). A text
 * tells its order by its other dates, in this order of weight:
 *
 *   1. a date of the text that names the month and matches one reading: "LONDON, 6 March
 *      (Reuters)" under "06/03/2012 10:15" makes it 6 March;
 *   2. how the text writes its dates otherwise: day first ("on 5 March", "17.05.2023", "25/12")
 *      or month first ("on June 1", "12/25");
 *   3. else month first, as US wires write it (the reading findDates gives).
 */
import { swapped, type FoundDate } from './dates.ts';

/** A function that reads a swappable numeric date in the order `dates` (a text's) write dates. */
export function numericOrder(dates: readonly FoundDate[]): (date: FoundDate) => FoundDate {
  const unambiguous = new Set<string>();
  let dayFirst = 0;
  let monthFirst = 0;
  for (const date of dates) {
    if (date.swappable) continue;
    if (date.order === 'day-first') dayFirst++;
    if (date.order === 'month-first') monthFirst++;
    if (date.order !== null && date.day !== null) unambiguous.add(`${date.month}-${date.day}`);
  }
  return (date) => {
    if (!date.swappable || date.day === null) return date;
    const asWritten = unambiguous.has(`${date.month}-${date.day}`);
    const other = unambiguous.has(`${date.day}-${date.month}`);
    if (asWritten !== other) return other ? swapped(date) : date;
    return dayFirst > monthFirst ? swapped(date) : date;
  };
}
