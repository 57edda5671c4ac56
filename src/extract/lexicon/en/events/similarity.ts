/**
 * Words that say nothing about which event a sentence tells, left out when comparing events of
 * different articles ("the", "said", "has"). Space-separated, lower case.
 */
export const STOP_WORDS =
  'a an the and or but nor so yet of in on at to for from by with without into onto over under about above below ' +
  'after before during since until than then that this these those there here it its he she they them his her their ' +
  'we our you your i me my is are was were be been being am has have had having do does did will would shall should ' +
  'can could may might must not no also only just more most some any all each both other such very as if when while ' +
  'which who whom whose what where why how said says say told according one two three first new last year years ' +
  'week weeks day days month months today yesterday monday tuesday wednesday thursday friday saturday sunday';

/**
 * Nouns a story calls one happening by, each group on a line: a subject headed by one is the
 * same happening as one headed by another of its line, on the same day ("A magnitude 6.8
 * earthquake struck Veloria on Tuesday. The quake hit at 4:12 a.m." is one event). Lower case.
 */
export const SAME_HAPPENING_NOUNS = `
earthquake quake temblor
hurricane storm cyclone typhoon
fire blaze wildfire
flood flooding floodwaters
`;

/**
 * Words that make a subject a new happening, not one told before under another of its names: "a
 * quake shook Hokkaido" after "an earthquake struck Chile" is a second quake. Words.
 */
export const NEW_HAPPENING_DETERMINERS = 'a an another';

/**
 * Words that make a subject another happening even by the same noun: "Another fire gutted a
 * school in York" after "A fire destroyed a warehouse in Leeds". Words.
 */
export const OTHER_HAPPENING_DETERMINERS = 'another';
