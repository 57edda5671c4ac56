/**
 * What a relative clause's "which" stands for when it is not the noun before it: "..., when the
 * company overtook Infogear Technology Corp., which took place in 1996" dates the overtaking, the
 * clause before, since a name takes no place.
 */
import type { ClauseInfo } from './analysis.ts';
import type { Mention } from './mentions.ts';
import { OBJECT_PRONOUNS } from '../lexicon/en/events/function-words.ts';
import { TOOK_PLACE } from '../lexicon/en/events/titles.ts';
import { wordSet } from '../text/words.ts';

const TAKES_PLACE = new RegExp(TOOK_PLACE.pattern, 'iu');
const PRONOUNS = wordSet(OBJECT_PRONOUNS, { lower: true });

/**
 * The clause a lead's "which took place in 1996" tells of: the one right before it, ending in a
 * comma and a name without "the" or a pronoun ("overtook Infogear Technology Corp.,"); undefined
 * when the relative clause is another, or its noun may be an event ("the Olympics, which took
 * place in 1996", "the merger, which happened in May").
 */
export function clauseTakingPlace(lead: Mention): ClauseInfo | undefined {
  const { clause, sentence } = lead;
  if (clause.kind !== 'relative' || !TAKES_PLACE.test(clause.text)) return undefined;
  const before = sentence.clauses[sentence.clauses.indexOf(clause) - 1];
  if (before === undefined || !/,\s*$/u.test(before.text)) return undefined;
  const last = before.words.at(-1);
  if (last === undefined) return undefined;
  if (PRONOUNS.has(last.text.toLowerCase())) return before;
  const name = sentence.names.find((n) => n.end >= last.end - 1 && n.start <= last.start);
  return name !== undefined && name.before !== 'the' && name.start > before.start + 1
    ? before
    : undefined;
}
