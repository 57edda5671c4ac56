/**
 * The word that labels an update of a page, in title or capital case only ("Updated on Oct. 16:",
 * "UPDATE, 4:10 p.m.:"; not "updated figures"). Shared by the tagger's tense cues, which take the
 * date after it as the nearest one, and the events' entry labels and update stamps. DATA ONLY.
 */
export const UPDATE_LABEL_WORD = String.raw`(?:UPDATED?|Updated?)`;
