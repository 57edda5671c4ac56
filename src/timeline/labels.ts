/** Words the timeline shows people, in one place (English for now; a locale file later). */
import type { EventStatus, Granularity } from '../extract/types.ts';

export const STATUS_LABELS: Readonly<Record<EventStatus, string>> = {
  happened: 'Happened',
  ongoing: 'Ongoing',
  planned: 'Planned or expected',
};

/** "known to the year": how precise a date is, said plainly. */
export const PRECISION_LABELS: Readonly<Record<Granularity, string>> = {
  century: 'known to the century',
  decade: 'known to the decade',
  year: 'known to the year',
  half: 'known to the half-year',
  season: 'known to the season',
  quarter: 'known to the quarter',
  month: 'known to the month',
  week: 'known to the week',
  day: 'known to the day',
  time: 'known to the time of day',
};

/** How many events, said plainly: "1 event", "1,234 events". */
export function eventCount(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'event' : 'events'}`;
}

/**
 * The name of a cluster mark, for screen readers and as a hover title: how many events, the dates
 * they span, and what activating it does (zoom in, or list events no zoom can tell apart).
 */
export function clusterName(cluster: {
  count: number;
  firstLabel: string;
  lastLabel: string;
  stacked: boolean;
}): string {
  const { count, firstLabel, lastLabel, stacked } = cluster;
  const dates = firstLabel === lastLabel ? firstLabel : `${firstLabel} to ${lastLabel}`;
  return `${eventCount(count)}, ${dates}: ${stacked ? 'list them' : 'zoom in'}`;
}
