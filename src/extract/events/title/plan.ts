/**
 * The plan a putting off leaves: "The council postponed a vote on the budget until April 14"
 * tells, at April 14, of "The council's vote on the budget" (lexicon PUT_OFF_PLAN).
 */
import { PUT_OFF_PLAN } from '../../lexicon/en/events/comparisons.ts';

const ACTIVE = new RegExp(PUT_OFF_PLAN.active, 'u');
const PASSIVE = new RegExp(PUT_OFF_PLAN.passive, 'u');
const POSSESSIVES = new Map<string, string>(Object.entries(PUT_OFF_PLAN.possessives));

/** The thing put off, named from a title that tells the putting off; undefined if none. */
export function planOfPutOff(title: string): string | undefined {
  const passive = PASSIVE.exec(title)?.groups;
  if (passive) return passive['subject'];
  const active = ACTIVE.exec(title)?.groups;
  if (!active) return undefined;
  const subject = active['subject']!;
  const pronoun = POSSESSIVES.get(subject.toLowerCase());
  // ("Lawmakers' vote": a word in -s takes the apostrophe alone)
  const owner = pronoun ?? (/[^s'’]s$/u.test(subject) ? `${subject}'` : `${subject}'s`);
  return `${owner} ${active['thing']}`;
}
