/**
 * Verbs of coming about. After "could", "may" or "might" they tell what may yet happen, and so
 * look ahead: "a vote could come as early as Tuesday", "The Fed could cut rates this fall",
 * "talks could be held in March". Other verbs after "could" tell what could or could not be done,
 * which is no plan: "Police could not find him", "could be located Wednesday". Shared by the
 * tagger's tense cues and the events' aspect markers, so that both read a sentence alike.
 * DATA ONLY.
 */
const VERBS = [
  ...['come', 'take', 'get', 'begin', 'start', 'end', 'open', 'close', 'reopen', 'resume'],
  ...['meet', 'vote', 'rule', 'decide', 'announce', 'sign', 'launch', 'release', 'hold'],
  ...['arrive', 'return', 'leave', 'go', 'travel', 'visit', 'walk', 'land', 'face', 'follow'],
  ...['happen', 'occur', 'appear', 'become', 'last', 'reach', 'hit', 'make', 'bring', 'strike'],
  ...['strengthen', 'weaken', 'intensify', 'spread', 'cut', 'raise', 'rise', 'fall', 'slow'],
  ...['stay', 'remain', 'continue', 'run', 'collapse', 'fail', 'expire', 'lapse', 'default'],
  ...['peak', 'exceed', 'double', 'drop', 'decline', 'recover', 'grow', 'shrink', 'erupt'],
  ...['resign', 'quit', 'win', 'lose', 'develop', 'form'],
];

/** Participles of "could be ...": "could be held", "could be announced". */
const PASSIVES = [
  ...['held', 'announced', 'released', 'completed', 'signed', 'approved', 'decided'],
  ...['finalized', 'finalised', 'delayed', 'published'],
];

/** A verb of coming about, as it follows the modal (a regular-expression source, no groups). */
export const COMING_ABOUT = String.raw`(?:${VERBS.join('|')}|be\s+(?:${PASSIVES.join('|')}))\b`;
