/**
 * The axis's tick labels, as people write dates: d3's own multi-scale choice of unit (a year, a
 * month's name, a week's first day, a weekday, an hour), but without d3's zero padding. d3 pads
 * years to four digits, so a history reaching back to "sacked in AD 410" had its axis read "0400
 * 0600 0800"; and it pads days and hours to two, so a zoom into a week read "May 08", "Wed 05",
 * "03 PM". They read "400 600 800", "May 8", "Wed 5", "3 PM" now.
 */
import type { ScaleTime } from 'd3-scale';
import { utcDay, utcHour, utcMinute, utcMonth, utcSecond, utcWeek, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';

const MILLISECOND = utcFormat('.%L');
const SECOND = utcFormat(':%S');
const MINUTE = utcFormat('%-I:%M');
const HOUR = utcFormat('%-I %p');
const WEEKDAY = utcFormat('%a %-d');
const WEEK = utcFormat('%b %-d');
const MONTH = utcFormat('%B');

/**
 * The label of an axis tick at `date`, by the largest unit it starts (d3 scaleUtc's own choice,
 * weeks starting on Sunday as there): its year on a year's first instant, written unpadded.
 */
export function tickLabel(date: Date): string {
  if (utcSecond.floor(date) < date) return MILLISECOND(date);
  if (utcMinute.floor(date) < date) return SECOND(date);
  if (utcHour.floor(date) < date) return MINUTE(date);
  if (utcDay.floor(date) < date) return HOUR(date);
  if (utcMonth.floor(date) < date) return utcWeek.floor(date) < date ? WEEKDAY(date) : WEEK(date);
  if (utcYear.floor(date) < date) return MONTH(date);
  return String(date.getUTCFullYear());
}

/**
 * The axis's ticks, about `count` of them: d3's, but never finer than a day. Events are dated to
 * the day at most, so a view of a few days zoomed in had "Tue 9 | 12 PM | Wed 10 | 12 PM": the
 * noons marked nothing. Such a view has a tick at each midnight only.
 */
export function tickDates(scale: ScaleTime<number, number>, count: number): Date[] {
  const ticks = scale.ticks(count);
  if (ticks.every((tick) => utcDay.floor(tick).getTime() === tick.getTime())) return ticks;
  const [start, end] = scale.domain() as [Date, Date];
  return utcDay.range(utcDay.ceil(start), new Date(end.getTime() + 1));
}
