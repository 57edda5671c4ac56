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
    // A correction or editor's note tells how the story was wrong, not news: its dates are of
    // the error ("misstated the date of the vote, which was on March 3"), not of events.
    name: 'correction note',
    pattern:
      /^(?:corrections?(?:,[^:]{1,40})?:|editor['’]s note(?:,[^:]{1,40})?:|(?:an?|the) (?:earlier|previous|prior) version of this (?:story|article|report|post)\b|this (?:story|article|report) (?:has been|was) corrected\b).*$/iu,
    examples: [
      'Correction: An earlier version of this story misstated the date of the vote, which was on March 3.',
      'Correction, Oct. 17: A previous version of this article gave the wrong year. It was 2011, not 2001.',
      'An earlier version of this article misspelled the name of the mayor.',
      'This story has been corrected to show that the vote was on March 3.',
      "Editor's note: This story was updated on Jan. 5 with the council's response.",
    ],
    counterExamples: [
      'Corrections officers walked off the job on Monday.',
      'An earlier version of the bill was rejected in 2019.',
      'The correction came on Tuesday, when markets fell.',
    ],
  },
] as const satisfies readonly LineRule[];

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
