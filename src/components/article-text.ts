/**
 * An article's text as HTML for its source page: paragraphs, each event's source sentence marked
 * (with an id that event links point to, and links back to its events), date expressions
 * highlighted, and asides (embedded posts, share links) set apart. Pure string work, escaped, so
 * that it is tested in Node and no article text can inject markup.
 */
import type { ArticleInfo } from '../extract/types.ts';

export type AsideKind = ArticleInfo['asides'][number]['kind'];

export interface SentenceMark {
  start: number;
  end: number;
  /** The element id event links point to. */
  anchor: string;
  events: Array<{ number: number; title: string; href: string }>;
}

export interface TimexMark {
  start: number;
  end: number;
  value: string;
  /** A valid HTML `datetime`, or null. */
  datetime: string | null;
}

export interface AsideMark {
  start: number;
  end: number;
  kind: AsideKind;
}

export interface Piece {
  text: string;
  timex: TimexMark | null;
  aside: AsideKind | null;
}

export interface Segment {
  /** The sentence this run of text belongs to, if it is an event's source. */
  sentence: SentenceMark | null;
  /** Ids to place at the start of the segment (the first segment of a sentence). */
  anchors: string[];
  /** Whether the sentence ends here (its event links follow). */
  sentenceEnds: boolean;
  pieces: Piece[];
}

export interface Paragraph {
  /** Set when the whole paragraph is one aside. */
  aside: AsideKind | null;
  segments: Segment[];
}

/** Overlapping sentence marks become one (the extractor's sentences should not overlap). */
function unionSentences(
  sentences: readonly SentenceMark[],
): Array<SentenceMark & { anchors: string[] }> {
  const sorted = [...sentences].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: Array<SentenceMark & { anchors: string[] }> = [];
  for (const sentence of sorted) {
    const last = groups.at(-1);
    if (last && sentence.start < last.end) {
      last.end = Math.max(last.end, sentence.end);
      if (!last.anchors.includes(sentence.anchor)) last.anchors.push(sentence.anchor);
      for (const event of sentence.events)
        if (!last.events.some((known) => known.href === event.href)) last.events.push(event);
    } else {
      groups.push({ ...sentence, events: [...sentence.events], anchors: [sentence.anchor] });
    }
  }
  return groups;
}

function covering<T extends { start: number; end: number }>(
  marks: readonly T[],
  start: number,
  end: number,
): T | null {
  return marks.find((mark) => mark.start <= start && end <= mark.end) ?? null;
}

/** Splits the text into paragraphs (at line breaks) of segments and pieces. */
export function segmentArticle(
  text: string,
  marks: {
    sentences: readonly SentenceMark[];
    timexes: readonly TimexMark[];
    asides: readonly AsideMark[];
  },
): Paragraph[] {
  const sentences = unionSentences(marks.sentences);
  const anchored = new Set<string>();
  const paragraphs: Paragraph[] = [];
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    const lineStart = line.index;
    const lead = line[0].length - line[0].trimStart().length;
    const start = lineStart + lead;
    const end = lineStart + line[0].trimEnd().length;
    if (end <= start) continue;
    const cuts = new Set([start, end]);
    for (const mark of [...sentences, ...marks.timexes, ...marks.asides]) {
      if (mark.start > start && mark.start < end) cuts.add(mark.start);
      if (mark.end > start && mark.end < end) cuts.add(mark.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const sentence = covering(sentences, from, to);
      const piece: Piece = {
        text: text.slice(from, to),
        timex: covering(marks.timexes, from, to),
        aside: covering(marks.asides, from, to)?.kind ?? null,
      };
      const last = segments.at(-1);
      let segment: Segment;
      if (last && last.sentence === sentence) {
        segment = last;
      } else {
        const anchors = sentence && !anchored.has(sentence.anchor) ? sentence.anchors : [];
        if (sentence) anchored.add(sentence.anchor);
        segment = { sentence, anchors, sentenceEnds: false, pieces: [] };
        segments.push(segment);
      }
      segment.sentenceEnds =
        sentence !== null && (to >= sentence.end || text.slice(to, sentence.end).trim() === '');
      const previous = segment.pieces.at(-1);
      if (previous && previous.timex === piece.timex && previous.aside === piece.aside)
        previous.text += piece.text;
      else segment.pieces.push(piece);
    }
    const asides = new Set(segments.flatMap((s) => s.pieces.map((p) => p.aside)));
    const [only] = asides;
    paragraphs.push({ aside: asides.size === 1 && only ? only : null, segments });
  }
  return paragraphs;
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const ASIDE_LABELS: Readonly<Record<AsideKind, string>> = {
  'embedded-post': 'Embedded post, quoted by the article',
  boilerplate: 'Not part of the article',
  url: 'Link',
};

function pieceHtml(piece: Piece): string {
  let html = escapeHtml(piece.text);
  if (piece.timex) {
    const datetime = piece.timex.datetime ? ` datetime="${escapeHtml(piece.timex.datetime)}"` : '';
    const tag = piece.timex.datetime ? 'time' : 'span';
    html = `<${tag} class="timex"${datetime} data-value="${escapeHtml(piece.timex.value)}">${html}</${tag}>`;
  }
  if (piece.aside === 'url') html = `<span class="aside-url">${html}</span>`;
  return html;
}

function eventLinks(sentence: SentenceMark): string {
  const links = sentence.events.map(
    (event) =>
      `<a href="${escapeHtml(event.href)}" aria-label="Event ${event.number}: ${escapeHtml(event.title)}">${event.number}</a>`,
  );
  return `<sup class="event-refs">${links.join(' ')}</sup>`;
}

/** The article text as HTML. */
export function articleHtml(paragraphs: readonly Paragraph[]): string {
  return paragraphs
    .map((paragraph) => {
      const body = paragraph.segments
        .map((segment) => {
          const inner = segment.pieces.map(pieceHtml).join('');
          if (!segment.sentence) return inner;
          const [id, ...extra] = segment.anchors;
          const idAttr = id ? ` id="${escapeHtml(id)}"` : '';
          const extraAnchors = extra.map((anchor) => `<span id="${escapeHtml(anchor)}"></span>`);
          const mark = `<mark class="sentence"${idAttr}>${extraAnchors.join('')}${inner}</mark>`;
          return segment.sentenceEnds ? mark + eventLinks(segment.sentence) : mark;
        })
        .join('');
      if (!paragraph.aside) return `<p>${body}</p>`;
      const label = `<span class="aside__label">${ASIDE_LABELS[paragraph.aside]}:</span> `;
      return `<p class="aside aside--${paragraph.aside}">${label}${body}</p>`;
    })
    .join('\n');
}
