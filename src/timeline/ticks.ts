/**
 * The axis's tick labels: d3's own (a month's name, "Mar 08", "Wed 05", "03 PM"), except that a
 * year is written as people write it. d3 pads years to four digits, so a history reaching back to
 * "sacked in AD 410" had its axis read "0400 0600 0800"; it reads "400 600 800" now.
 */
import { utcYear } from 'd3-time';

/** The label of an axis tick at `date`: its year when it falls on a year's first instant. */
export function tickLabel(date: Date, otherwise: (date: Date) => string): string {
  return utcYear.floor(date).getTime() === date.getTime()
    ? String(date.getUTCFullYear())
    : otherwise(date);
}
