/**
 * Lines that are not the article's own prose: page furniture a copy-paste brings along (comment
 * and share links, "Follow us", newsletter prompts), credits and copyright notices. Each rule
 * matches one whole trimmed line; the article reader sets such lines aside (kind `boilerplate`).
 */
import type { LineRule } from './rule.ts';

export const BOILERPLATE_LINES = [
  {
    name: 'comment prompt',
    pattern:
      /^(?:leave a (?:comment|reply)|\d*\s*comments?|add (?:a )?comment|post a comment|view comments|show comments|join the (?:conversation|discussion)|comment on this (?:story|article))$/iu,
    examples: [
      'Leave a Comment',
      'Leave a reply',
      '12 Comments',
      'Comments',
      'Join the conversation',
    ],
    counterExamples: ['Leave a comment about the border controls and we will read it today.'],
  },
  {
    name: 'share links',
    pattern:
      /^(?:share(?: this(?: (?:article|story|post))?)?(?: on (?:facebook|twitter|x|linkedin|whatsapp|email))?|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|copy link|share via email|like this)[:!.]?(?:\s*[|•·,]\s*(?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|copy link|x)[:.]?)*$/iu,
    examples: [
      'Share this:',
      'Share on Facebook',
      'Tweet',
      'Facebook | Twitter | Email',
      'Like this:',
    ],
    counterExamples: ['Twitter suspended the account on Monday.'],
  },
  {
    name: 'follow prompt',
    pattern:
      /^(?:follow (?:us|me|@\w+)(?: on [\w ]+)?|follow [\w .]+ on (?:twitter|x|facebook|instagram|telegram)(?: @\w+)?|like us on facebook|find us on \w+)[.!:]?(?:\s*@\w+)?$/iu,
    examples: [
      'Follow us on Twitter',
      'Follow @Reuters',
      'Follow Meduza on Telegram',
      'Like us on Facebook',
    ],
    counterExamples: ['Follow the money, investigators said on Tuesday.'],
  },
  {
    name: 'newsletter or subscription prompt',
    pattern:
      /^(?:sign up (?:for|to) [^.]{0,80}|subscribe(?: (?:now|today|to [^.]{0,60}))?|get (?:our|the) [^.]{0,40}newsletter[^.]{0,40}|support (?:our|independent) journalism[^.]{0,60}|already a subscriber\??(?: log in| sign in)?)[.!]?$/iu,
    examples: ['Sign up for our daily newsletter', 'Subscribe now', 'Already a subscriber? Log in'],
    counterExamples: ['Subscribers to the service rose by a third in 2022.'],
  },
  {
    name: 'page furniture',
    pattern:
      /^(?:advertisement|advertising|sponsored(?: content)?|read more(?::.*)?|related(?: (?:articles|stories|coverage|content))?:.*|related (?:articles|stories|coverage)|more on this story|see also:.*|click here[^.]{0,80}|loading\.{0,3}|skip to (?:main )?content|back to top|listen to (?:this )?article|\d+ min(?:ute)? read|story continues below(?: advertisement)?|continue reading(?: below)?|top stories|most read|trending now)[.!]?$/iu,
    examples: [
      'Advertisement',
      'Read more: Belarus closes border',
      'Related: Russia and Belarus',
      'Loading...',
      '4 min read',
    ],
    counterExamples: ['Read more carefully, the minister told reporters.'],
  },
  {
    // A link to a section's other stories, under the story and its date ("More from City Hall"):
    // no stop at its end, which a sentence opening so would have.
    name: 'more-from link',
    pattern: /^(?:more|more stories|more news|latest) from [^.!?:]{1,50}$/iu,
    examples: ['More from City Hall', 'More stories from Reuters', 'Latest from the newsroom'],
    counterExamples: ['More from the council is expected on Monday.'],
  },
  {
    // Case-sensitive on purpose: "Copyright holders sued..." is prose.
    name: 'copyright notice',
    pattern:
      /^(?:(?:\([cC]\)|©|[Cc]opyright|COPYRIGHT)\s*(?:©|\([cC]\))?\s*(?:\d{4}|\p{Lu}).*|[Aa]ll [Rr]ights [Rr]eserved\b.*)$/u,
    examples: [
      '(c) 2018, The Washington Post. David M. Drucker contributed to this report.',
      '© 2023 Reuters',
      'Copyright 2010 The Associated Press. All rights reserved.',
      'Copyright © 2023 CNN',
      'All rights reserved.',
    ],
    counterExamples: ['Copyright holders sued the company in 2019 over the songs.'],
  },
  {
    // Names, then "contributed to this report": case-sensitive so that the names are names.
    name: 'contributor credit',
    pattern:
      /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*(?:(?:,|,? and)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)*\s+(?:also\s+)?contributed(?:\s+reporting)?\s+(?:to|for)\s+this\s+(?:report|story|article)\.?$/u,
    examples: [
      'David M. Drucker contributed to this report.',
      'Anna Smith and John Doe contributed reporting to this story.',
    ],
    counterExamples: [
      'Drucker said the report was accurate.',
      'the police contributed to this report',
    ],
  },
  {
    name: 'reporting and photo credit',
    pattern:
      /^(?:\(?(?:(?:additional )?reporting by|writing by|editing by|compiled by)\b[^)]*\)?|(?:photo|image|video|picture)(?: credit)?:.*|\(?(?:photo|image) (?:by|courtesy of)\b.*)$/iu,
    examples: [
      '(Reporting by Andrew Osborn; Editing by Mark Heinrich)',
      'Photo: Reuters',
      'Image courtesy of the ministry',
    ],
    counterExamples: ['Reporting the news is hard, the editor said.'],
  },
  {
    // A photo caption copied with the story: its date is the photo's, often years old.
    name: 'photo caption',
    pattern:
      /^(?:(?:FILE|File)\s*[-–—]+\s*)?In this\b.{0,300}?\b(?:photo|image|picture|video|handout)\b.*$|^.{0,400}\((?:AP|AFP|Reuters|EPA|Getty|Xinhua)(?: Photo)?\s*\/[^)]{1,80}\)$/u,
    examples: [
      'FILE - In this March 1, 1999, file photo, soldiers lower the flag. (AP Photo/John Roe, File)',
      'In this photo taken on Tuesday, March 6, 2012, workers clear snow.',
      'Workers clear snow in the city centre. (AP Photo/John Roe)',
    ],
    counterExamples: [
      'In this town, people remember the flood of March 1, 1999.',
      'The agency published a photo of the site on Tuesday.',
    ],
  },
  {
    // An editor's note tells how the story was made, not news: the whole line is the note.
    name: "editor's note",
    pattern: /^editor['’]s note(?:,[^:]{1,40})?:.*$/iu,
    examples: [
      "Editor's note: This story was updated on Jan. 5 with the council's response.",
      "EDITOR'S NOTE, March 2: The names of the victims were withheld.",
    ],
    counterExamples: ["The editor's note on Monday drew complaints."],
  },
] as const satisfies readonly LineRule[];

/**
 * A correction note at the start of a line: its own sentences, which say how an earlier version
 * of the story was wrong ("Correction: An earlier version of this story misstated the date of the
 * vote, which was on March 3."), and the "It was X, not Y" that sets it right. Its dates are the
 * error's, not events; what follows it on the line is news again ("... misstated the vote date.
 * The council will vote on the budget on April 1."), and a "Corrections:" label over news is no
 * note ("Corrections: The department said on Friday it would hire 200 guards"). Case-sensitive, as
 * a sentence opens with a capital. `notes` pairs a line with the note the pattern takes of it.
 */
export const CORRECTION_NOTE = {
  name: 'correction note',
  pattern:
    // (after the label, a story that got something wrong or left it unclear is the note too:
    // "Correction: An article on Monday misstated the date of the next session", "Clarification:
    // An article on Sunday did not make clear that ...")
    /^(?:(?:CORRECTIONS?|Corrections?)(?:,[^:]{1,40})?:\s*)?(?:(?:[Aa]n?|[Tt]he)\s+(?:earlier|previous|prior)\s+version\s+of\s+this\s+(?:story|article|report|post)\b|[Tt]his\s+(?:story|article|report|post)\s+(?:has\s+been|was)\s+corrected\b)|^(?:CORRECTIONS?|Corrections?|CLARIFICATION|Clarification)(?:,[^:]{1,40})?:\s*(?:An?|The|This|Our)\s+(?:article|story|report|headline|caption|photo\s+caption|graphic|post)\b[^.]{0,80}?\b(?:misstated|misspelled|misidentified|misquoted|misattributed|misreported|misnamed|incorrectly|erroneously|wrongly|omitted|did\s+not\s+make\s+clear|failed\s+to\s+(?:note|mention|make\s+clear))\b/u,
  /** A "Corrections:" label, set aside alone when news follows it rather than a note. */
  label: /^(?:CORRECTIONS?|Corrections?)(?:,[^:]{1,40})?:\s*(?=["“\p{Lu}])/u,
  /**
   * A sentence that sets the error right, and so belongs to the note: "It was 2011, not 2001.";
   * or one that tells of another error of the earlier version ("An earlier version also said
   * the strike began on March 30; it began on March 29.").
   */
  settingRight: /,\s+not\s+|^(?:An?|The)\s+(?:earlier|previous|prior)\s+version\b/u,
  examples: [
    'Correction: An earlier version of this story misstated the date of the vote, which was on March 3.',
    'Correction, Oct. 17: A previous version of this article gave the wrong year. It was 2011, not 2001.',
    'An earlier version of this article misspelled the name of the mayor.',
    'This story has been corrected to show that the vote was on March 3.',
    'Correction: An article on Monday misstated the date of the next negotiating session.',
    'CORRECTION: A story on Tuesday incorrectly said the plant would close in May.',
    'Clarification: An article on Sunday about the strike did not make clear that talks resumed on Friday.',
  ],
  counterExamples: [
    'Corrections officers walked off the job on Monday.',
    'An earlier version of the bill was rejected in 2019.',
    'The correction came on Tuesday, when markets fell.',
    'Corrections: The department said on Friday it would hire 200 new guards by June.',
    'A report on Monday incorrectly said the plant would close in May, the company said.',
    'Clarification: The council said on Monday that the vote would go ahead in May.',
  ],
  notes: [
    [
      'Correction: An earlier version of this story misstated the vote date. The council will vote on the budget on April 1.',
      'Correction: An earlier version of this story misstated the vote date.',
    ],
    [
      'Correction, Oct. 17: A previous version of this article gave the wrong year. It was 2011, not 2001. Voting ends on Nov. 5.',
      'Correction, Oct. 17: A previous version of this article gave the wrong year. It was 2011, not 2001.',
    ],
    [
      'Correction: An earlier version of this story misstated the date of the vote, which was on Nov. 5.',
      'Correction: An earlier version of this story misstated the date of the vote, which was on Nov. 5.',
    ],
    [
      'Correction: An earlier version of this story misstated the date of the hearing. It was Sept. 5, not Sept. 6.',
      'Correction: An earlier version of this story misstated the date of the hearing. It was Sept. 5, not Sept. 6.',
    ],
    [
      'Correction: An earlier version of this story misstated the cost. It was $3.5 million, not $35 million.',
      'Correction: An earlier version of this story misstated the cost. It was $3.5 million, not $35 million.',
    ],
    [
      'Correction: An article on Monday misstated the date of the next negotiating session. It is April 16, not April 12. Talks resumed on Monday.',
      'Correction: An article on Monday misstated the date of the next negotiating session. It is April 16, not April 12.',
    ],
    [
      'Correction: An article on Monday misstated the date of the next session. It is April 16, not April 12. An earlier version also said the strike began on March 30; it began on March 29. Talks resume on Monday.',
      'Correction: An article on Monday misstated the date of the next session. It is April 16, not April 12. An earlier version also said the strike began on March 30; it began on March 29.',
    ],
    [
      'CORRECTIONS: The department will hire 200 guards by June, officials said on Friday.',
      'CORRECTIONS:',
    ],
    [
      'Correction: An earlier version of this story misstated when the U.S. Senate voted on the bill. It voted on Feb. 6.',
      'Correction: An earlier version of this story misstated when the U.S. Senate voted on the bill.',
    ],
  ],
} as const satisfies LineRule & {
  label: RegExp;
  settingRight: RegExp;
  notes: ReadonlyArray<readonly [string, string]>;
};

/**
 * Spans of bare links anywhere in a line: `https://t.co/...`, `pic.twitter.com/...`, `www.`
 * addresses. They are set aside as `url` (a link is not prose even inside a sentence).
 */
export const BARE_URL = {
  name: 'bare link',
  pattern: /(?:https?:\/\/|www\.|pic\.twitter\.com\/)[^\s<>"'”’)\]]+/giu,
  examples: ['https://t.co/IIu9pokDzo', 'pic.twitter.com/3p1bFVQAsI', 'www.example.com/news'],
  counterExamples: ['the twitter.com policy'],
} as const satisfies LineRule;

/**
 * A wire service's note of what an update of its story changed, in brackets anywhere in the text
 * ("(Adds analyst comment in paragraph 4)", "(Updates prices, adds quotes)", "(Recasts with
 * ministry statement)"): how the copy was edited, not news, and not part of the sentence after it
 * (was the title "(Adds analyst comment in paragraph 4) The company had warned ..."). A verb in
 * the third person with a capital opens the brackets. Set aside as `boilerplate`.
 */
export const WIRE_UPDATE_NOTE = {
  name: 'wire update note',
  pattern:
    /\((?:Adds|Updates|Recasts|Rewrites|Writes\s+through|Corrects|Changes|Refiles|Repeats|Fixes|Removes|Inserts|Clarifies|Combines|Deletes|Tops|Retops|Re-tops|Moves|Edits|Replaces|Releads|New\s+throughout)\b[^()\n]{0,160}\)/gu,
  examples: [
    '(Adds analyst comment in paragraph 4)',
    '(Updates prices, adds analyst comment)',
    '(Recasts with ministry statement, adds details)',
    '(Corrects spelling of name in paragraph 3)',
    '(Writes through with details)',
    '(Refiles to fix typo in headline)',
    '(New throughout, updates with closing prices)',
  ],
  counterExamples: [
    'the ministry (which adds staff every year) said',
    '(adds a new line)',
    'The Adds (a local band) played on Friday.',
  ],
} as const satisfies LineRule;
