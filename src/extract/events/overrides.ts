/**
 * Editorial corrections: `content/overrides.yaml`, keyed by event id. Event ids stay the same
 * while the sentence that reports an event is unchanged, so corrections survive re-extraction.
 *
 * The format (every field optional, at least one action per event):
 *
 *     ev-3f2a9c1b0d:
 *       hide: true                      # leave the event off the timeline
 *     ev-7c1e04aa92:
 *       retitle: Belarus restores border checks with Russia
 *       redate: 2023-05-05              # a TIMEX3 value: 2023-05-05, 2023-05, 2023-FA, 199X...
 *       recategorize: [border-control, migration]
 *       note: The checks began on May 5; the 17th is when they became known.
 *     ev-0b99d2e417:
 *       merge: ev-7c1e04aa92            # the same event: its sources join that one
 *     ev-5d0c7e3f21:
 *       redate: { value: 199X, mod: START }   # "the early 1990s"
 *
 * Strict, like the rest of the configuration: an unknown action or a value of the wrong kind is
 * an Error that names the event id and the field. Corrections for ids that no longer exist (the
 * sentence was edited, the article removed) and merges into a missing event are returned as
 * problems for the loader to report: they are never dropped silently.
 *
 * Order: every correction is checked first; then retitle, redate and recategorize apply to their
 * event; then merges (following chains: a -> b -> c); then hides.
 */
import { eventDate } from '../calendar/index.ts';
import type { EventDate, EventSource, TimelineEvent } from '../types.ts';

export interface OverrideProblem {
  /** The event id the correction is keyed by. */
  id: string;
  message: string;
}

export interface OverrideOptions {
  /** The site's categories (content/site.yaml); when given, `recategorize` must use them. */
  categories?: readonly string[];
}

/** One event's corrections, checked. */
interface Correction {
  hide: boolean;
  retitle: string | null;
  redate: EventDate | null;
  recategorize: string[] | null;
  merge: string | null;
}

const ACTIONS = ['hide', 'retitle', 'redate', 'recategorize', 'merge', 'note'] as const;

/** TIMEX3 mods a redate may carry. */
const MODS = [
  'START',
  'MID',
  'END',
  'APPROX',
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
] as const;

export function applyOverrides(
  events: TimelineEvent[],
  overrides: unknown,
  options: OverrideOptions = {},
): { events: TimelineEvent[]; problems: OverrideProblem[] } {
  const corrections = readOverrides(overrides, options);
  const problems: OverrideProblem[] = [];
  const byId = new Map(events.map((event) => [event.id, event] as const));

  for (const [id, correction] of corrections) {
    const event = byId.get(id);
    if (!event) {
      problems.push({
        id,
        message:
          'no event has this id any more (its sentence changed or its article is gone); ' +
          'the correction was not applied',
      });
      continue;
    }
    byId.set(id, edit(event, correction));
  }

  const merged = new Set<string>();
  for (const [id, correction] of corrections) {
    if (correction.merge === null || !byId.has(id)) continue;
    const target = finalTarget(id, corrections);
    const into = byId.get(target);
    if (!into) {
      problems.push({
        id,
        message: `merge: no event has the id "${target}" any more; the events were not merged`,
      });
      continue;
    }
    byId.set(target, absorb(into, byId.get(id)!));
    merged.add(id);
  }

  const hidden = new Set([...corrections].filter(([, c]) => c.hide).map(([id]) => id));
  const kept = [...byId.values()].filter((e) => !merged.has(e.id) && !hidden.has(e.id));
  // A redated event moves to its place in date order; otherwise the order is the one given.
  const redated = [...corrections.values()].some((c) => c.redate !== null);
  const result = redated
    ? kept.sort(
        (a, b) => a.date.start.localeCompare(b.date.start) || b.date.end.localeCompare(a.date.end),
      )
    : kept;
  return { events: result, problems };
}

/** Applies retitle, redate and recategorize to one event. */
function edit(event: TimelineEvent, correction: Correction): TimelineEvent {
  return {
    ...event,
    ...(correction.retitle !== null ? { title: correction.retitle } : {}),
    ...(correction.redate !== null ? { date: correction.redate } : {}),
    ...(correction.recategorize !== null ? { categories: correction.recategorize } : {}),
  };
}

/** Where a merge ends when merges are chained (a -> b -> c gives c). Cycles are refused earlier. */
function finalTarget(id: string, corrections: ReadonlyMap<string, Correction>): string {
  let target = corrections.get(id)?.merge ?? id;
  for (let next = corrections.get(target)?.merge; next; next = corrections.get(target)?.merge) {
    target = next;
  }
  return target;
}

/**
 * `from` joins `into`: its sources (without repeats), actors, places and categories. `into` keeps
 * its id, title, date and summary; a date of `from` that differs is kept as a conflict, since the
 * sources do not agree on it.
 */
function absorb(into: TimelineEvent, from: TimelineEvent): TimelineEvent {
  const key = (s: EventSource) => `${s.article}\u0000${s.start}\u0000${s.end}`;
  const seen = new Set(into.sources.map(key));
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  const conflicts = [...(into.conflicts ?? []), ...(from.conflicts ?? [])];
  if (from.date.value !== into.date.value) {
    for (const article of new Set(from.sources.map((s) => s.article))) {
      conflicts.push({ value: from.date.value, label: from.date.label, article });
    }
  }
  const uniqueConflicts = [
    ...new Map(conflicts.map((c) => [`${c.value}\u0000${c.article}`, c] as const)).values(),
  ].filter((c) => c.value !== into.date.value);
  const merged: TimelineEvent = {
    ...into,
    actors: union(into.actors, from.actors),
    places: union(into.places, from.places),
    categories: union(into.categories, from.categories),
    relevance: Math.max(into.relevance, from.relevance),
    sources: [...into.sources, ...from.sources.filter((s) => !seen.has(key(s)))],
  };
  if (uniqueConflicts.length > 0) merged.conflicts = uniqueConflicts;
  else delete merged.conflicts;
  return merged;
}

/** Checks the whole overrides file; throws on the first error, naming the event id and field. */
export function readOverrides(
  overrides: unknown,
  options: OverrideOptions = {},
): Map<string, Correction> {
  const corrections = new Map<string, Correction>();
  if (overrides === null || overrides === undefined) return corrections;
  if (!isRecord(overrides)) {
    throw new Error('overrides must map event ids to their corrections ("ev-...: { hide: true }")');
  }
  for (const [id, value] of Object.entries(overrides)) {
    corrections.set(id, readCorrection(id, value, options));
  }
  for (const [id, correction] of corrections) {
    if (correction.merge === null) continue;
    const path = [id];
    for (
      let next: string | null = correction.merge;
      next;
      next = corrections.get(next)?.merge ?? null
    ) {
      if (path.includes(next)) {
        throw new Error(`${id}: merge: the merges form a loop (${[...path, next].join(' -> ')})`);
      }
      path.push(next);
    }
  }
  return corrections;
}

function readCorrection(id: string, value: unknown, options: OverrideOptions): Correction {
  const fail = (field: string, message: string): never => {
    throw new Error(`${id}: ${field}: ${message}`);
  };
  if (!isRecord(value)) {
    fail('(corrections)', `expected actions such as "hide: true", not ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter(
    (key) => !(ACTIONS as readonly string[]).includes(key),
  );
  if (unknown.length > 0) {
    fail(unknown[0]!, `unknown action (known: ${ACTIONS.join(', ')})`);
  }
  const correction: Correction = {
    hide: false,
    retitle: null,
    redate: null,
    recategorize: null,
    merge: null,
  };
  if ('hide' in record) {
    if (typeof record['hide'] !== 'boolean')
      fail('hide', `must be true or false, not ${describe(record['hide'])}`);
    correction.hide = record['hide'] as boolean;
  }
  if ('retitle' in record) {
    const title = record['retitle'];
    if (typeof title !== 'string' || title.trim() === '') {
      fail('retitle', `must be a non-empty title, not ${describe(title)}`);
    }
    correction.retitle = (title as string).trim();
  }
  if ('redate' in record) correction.redate = readRedate(record['redate'], fail);
  if ('recategorize' in record) {
    const categories = record['recategorize'];
    if (
      !Array.isArray(categories) ||
      categories.some((c) => typeof c !== 'string' || c.trim() === '')
    ) {
      fail('recategorize', `must be a list of category names, not ${describe(categories)}`);
    }
    const names = (categories as string[]).map((c) => c.trim());
    const known = options.categories;
    const stray = known ? names.find((name) => !known.includes(name)) : undefined;
    if (stray !== undefined) {
      fail(
        'recategorize',
        `"${stray}" is not a category of the site (${known!.join(', ') || 'none'})`,
      );
    }
    correction.recategorize = [...new Set(names)];
  }
  if ('merge' in record) {
    const target = record['merge'];
    if (typeof target !== 'string' || target.trim() === '') {
      fail('merge', `must be the id of another event, not ${describe(target)}`);
    }
    if ((target as string).trim() === id) fail('merge', 'an event cannot be merged into itself');
    correction.merge = (target as string).trim();
  }
  if ('note' in record && typeof record['note'] !== 'string') {
    fail('note', `must be text, not ${describe(record['note'])}`);
  }
  if (
    correction.hide &&
    (correction.merge !== null ||
      correction.retitle !== null ||
      correction.redate !== null ||
      correction.recategorize !== null)
  ) {
    fail('hide', 'a hidden event takes no other correction; remove "hide" or the others');
  }
  const acts = Object.keys(record).filter((key) => key !== 'note');
  if (acts.length === 0) fail('(corrections)', `no action given (known: ${ACTIONS.join(', ')})`);
  return correction;
}

/** A redate: a TIMEX3 value (`2023-05-05`, `2023-FA`, the number 2018), or `{ value, mod }`. */
function readRedate(value: unknown, fail: (field: string, message: string) => never): EventDate {
  let timex: unknown = value;
  let mod: unknown;
  if (isRecord(value)) {
    const extra = Object.keys(value).find((key) => key !== 'value' && key !== 'mod');
    if (extra !== undefined) fail(`redate.${extra}`, 'unknown field (known: value, mod)');
    timex = value['value'];
    mod = value['mod'];
    if (
      mod !== undefined &&
      (typeof mod !== 'string' || !(MODS as readonly string[]).includes(mod))
    ) {
      fail('redate.mod', `must be a TIMEX3 mod (${MODS.join(', ')}), not ${describe(mod)}`);
    }
  }
  if (typeof timex === 'number' && Number.isInteger(timex)) timex = String(timex);
  if (typeof timex !== 'string') {
    return fail(
      'redate',
      `must be a TIMEX3 date such as 2023-05-05, 2023-FA or 199X, not ${describe(timex)}`,
    );
  }
  const date = eventDate(timex, mod as string | undefined);
  if (date === null) {
    return fail(
      'redate',
      `"${timex}" is not a TIMEX3 date with a known year (2023-05-05, 2023-05, 2023-FA, 199X...)`,
    );
  }
  return date;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}
