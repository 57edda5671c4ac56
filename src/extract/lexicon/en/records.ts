/**
 * Words of a record, which a point it is measured from follows ("its highest close since
 * September 2001", "the first time since 2003", "the deadliest attack since 2019"). Shared by the
 * tagger, whose story does not go on from such a point, and the events, which date nothing by it,
 * so that both read a record alike. DATA ONLY: regex source, one word.
 */
export const RECORD_WORD = String.raw`\b(?!(?<=\bat\s+)(?:least|most)\b)(?:first|only|record|most|least|fewest|highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|steepest|sharpest|deepest|longest|shortest|fastest|slowest|hottest|coldest|warmest|wettest|driest|busiest|heaviest|greatest|latest|earliest|widest|[a-z]{3,}iest|oldest|youngest|richest|poorest|toughest|hardest|closest|tallest|cheapest|fiercest|tightest)\b`;
