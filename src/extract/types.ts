/**
 * The data the extractor produces. These shapes are the contract between the extractor, the
 * `extract` command (JSON / JSONL output), the Astro loaders (collection schemas) and the browser
 * timeline: change them together.
 *
 * Dates are calendar values (TIMEX3 strings and ISO days), never `Date` instants.
 */

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * How precisely a date is known, coarsest first. `time` is anything finer than a day.
 * Events use the subset year..time; the coarser ones exist for decades and centuries.
 */
export type Granularity =
  'century' | 'decade' | 'year' | 'half' | 'season' | 'quarter' | 'month' | 'week' | 'day' | 'time';

/** A publication date as far as it is known: `2023-05-17`, `2023-05` or `2018`. */
export interface PublicationDate {
  value: string | null;
  granularity: 'year' | 'month' | 'day' | null;
  /** Where it came from. */
  source:
    | 'front-matter'
    | 'input'
    | 'dateline'
    | 'embedded-post'
    | 'copyright'
    // a date the lead tells as an event, not as the day of writing: only the earliest the text
    // can be, and a story may go on past it (article/lead-date.ts isWritingDay)
    | 'lead'
    | 'text'
    | 'none';
}

/** One temporal expression found in a text, with its resolved TIMEX3 value. */
export interface Timex {
  /** JavaScript string offsets into the text; `end` is exclusive. */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2023-05-05`, `2023-FA`, `2018-WXX-1`, `P28Y`, `PRESENT_REF`, `XXXX-WXX-2`... */
  value: string;
  /** For DATE and TIME: how precise the value is. Absent for DURATION and SET. */
  granularity?: Granularity;
  /** TIMEX3 `mod` (`APPROX`, `START`, `MID`, `END`, `BEFORE`, `AFTER`, `ON_OR_BEFORE`, ...). */
  mod?: string;
  /**
   * What the value was resolved against: `none` when the text states it fully ("May 5, 2023"),
   * `publication` for deictic / partial expressions ("on Wednesday", "last year", "May 5"),
   * `narrative` for anaphoric ones ("the following day", "that year").
   */
  anchor?: 'none' | 'publication' | 'narrative';
  /** When the expression is one end of a range ("from May 5", "between 2014 and 2016"). */
  range?: {
    role: 'start' | 'end';
    /** Index of the other end in the same list, if any. */ other?: number;
  };
}

/** An article as the extractor reads it. */
export interface ArticleInfo {
  /** Stable id: the file name without extension (slugified). */
  id: string;
  title: string;
  /** How the title was obtained. */
  titleSource: 'front-matter' | 'headline' | 'lead';
  published: PublicationDate;
  publisher: string | null;
  /** Dateline place ("MOSCOW"). */
  place: string | null;
  author: string | null;
  url: string | null;
  language: string;
  /** The article body (front matter removed), as offsets into which all sources point. */
  text: string;
  /** Spans of `text` set aside as not the article's own prose (share links, embedded posts...). */
  asides: Array<{ start: number; end: number; kind: 'boilerplate' | 'embedded-post' | 'url' }>;
}

/** Where an event is said: a sentence of an article. */
export interface EventSource {
  article: string;
  /** Offsets of the sentence in the article text. */
  start: number;
  end: number;
  /** Offsets of the date expression that dates the event, when the sentence has one. */
  timex: { start: number; end: number } | null;
  /** The sentence, verbatim. */
  quote: string;
}

export type EventStatus = 'happened' | 'ongoing' | 'planned';

/** The date of an event, honest about its precision. */
export interface EventDate {
  /** TIMEX3 value (of a range, its first end: "2019-03" for "from March 2019 to June 2020"). */
  value: string;
  /**
   * Of a range whose two ends the text gives ("from March 2019 to June 2020", "between 2015 and
   * 2017"): the TIMEX3 value of its last end, included. `start` and `end` then span both ends.
   */
  through?: string;
  /** First ISO day of the interval the value covers. */
  start: string;
  /** Day after the last day of the interval (exclusive). */
  end: string;
  granularity: Granularity;
  approximate: boolean;
  /** For people: "May 5, 2023", "autumn 2023", "a Monday in 2018". */
  label: string;
}

export interface TimelineEvent {
  /** Stable while the source sentence is unchanged. */
  id: string;
  title: string;
  summary: string;
  date: EventDate;
  status: EventStatus;
  actors: string[];
  places: string[];
  categories: string[];
  /** 0..1, relevance to the site's topic. */
  relevance: number;
  sources: EventSource[];
  /** Other dates that sources give for what looks like the same event. */
  conflicts?: Array<{ value: string; label: string; article: string }>;
}

/** Everything extracted from one article. */
export interface ArticleExtraction {
  article: ArticleInfo;
  timexes: Timex[];
  events: TimelineEvent[];
}
