/**
 * Titles: what comes before the subject and is no news: linking words ("But", "Meanwhile") and
 * a short adverbial phrase closed by a comma ("As a result of strong sales, ...").
 */
import {
  ADVERBIAL_OPENERS,
  COMMENT_OPENERS,
  LEADING_COUNT,
  LEADING_LINKS,
  LEADING_RELATIVE_TIME,
  POINTING_FOCUS,
} from '../../lexicon/en/events/titles.ts';
import { DEMONSTRATIVES, OBJECT_PRONOUNS } from '../../lexicon/en/events/function-words.ts';
import { SUBJECT_PRONOUNS } from '../../lexicon/en/events/titles.ts';
import { FRONTED_OPENER_PHRASES } from '../../lexicon/en/events/clauses.ts';
import { isPlacePart, opensWithIngSubject } from '../../text/clauses.ts';
import { isPlace } from '../../text/names.ts';
import { isPastOrParticiple, isVerbish, verbForm } from '../../text/verbs.ts';
import { wordSet, splitAtSpaces } from '../../text/words.ts';
import { bare, DETERMINER, hasVerb, PREPOSITION_WORDS, tidy, WORD_RUN } from './text.ts';

export const LINKS = wordSet(LEADING_LINKS, { lower: true });
const LINK_PHRASES = [...wordSet(FRONTED_OPENER_PHRASES, { lower: true })];

/** The linking phrase the text opens with, before a word (lexicon FRONTED_OPENER_PHRASES), or ''. */
function leadingLinkPhrase(text: string): string {
  const lower = text.slice(0, 30).toLowerCase();
  return LINK_PHRASES.find((p) => lower.startsWith(`${p} `)) ?? '';
}

const PRONOUNS = new Set([
  ...wordSet(SUBJECT_PRONOUNS, { lower: true }),
  ...wordSet(OBJECT_PRONOUNS, { lower: true }),
  'we',
  'i',
  'you',
]);

const RELATIVE_TIME = new RegExp(LEADING_RELATIVE_TIME, 'iu');
const COUNT = new RegExp(LEADING_COUNT, 'iu');

const ADVERBIAL = wordSet(ADVERBIAL_OPENERS, { lower: true });

/**
 * Whether a title is only an adverbial phrase ("With the finding of a buried rifle"): opened by
 * a preposition of the adverbials, with no finite verb. The sentence's main clause says more.
 */
export function isOnlyAdverbial(title: string): boolean {
  // the first word decides for nearly every title: the rest is read only after an opener
  const first = /[\p{L}'’-]+/u.exec(title)?.[0] ?? '';
  if (!ADVERBIAL.has(first.toLowerCase())) return false;
  const words = [...title.matchAll(WORD_RUN)].map((m) => m[0]);
  // a participle after a determiner is an adjective ("a buried rifle")
  return !words.some((w, i) => {
    const form = verbForm(w);
    const adjective = i > 0 && DETERMINER.has(words[i - 1]!.toLowerCase());
    return form !== null && form !== 'ing' && form !== 'base' && !adjective;
  });
}

/** Whether the text opens with a short phrase closed by a comma, a clause with a verb after it. */
function opensAdverbial(text: string): boolean {
  const comma = text.indexOf(', ');
  if (comma <= 0) return false;
  const head = text.slice(0, comma);
  return splitAtSpaces(head).length <= 12 && !hasVerb(head) && hasVerb(text.slice(comma + 2));
}

/**
 * A word in lower case, a name between commas and a word after them: "its chief executive, Klaus
 * Riedel, resigned" (the last word is checked to be a verb).
 */
const NAMED_APPOSITIVE =
  /^[^,]*\s\p{Ll}+, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}, (?<verb>\p{Ll}+)\b/u;

/** Whether a noun in lower case, a name set between commas and a past verb open the text. */
function opensWithNamedAppositive(text: string): boolean {
  const verb = NAMED_APPOSITIVE.exec(text)?.groups?.['verb'];
  const form = verb === undefined ? null : verbForm(verb);
  return form === 'past' || form === 'participle';
}

/** How a subject starts: a determiner or a capital ("the company", "Apple"). */
const SUBJECT_START = /^(?:(?:the|a|an|its|their|his|her|our)\s|\p{Lu})/u;

const DEMONSTRATIVE = wordSet(DEMONSTRATIVES, { lower: true });

/**
 * "That lawsuit was settled" -> "The lawsuit was settled": a capitalised demonstrative before a
 * noun in lower case (not before a verb, "That is why", nor a pronoun, "That he lied").
 */
function withoutPointingBack(text: string): string {
  const m = /^(?<word>\p{Lu}\p{Ll}{3,4}) (?<next>["“'‘]?(?<noun>\p{Ll}[\p{L}'’-]*))/u.exec(text);
  const { word = '', noun = '' } = m?.groups ?? {};
  if (!m || !DEMONSTRATIVE.has(word.toLowerCase())) return text;
  if (isVerbish(noun) || DETERMINER.has(noun) || LINKS.has(noun) || PRONOUNS.has(noun)) return text;
  return `The ${text.slice(word.length + 1)}`;
}

/** A place after a comma, closed by another ("South Africa, ", "Minn., "). */
const PLACE_AFTER = /^, (?<place>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}),\s/u;

/** A name and the conjunction of a serial list after its comma (", Spain, and "). */
const LIST_GOES_ON = /^, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}, (?:and|or) /u;

/** Names listed after a comma up to the last one (", Spain, Italy, and Greece", ", Spain and Italy"). */
const LISTED_NAMES =
  /^(?<items>(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}){1,5}),? (?:and|or) (?<last>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})/u;

/**
 * Whether the words after a place go on with a list of names: a serial list's conjunction after
 * the next (", Spain, and Italy"), or places only, one or more, before "and" or "or" (", Spain and
 * Italy", ", Spain, Italy, and Greece"; not ", Smith and Jones resigned", which the place sets
 * off).
 */
function listGoesOn(after: string): boolean {
  if (LIST_GOES_ON.test(after)) return true;
  const m = LISTED_NAMES.exec(after)?.groups;
  if (m === undefined) return false;
  const names = [...m['items']!.split(', ').filter(Boolean), m['last']!];
  return names.every((name) => isPlace(name));
}

/**
 * "In Cape Town, South Africa, police said": the comma at `comma` sets off the place the phrase
 * names ("South Africa", "Minn."), and the phrase ends at the comma after it; else `comma`.
 */
function placeCommaAfter(text: string, comma: number): number {
  if (comma <= 0) return comma;
  const place = PLACE_AFTER.exec(text.slice(comma))?.groups?.['place'];
  if (place === undefined || !(isPlace(place) || isPlacePart(place))) return comma;
  const after = comma + 2 + place.length;
  // ("Elsewhere in Europe, France, Spain, and Italy agreed": the place opens a listed subject
  // whose last items follow, no country of the phrase's place)
  return listGoesOn(text.slice(after, after + 120)) ? comma : after;
}

const POINTING = new RegExp(POINTING_FOCUS.pattern, 'u');

/** A relative aside closed by a comma, and the word after it ("which lasted an hour, he"). */
const RELATIVE_ASIDE = /^(?:which|who) (?<aside>[^,]+), (?<next>[\p{L}'’-]+)/u;

/**
 * "which lasted an hour, he left" -> "he left": after a fronted phrase, a relative aside on its
 * noun goes with it, when a subject, no verb, follows the aside ("After the speech, which lasted
 * an hour, he left on March 12" is his leaving, not "Lasted an hour").
 */
function withoutAsideOnPhrase(text: string): string {
  const m = RELATIVE_ASIDE.exec(text);
  const { aside = '', next = '' } = m?.groups ?? {};
  if (!m || !hasVerb(aside) || isVerbish(next)) return text;
  return tidy(text.slice(m[0].length - next.length));
}

/** A noun phrase listed with "and" or "or" and closed by a comma ("and a recount, officials"). */
const LISTED_NOUN = /^(?:and|or) (?<noun>[^,]+), (?<rest>.+)$/u;

/**
 * "and a recount, officials declared" -> "officials declared": after a fronted phrase, a second
 * noun it lists goes with it, when it has no verb and a clause with one follows ("After a long
 * count, and a recount, officials declared Smith the winner").
 */
function withoutListedNoun(text: string): string {
  const m = LISTED_NOUN.exec(text);
  const { noun = '', rest = '' } = m?.groups ?? {};
  if (!m || hasVerb(noun) || !hasVerb(rest)) return text;
  // ("and Berlin, Germany, police arrested": a town's country goes with it)
  const country = placeCommaAfter(text, m[0].length - rest.length - 2);
  const after = country > 0 ? text.slice(country).replace(/^,\s*/u, '') : rest;
  return tidy(after !== rest && hasVerb(after) ? after : rest);
}

const COMMENT_OPENER = wordSet(COMMENT_OPENERS, { lower: true });

/**
 * Whether a phrase before a comma is a comment told with a bare participle, no subject: "As
 * expected", "As widely expected", "As previously reported" (not "As prices rose").
 */
function isParticipleComment(head: string): boolean {
  const words = splitAtSpaces(head);
  if (words.length < 2 || words.length > 3 || !COMMENT_OPENER.has(words[0]!.toLowerCase()))
    return false;
  const participle = words.at(-1)!;
  if (words.length === 3 && !/^\p{Ll}+ly$/u.test(words[1]!)) return false;
  return /^\p{Ll}+$/u.test(participle) && isPastOrParticiple(participle);
}

/**
 * Whether the words before a comma open with an adverb in -ly, a participle and a noun: the
 * subject's noun phrase ("Separately owned stations, including WXYZ, went dark"), no adverbial
 * phrase, though the adverb alone opens one ("Separately, the board met"; "Formerly known as
 * Acme, the firm" has a preposition after the participle). Not when the words after the comma
 * open a subject of their own: the words before it are then a fronted phrase ("Widely criticized
 * abroad, the law took effect").
 */
function opensModifiedNoun(headWords: readonly string[], after: string): boolean {
  if (SUBJECT_START.test(after)) return false;
  const [adverb = '', participle = '', noun = ''] = headWords.map(bare);
  if (!/^\p{L}\p{Ll}+ly$/u.test(adverb) || !/^\p{Ll}+$/u.test(noun)) return false;
  if (PREPOSITION_WORDS.has(noun) || DETERMINER.has(noun)) return false;
  return /^\p{Ll}+$/u.test(participle) && isPastOrParticiple(participle);
}

/** Drops linking words and a short adverbial phrase closed by a comma. */
export function stripLeading(text: string): string {
  // ("That is why the plant closed": the plant's closing is the news)
  const pointing = POINTING.exec(text);
  if (pointing && hasVerb(text.slice(pointing[0].length)))
    text = tidy(text.slice(pointing[0].length));
  text = withoutPointingBack(text);
  for (let guard = 0; guard < 4; guard++) {
    const phrase = leadingLinkPhrase(text);
    if (phrase && hasVerb(text.slice(phrase.length))) {
      text = tidy(text.slice(phrase.length));
      continue;
    }
    // ("As expected, Smith fled": the comment goes whole)
    const commentEnd = text.indexOf(', ');
    if (
      commentEnd > 0 &&
      isParticipleComment(text.slice(0, commentEnd)) &&
      hasVerb(text.slice(commentEnd + 2))
    ) {
      text = tidy(text.slice(commentEnd + 2));
      continue;
    }
    const first = /^(?<word>[\p{L}'’-]+)/u.exec(text)?.groups?.['word']?.toLowerCase() ?? '';
    // "As a result of strong sales, the quarter ...": the whole phrase goes, not "as" alone
    if (LINKS.has(first) && !(ADVERBIAL.has(first) && opensAdverbial(text))) {
      const rest = tidy(text.slice(first.length));
      // ("And the company expects growth to slow": a coordinator before its clause's subject
      // goes, whether or not its verb is known; "and leaves for Jordan" keeps it for now)
      const subjectNext = /^(?:and|but)$/u.test(first) && SUBJECT_START.test(rest);
      if (hasVerb(rest) || subjectNext || /^(?:that|which|who|whom|whose)$/u.test(first)) {
        text = rest;
        continue;
      }
    }
    const comma = placeCommaAfter(text, text.indexOf(', '));
    const head = comma > 0 ? text.slice(0, comma) : '';
    const headWords = splitAtSpaces(head);
    const opener = bare(headWords[0] ?? '').toLowerCase();
    // "after its chief executive, Klaus Riedel, resigned": the comma sets off a name, and only
    // the opener goes
    if (ADVERBIAL.has(opener) && headWords.length > 1 && opensWithNamedAppositive(text)) {
      text = tidy(text.slice(headWords[0]!.length));
      continue;
    }
    const twoWords = headWords.slice(0, 2).join(' ').toLowerCase();
    if (
      head &&
      !opensModifiedNoun(headWords, text.slice(comma + 2)) &&
      !COUNT.test(head) &&
      // a longer phrase goes too when it has no verb ("At the company's own Worldwide Developers
      // Conference (WWDC) keynote at the Moscone West center in San Francisco, Jobs introduced")
      (headWords.length <= 12 || (headWords.length <= 24 && !hasVerb(head))) &&
      (ADVERBIAL.has(opener) ||
        ADVERBIAL.has(twoWords) ||
        // ("Emily Jones, who founded ...": a name, not an adverb in -ly)
        // ("Nearly simultaneous bombings in Dar es Salaam, Tanzania, and Nairobi, Kenya,
        // killed": an adverb in -ly before a subject whose list goes on after the comma, which
        // closes no phrase; was "Kenya, killed 258 people")
        // (an adverb alone before the comma is the sentence's still: "Finally, and most
        // importantly, the council approved")
        (/ly$/u.test(opener) &&
          !/^\p{Lu}\S*\s+\p{Lu}/u.test(head) &&
          !(headWords.length > 1 && /^(?:and|or)\s/u.test(text.slice(comma + 2)))) ||
        // ("Boeing, the largest exporter, said": a capitalised word in -ing alone is a name)
        // ("Waiting times rose in November, figures showed": the subject's word, not a phrase)
        (verbForm(opener) === 'ing' &&
          !(headWords.length === 1 && /^\p{Lu}/u.test(head)) &&
          !opensWithIngSubject(headWords.map(bare))) ||
        RELATIVE_TIME.test(head)) &&
      hasVerb(text.slice(comma + 2))
    ) {
      text = withoutListedNoun(withoutAsideOnPhrase(tidy(text.slice(comma + 2))));
      continue;
    }
    break;
  }
  return text;
}
