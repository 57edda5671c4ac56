/**
 * What opens a cause's noun phrase after "due to" ("due to the strike", "due to considerable
 * sales", "due to rising costs", "due to repairs"), where a plan has a verb ("due to reopen"):
 * a determiner, a number, a few adjectives of causes, a word in -ing or -ed (not the verbs
 * "proceed", "succeed", "exceed": "The trial is due to proceed on Monday" is a plan), a plural in -s.
 * Plain letters only: the markers run without the 'u' flag (folded-pattern.ts). Shared by the
 * tagger's tense cues and the events' aspect markers, so that both read "was due to a strike in
 * January" as a cause, not a plan. DATA ONLY.
 */
export const CAUSE_AFTER_DUE_TO = String.raw`(?:(?:the|a|an|its|his|her|their|our|this|these|those|some|lack|poor|bad|strong|weak|heavy|high|higher|low|lower|considerable|several)\b|\d|(?!(?:pro|suc|ex)ceed\b)[a-z]{3,}(?:ing|ed)\b|[a-z]+[a-rtv-z]s\b)`;
