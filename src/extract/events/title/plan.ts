/**
 * The plan a putting off leaves: "The council postponed a vote on the budget until April 14"
 * tells, at April 14, of "The council's vote on the budget" (lexicon PUT_OFF_PLAN); and the end
 * an extending sets.
 */
import { EXTENDED_END, PUT_OFF_PLAN } from '../../lexicon/en/events/comparisons.ts';
import { possessiveOf } from './possessive.ts';

const ACTIVE = new RegExp(PUT_OFF_PLAN.active, 'u');
const PASSIVE = new RegExp(PUT_OFF_PLAN.passive, 'u');
const POSSESSIVES = new Map<string, string>(Object.entries(PUT_OFF_PLAN.possessives));
const EXTENDED_ACTIVE = new RegExp(EXTENDED_END.active, 'u');
const EXTENDED_PASSIVE = new RegExp(EXTENDED_END.passive, 'u');

/** The thing put off, named from a title that tells the putting off; undefined if none. */
export function planOfPutOff(title: string): string | undefined {
  const passive = PASSIVE.exec(title)?.groups;
  if (passive) return passive['subject'];
  const active = ACTIVE.exec(title)?.groups;
  if (!active) return undefined;
  return `${ownerOf(active['subject']!)} ${active['thing']}`;
}

/**
 * The end a title that tells an extending sets (lexicon EXTENDED_END): "The council extended the
 * curfew until March 3" -> "The council's extended curfew ends", at March 3; undefined if none.
 */
export function endOfExtension(title: string): string | undefined {
  const passive = EXTENDED_PASSIVE.exec(title)?.groups;
  if (passive) return `${passive['subject']} ${EXTENDED_END.ends}`;
  const active = EXTENDED_ACTIVE.exec(title)?.groups;
  if (!active) return undefined;
  const { extended, ends } = EXTENDED_END;
  return `${ownerOf(active['subject']!)} ${extended} ${active['thing']} ${ends}`;
}

/** The possessive of a subject: "The council" -> "The council’s", "they" -> "Their". */
function ownerOf(subject: string): string {
  return POSSESSIVES.get(subject.toLowerCase()) ?? possessiveOf(subject);
}
