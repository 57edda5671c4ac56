import { describe, expect, it } from 'vitest';
import { eventDate } from '../../../src/extract/calendar/index.ts';
import { applyOverrides } from '../../../src/extract/events/overrides.ts';
import type { TimelineEvent } from '../../../src/extract/types.ts';

function event(id: string, value: string, article = 'a', start = 0): TimelineEvent {
  return {
    id,
    title: `title of ${id}`,
    summary: `summary of ${id}`,
    date: eventDate(value)!,
    status: 'happened',
    actors: [`actor of ${id}`],
    places: [],
    categories: ['politics'],
    relevance: 0.5,
    sources: [{ article, start, end: start + 10, timex: null, quote: `quote of ${id}` }],
  };
}

const EVENTS = [
  event('ev-1', '2023-05-05', 'a', 0),
  event('ev-2', '2023-05-17', 'a', 20),
  event('ev-3', '2023-05-17', 'b', 0),
  event('ev-4', '2018', 'b', 40),
];

const ids = (events: TimelineEvent[]) => events.map((e) => e.id);

describe('applyOverrides()', () => {
  it('changes nothing without overrides', () => {
    expect(applyOverrides(EVENTS, null)).toEqual({ events: EVENTS, problems: [] });
    expect(applyOverrides(EVENTS, {})).toEqual({ events: EVENTS, problems: [] });
  });

  it('hide leaves the event out', () => {
    expect(ids(applyOverrides(EVENTS, { 'ev-2': { hide: true } }).events)).toEqual([
      'ev-1',
      'ev-3',
      'ev-4',
    ]);
  });

  it('hide: false changes nothing', () => {
    expect(applyOverrides(EVENTS, { 'ev-2': { hide: false } }).events).toEqual(
      applyOverrides(EVENTS, null).events,
    );
  });

  it('retitle replaces the title and nothing else', () => {
    const { events } = applyOverrides(EVENTS, { 'ev-1': { retitle: '  Border checks begin ' } });
    const changed = events.find((e) => e.id === 'ev-1')!;
    expect(changed.title).toBe('Border checks begin');
    expect({ ...changed, title: EVENTS[0]!.title }).toEqual(EVENTS[0]);
  });

  it.each([
    [
      '2023-FA',
      undefined,
      { start: '2023-09-01', end: '2023-12-01', granularity: 'season', label: 'autumn 2023' },
    ],
    [
      2014,
      undefined,
      { value: '2014', start: '2014-01-01', end: '2015-01-01', granularity: 'year', label: '2014' },
    ],
    ['2018-WXX-1', undefined, { granularity: 'year', label: 'a Monday in 2018' }],
    [
      '199X',
      'START',
      { start: '1990-01-01', end: '1994-01-01', approximate: true, label: 'the early 1990s' },
    ],
  ])('redate %j (mod %s) recomputes start, end, granularity and label', (value, mod, expected) => {
    const redate = mod === undefined ? value : { value, mod };
    const { events } = applyOverrides(EVENTS, { 'ev-2': { redate } });
    expect(events.find((e) => e.id === 'ev-2')!.date).toMatchObject(expected);
  });

  it('redate moves the event to its place in date order', () => {
    const { events } = applyOverrides(EVENTS, { 'ev-1': { redate: '2024' } });
    expect(ids(events)).toEqual(['ev-4', 'ev-2', 'ev-3', 'ev-1']);
  });

  it('recategorize replaces the categories, without repeats', () => {
    const { events } = applyOverrides(EVENTS, {
      'ev-3': { recategorize: ['border-control', 'migration', 'migration'] },
    });
    expect(events.find((e) => e.id === 'ev-3')!.categories).toEqual([
      'border-control',
      'migration',
    ]);
  });

  it('merge moves the sources into the other event, which keeps its id, title and date', () => {
    const { events, problems } = applyOverrides(EVENTS, { 'ev-3': { merge: 'ev-2' } });
    expect(problems).toEqual([]);
    expect(ids(events)).toEqual(['ev-1', 'ev-2', 'ev-4']);
    const into = events.find((e) => e.id === 'ev-2')!;
    expect(into.title).toBe('title of ev-2');
    expect(into.sources.map((s) => s.article)).toEqual(['a', 'b']);
    expect(into.actors).toEqual(['actor of ev-2', 'actor of ev-3']);
    expect(into.conflicts).toBeUndefined();
  });

  it('merge keeps a differing date of the merged event as a conflict', () => {
    const { events } = applyOverrides(EVENTS, { 'ev-4': { merge: 'ev-3' } });
    expect(events.find((e) => e.id === 'ev-3')!.conflicts).toEqual([
      { value: '2018', label: '2018', article: 'b' },
    ]);
  });

  it('merges follow chains', () => {
    const { events } = applyOverrides(EVENTS, {
      'ev-1': { merge: 'ev-2' },
      'ev-2': { merge: 'ev-3' },
    });
    expect(ids(events)).toEqual(['ev-3', 'ev-4']);
    expect(events[0]!.sources).toHaveLength(3);
  });

  it('does not change the events it is given', () => {
    const copy = structuredClone(EVENTS);
    applyOverrides(EVENTS, {
      'ev-1': { retitle: 'X' },
      'ev-3': { merge: 'ev-2' },
      'ev-4': { hide: true },
    });
    expect(EVENTS).toEqual(copy);
  });
});

describe('applyOverrides() reports what it cannot apply', () => {
  it('a correction whose event no longer exists is a problem, and the others still apply', () => {
    const { events, problems } = applyOverrides(EVENTS, {
      'ev-gone': { hide: true },
      'ev-1': { retitle: 'X' },
    });
    expect(problems).toEqual([
      { id: 'ev-gone', message: expect.stringMatching(/no event has this id/u) },
    ]);
    expect(events.find((e) => e.id === 'ev-1')!.title).toBe('X');
  });

  it('a merge into an event that no longer exists is a problem and merges nothing', () => {
    const { events, problems } = applyOverrides(EVENTS, { 'ev-1': { merge: 'ev-gone' } });
    expect(problems).toEqual([
      { id: 'ev-1', message: expect.stringMatching(/^merge: no event has the id "ev-gone"/u) },
    ]);
    expect(ids(events)).toContain('ev-1');
  });
});

describe('applyOverrides() validates strictly', () => {
  it.each([
    [[], /^overrides must map event ids/u],
    ['hide everything', /^overrides must map event ids/u],
    [{ 'ev-1': true }, /^ev-1: \(corrections\): expected actions/u],
    [{ 'ev-1': {} }, /^ev-1: \(corrections\): no action given/u],
    [{ 'ev-1': { note: 'only a note' } }, /^ev-1: \(corrections\): no action given/u],
    [{ 'ev-1': { delete: true } }, /^ev-1: delete: unknown action/u],
    [{ 'ev-1': { title: 'X' } }, /^ev-1: title: unknown action/u],
    [{ 'ev-1': { hide: 'yes' } }, /^ev-1: hide: must be true or false/u],
    [{ 'ev-1': { retitle: '' } }, /^ev-1: retitle: must be a non-empty title/u],
    [{ 'ev-1': { retitle: 3 } }, /^ev-1: retitle: must be a non-empty title/u],
    [{ 'ev-1': { redate: 'May 5' } }, /^ev-1: redate: "May 5" is not a TIMEX3 date/u],
    [
      { 'ev-1': { redate: 'XXXX-05-05' } },
      /^ev-1: redate: "XXXX-05-05" is not a TIMEX3 date with a known year/u,
    ],
    [{ 'ev-1': { redate: '2023-02-30' } }, /^ev-1: redate:/u],
    [{ 'ev-1': { redate: ['2023'] } }, /^ev-1: redate: must be a TIMEX3 date/u],
    [
      { 'ev-1': { redate: { value: '2023', mod: 'SOMETIME' } } },
      /^ev-1: redate\.mod: must be a TIMEX3 mod/u,
    ],
    [{ 'ev-1': { redate: { value: '2023', when: 'now' } } }, /^ev-1: redate\.when: unknown field/u],
    [
      { 'ev-1': { recategorize: 'border' } },
      /^ev-1: recategorize: must be a list of category names/u,
    ],
    [{ 'ev-1': { recategorize: ['border', 4] } }, /^ev-1: recategorize: must be a list/u],
    [{ 'ev-1': { merge: 42 } }, /^ev-1: merge: must be the id of another event/u],
    [{ 'ev-1': { merge: 'ev-1' } }, /^ev-1: merge: an event cannot be merged into itself/u],
    [
      { 'ev-1': { merge: 'ev-2' }, 'ev-2': { merge: 'ev-1' } },
      /^ev-1: merge: the merges form a loop \(ev-1 -> ev-2 -> ev-1\)/u,
    ],
    [
      { 'ev-1': { hide: true, retitle: 'X' } },
      /^ev-1: hide: a hidden event takes no other correction/u,
    ],
    [{ 'ev-1': { retitle: 'X', note: 5 } }, /^ev-1: note: must be text/u],
  ])('rejects %j', (overrides, message) => {
    expect(() => applyOverrides(EVENTS, overrides)).toThrow(message);
  });

  it('checks recategorize against the site categories when it is given them', () => {
    const overrides = { 'ev-1': { recategorize: ['border-control', 'sports'] } };
    expect(() => applyOverrides(EVENTS, overrides, { categories: ['border-control'] })).toThrow(
      /^ev-1: recategorize: "sports" is not a category of the site/u,
    );
    expect(() => applyOverrides(EVENTS, overrides)).not.toThrow();
  });

  it('an invalid correction is an Error even when its event is gone', () => {
    expect(() => applyOverrides(EVENTS, { 'ev-gone': { hide: 1 } })).toThrow(/^ev-gone: hide:/u);
  });
});
