/**
 * Dating what a sentence reports without a date of its own. News tells the day's events in the
 * present perfect and the present ("Belarus has announced", "the store sells"), at the
 * publication date; a past-tense sentence goes on at the date the narrative is at: the last date
 * of its paragraph, else the date of the story the lead tells ("Yesterday, Jobs unveiled ...");
 * something still to come goes with the last future date mentioned.
 */
import type { EventDate } from '../types.ts';
import { daysBetween, isAfter, opensOpenRange } from './date.ts';
import type { Mention } from './mentions.ts';
import { ENTRY_AFTER } from '../lexicon/en/temporal/context.ts';

/** The colon or the dash after a timeline entry's date. */
const ENTRY = new RegExp(ENTRY_AFTER, 'uy');

/** How many days before publication the lead's own date may be and still be the day's story. */
const STORY_WINDOW_DAYS = 14;
/** How many sentences the lead spans when looking for the story's date. */
const LEAD_SENTENCES = 3;

/**
 * The story's date: the first day-precise date of the lead within STORY_WINDOW_DAYS before
 * publication, else the publication date.
 */
export function storyDate(
  mentions: readonly Mention[],
  published: EventDate | null,
): EventDate | null {
  if (!published) return null;
  const leadIndex = mentions[0]?.sentence.index ?? 0;
  for (const m of mentions) {
    if (m.sentence.index >= leadIndex + LEAD_SENTENCES) break;
    // the story is at a day, not over a range of days ("from May 5 to 7")
    if (!m.date || !m.timex || m.date.granularity !== 'day' || m.date.through) continue;
    // "The senator criticized the deal, which was signed on Saturday": an aside's day is
    // background, not the story's
    if (m.clause.kind === 'relative' || m.clause.kind === 'participle') continue;
    const days = daysBetween(m.date.start, published.start);
    if (days >= 0 && days <= STORY_WINDOW_DAYS && published.granularity === 'day') return m.date;
  }
  return published;
}

export interface NarrativeContext {
  published: EventDate | null;
  story: EventDate | null;
  /** The dated mentions of the sentences before this one, in text order. */
  before: readonly Mention[];
}

export interface Narrative {
  date: EventDate;
  /** The dated mention the narrative is at, when the date comes from one. */
  via: Mention | null;
}

/** Sentences back that a future date may be to date something still to come. */
const FUTURE_REACH = 6;

/**
 * The date a dateless mention is told at, or null when nothing dates it:
 * - still to come ("will", "is expected to"): the last future date of the last few sentences;
 * - reported speech: the publication day in the present or perfect ("claims", "has said"), the
 *   story's date in the past ("said");
 * - another past act: the last date of its paragraph, else the story's date;
 * - anything else (present, perfect, states): the publication day.
 */
export function narrativeDate(mention: Mention, context: NarrativeContext): Narrative | null {
  const { published, story, before } = context;
  const at = (date: EventDate | null, via: Mention | null = null): Narrative | null =>
    date ? { date, via } : null;
  // ('Oct. 27: "Black Saturday." A U-2 is shot down over Cuba.': a timeline's entry goes on in
  // the historical present, at the entry's date)
  const entry = lastBefore(
    before,
    (m) => m.sentence.paragraph === mention.sentence.paragraph,
    opensTimelineEntry,
  );
  if (entry?.date) return at(entry.date, entry);
  // ("Sept. 18" on a line of its own, then "A doctor alerts the state": so does one below a date
  // heading its lines)
  if (mention.sentence.heading) return at(mention.sentence.heading);
  if (mention.aspect === 'future') {
    const future = lastBefore(
      before,
      (m) => m.sentence.index >= mention.sentence.index - FUTURE_REACH,
      (m) => m.date !== null && isAfter(m.date, published),
    );
    return future?.date ? at(future.date, future) : at(published);
  }
  if (mention.aspect === 'past') {
    if (mention.reporting) return at(story);
    const inParagraph = lastBefore(
      before,
      (m) => m.sentence.paragraph === mention.sentence.paragraph,
      (m) => m.date !== null && !recallsThePast(m) && !isBackgroundAside(m, story),
    );
    return inParagraph?.date ? at(inParagraph.date, inParagraph) : at(story);
  }
  return at(published);
}

/**
 * Whether a mention is a clause that a date told before it recalls: "the worst flooding since
 * 1953, when 46 people drowned". The clause looks back from the story, which does not go on in
 * 1953: "Three people died" after it is the flood's.
 */
function recallsThePast(m: Mention): boolean {
  return m.clause !== m.sentence.main && m.timex !== null && m.timex.end <= m.clause.start;
}

/**
 * Whether a mention is a relative clause telling background the narrative does not go on from:
 * a state since a date ("Jan Holm, who had led Norvik since 2019, resigned. The board named a
 * successor": not in 2019), or an aside on the subject, before the main clause resumes, of a
 * time long before the story ("The museum, whose specimens were destroyed in 1943, reopened.
 * Visitors queued"); an aside of the story's days still does ("The storm, which hit on Monday,
 * killed 12 people. Rescuers searched").
 */
function isBackgroundAside(m: Mention, story: EventDate | null): boolean {
  if (m.clause.kind !== 'relative' || m.date === null) return false;
  if (opensOpenRange(m.timex)) return true;
  return (
    m.clause.text.endsWith(',') &&
    story !== null &&
    daysBetween(m.date.end, story.start) > STORY_WINDOW_DAYS
  );
}

/** Whether a mention's date opens its sentence as a timeline's entry ("Oct. 27: ..."). */
function opensTimelineEntry(m: Mention): boolean {
  const { timex, sentence } = m;
  // (a live page's clock time opening an entry stamps only the entry: its other sentences keep
  // their own reading)
  if (timex === null || timex.type !== 'DATE' || m.date === null) return false;
  const lead = sentence.text.slice(0, timex.start - sentence.start);
  const after = sentence.text.slice(timex.end - sentence.start, timex.end - sentence.start + 3);
  ENTRY.lastIndex = 0;
  return lead.trim() === '' && ENTRY.test(after);
}

/** The last mention that `wanted` accepts, looking back only while `within` holds. */
function lastBefore(
  before: readonly Mention[],
  within: (m: Mention) => boolean,
  wanted: (m: Mention) => boolean,
): Mention | undefined {
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (!within(m)) return undefined;
    if (wanted(m)) return m;
  }
  return undefined;
}
