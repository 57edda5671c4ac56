/**
 * What resolving works with: the publication date as far as it is known, the dates the text has
 * mentioned so far, the tense of the sentence, and what a resolved value carries along.
 */
import type { Granularity } from '../../types.ts';
import type { Tense } from '../tense.ts';

/** The publication date as far as it is known. */
export interface Publication {
  year: number | null;
  month: number | null;
  day: number | null;
}

export function parsePublication(published: string | null): Publication {
  const m = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?/.exec(published ?? '');
  const year = m?.groups?.['year'] === undefined ? null : Number(m.groups['year']);
  const month = m?.groups?.['month'] === undefined ? null : Number(m.groups['month']);
  const day = m?.groups?.['day'] === undefined ? null : Number(m.groups['day']);
  const validMonth = month !== null && month >= 1 && month <= 12 ? month : null;
  return {
    year,
    month: validMonth,
    day: validMonth !== null && day !== null && day >= 1 && day <= 31 ? day : null,
  };
}

/** The last dates the text mentioned, by grain, for "the next day" and "that year". */
export interface Narrative {
  day: number | null;
  month: { year: number; month: number } | null;
  year: number | null;
  /**
   * The grain of the latest mention. An anaphor counts from the latest date, however coarse:
   * "killed last October ... crossed out that same day" is a day of that October (`1998-10-XX`),
   * not the last day named before it.
   */
  grain: 'day' | 'month' | 'year' | null;
  /**
   * The part of the month the latest mention named, when it named a month so ("late October":
   * END), which a distance in weeks from it may still place (resolve/period.ts).
   */
  third?: MonthThird | null;
  /**
   * The quarter or half the latest mention named, by its first month, when it named one ("the
   * third quarter"): a distance in whole years from it is that quarter or half of another year
   * ("Profit in the third quarter rose 5% from a year earlier" compares 1988-Q3, told in 1989).
   */
  part?: { unit: 'quarter' | 'half'; month: { year: number; month: number } } | null;
  /**
   * Whether the latest mention, a month or a day, is one a state is counted from ("Thousands have
   * fled since the war broke out in February 2022"): a background, which the past told after it
   * does not go on from into the next days or month ("Moskalyov escaped in March" is this March).
   */
  stateFrom?: boolean;
  /**
   * The last day mentioned after the publication's: what a time still to come is on when the
   * latest day is past ("United will visit Chelsea on Sunday, the FA said on Wednesday. The
   * replay will kick off at 4 p.m.").
   */
  aheadDay: number | null;
  /**
   * The story's date as it stood before the dates after the publication told since, if any: what
   * a past act may count from when the last date was a plan (resolve/period.ts).
   */
  beforePlans: StoryDate | null;
  /**
   * The first year of the decade the latest mention named, when it named one ("the 1960s"):
   * what "the following decade" counts from, which the last year told before it ("In 1959 he
   * recorded an album. During the 1960s he toured") is not.
   */
  decade?: number | null;
}

/** The first, middle or last part of a month: "early", "mid", "late" (TIMEX3 mods). */
export type MonthThird = 'START' | 'MID' | 'END';

/** A date of the story, as far as it was stated. */
export type StoryDate = Pick<Narrative, 'day' | 'month' | 'year' | 'grain' | 'third'>;

export interface Context {
  pub: Publication;
  /** The tense of the expression's sentence, worked out on demand. */
  tense: () => Tense;
  /** Whether a past verb right before the expression governs it ("was ousted on Feb. 11"). */
  pastVerbGoverns: () => boolean;
  /** Whether "will" and its verb right before the expression govern it ("will meet on Dec. 12"). */
  futureVerbGoverns: () => boolean;
  /**
   * Whether a cue reaches back to the expression from what is not told as past ("will be paid
   * retroactive to [Dec. 15]"; not "the rule was made retroactive to [Jan. 20]").
   */
  reachedBackFromAhead?: () => boolean;
  /**
   * The tense is certain, whatever the calendar says: "the March 11 disaster", told on March 9,
   * is last year's, however near this year's is (pick.ts).
   */
  firmTense?: boolean;
  /**
   * No tense places the expression: it is the nearest occurrence on either side ("Results from
   * the March election will be certified", told in July, are this March's; pick.ts).
   */
  eitherSide?: boolean;
  /**
   * ... leaning to the past as an untensed date does (`nearest`): what the subject's head tells
   * follows from it ("Lessons from the May floods will shape the budget", told in November).
   */
  leansBack?: boolean;
  /** Whether the expression's sentence steps back in the past perfect ("had rallied"). */
  stepsBack?: () => boolean;
  /**
   * Whether the expression bounds a span the story's last date opens, in its sentence ("imposed
   * on 23 March 2020, lasted until [4 July]").
   */
  endsStorySpan?: () => boolean;
  /**
   * Whether the expression opens its sentence with "On" and the past verb of the subject after it
   * governs it ("On [3 April] they died"): a day gone by, once no story claims it (date.ts).
   */
  frontedPastGoverns?: () => boolean;
  /** `pub` is only the earliest the text can be (read from its lead; see TagOptions). */
  publishedAtLeast?: boolean;
  narrative: Narrative;
}

export interface Resolved {
  value: string;
  granularity?: Granularity;
  anchor: 'none' | 'publication' | 'narrative';
  mod?: string;
  /** What the value says, for later "the next day": a day number, a month, a year. */
  day?: number;
  month?: { year: number; month: number };
  year?: number;
}
