/**
 * Resolving: what an expression states, anchored on the publication date (as far as it is
 * known), the tense of its sentence, or the last date the text mentioned, gives a TIMEX3 value.
 * Parts nobody knows stay `X` ("on Monday" in a text known only to be from 2018: `2018-WXX-1`).
 *
 *   date.ts      calendar dates as stated ("May 5", "Wednesday", "the autumn")
 *   period.ts    periods counted from an anchor ("last week", "the next day")
 *   duration.ts  lengths and recurrences
 *   pick.ts      which occurrence the tense or "last"/"next" points to
 */
import type { Stated } from '../read.ts';
import type { Reference } from '../rule.ts';
import type { Context, Resolved } from './context.ts';
import { resolveDate } from './date.ts';
import { durationValue, resolveSet } from './duration.ts';
import { fromPublication, periodFrom, resolveAgo, resolveNarrative } from './period.ts';
import { withTime } from './values.ts';

export {
  parsePublication,
  type Context,
  type Narrative,
  type Publication,
  type Resolved,
} from './context.ts';
export { durationValue } from './duration.ts';

/** The value of one expression, or null when it names nothing the calendar can hold. */
export function resolve(stated: Stated, context: Context): Resolved | null {
  let resolved: Resolved | null;
  switch (stated.kind) {
    case 'date':
      resolved = resolveDate(stated, context);
      break;
    case 'deictic':
      resolved =
        stated.unit === null
          ? null
          : periodFrom(
              stated.unit,
              stated.offset ?? 0,
              fromPublication(context.pub),
              'publication',
            );
      if (resolved) resolved = withTime(resolved, stated);
      break;
    case 'ago':
      resolved = resolveAgo(stated, context);
      break;
    case 'narrative':
      resolved = resolveNarrative(stated, context);
      break;
    case 'duration': {
      const value =
        stated.unit === null
          ? null
          : durationValue(stated.count === undefined ? 1 : stated.count, stated.unit);
      resolved = value === null ? null : { value, anchor: 'none' };
      break;
    }
    case 'set':
      resolved = resolveSet(stated);
      break;
    case 'reference':
      resolved =
        stated.reference === null
          ? null
          : { value: stated.reference satisfies Reference, anchor: 'publication' };
      break;
    case 'none':
      resolved = null;
      break;
  }
  if (resolved && stated.mod !== null && resolved.mod === undefined)
    resolved = { ...resolved, mod: stated.mod };
  return resolved;
}
