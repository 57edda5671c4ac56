import { describe, expect, it } from 'vitest';
import {
  articleHtml,
  escapeHtml,
  segmentArticle,
  type SentenceMark,
} from '../../../src/components/article-text.ts';

const TEXT =
  'Belarus restored checks on May 5. Nobody said why.\n\nIn 1995 the controls were removed. <b>Bold</b> text.';

function sentence(
  text: string,
  anchor: string,
  events = [{ number: 1, title: 'E', href: '/#event-e' }],
): SentenceMark {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, anchor, events };
}

function timex(text: string, value: string, datetime: string | null = value) {
  const start = TEXT.indexOf(text);
  return { start, end: start + text.length, value, datetime };
}

describe('segmentArticle()', () => {
  it('splits paragraphs at line breaks and drops empty lines', () => {
    const paragraphs = segmentArticle(TEXT, { sentences: [], timexes: [], asides: [] });
    expect(
      paragraphs.map((p) => p.segments.flatMap((s) => s.pieces.map((x) => x.text)).join('')),
    ).toEqual([
      'Belarus restored checks on May 5. Nobody said why.',
      'In 1995 the controls were removed. <b>Bold</b> text.',
    ]);
  });

  it('marks a source sentence with its anchor and highlights the date inside it', () => {
    const [first] = segmentArticle(TEXT, {
      sentences: [sentence('Belarus restored checks on May 5.', 's-a')],
      timexes: [timex('May 5', '2023-05-05')],
      asides: [],
    });
    const [marked, rest] = first!.segments;
    expect(marked?.anchors).toEqual(['s-a']);
    expect(marked?.sentenceEnds).toBe(true);
    expect(marked?.pieces.map((piece) => [piece.text, piece.timex?.value ?? null])).toEqual([
      ['Belarus restored checks on ', null],
      ['May 5', '2023-05-05'],
      ['.', null],
    ]);
    expect(rest?.sentence).toBeNull();
  });

  it('gives a sentence reported by two events one mark linking to both', () => {
    const [first] = segmentArticle(TEXT, {
      sentences: [
        sentence('Belarus restored checks on May 5.', 's-a', [
          { number: 1, title: 'A', href: '/#a' },
        ]),
        sentence('Belarus restored checks on May 5.', 's-a', [
          { number: 2, title: 'B', href: '/#b' },
        ]),
      ],
      timexes: [],
      asides: [],
    });
    expect(first?.segments[0]?.sentence?.events.map((e) => e.number)).toEqual([1, 2]);
  });

  it('merges overlapping sentences into one mark that keeps every anchor', () => {
    const [first] = segmentArticle(TEXT, {
      sentences: [
        sentence('Belarus restored checks on May 5.', 's-a'),
        sentence('checks on May 5. Nobody said why.', 's-b'),
      ],
      timexes: [],
      asides: [],
    });
    expect(first?.segments).toHaveLength(1);
    expect(first?.segments[0]?.anchors).toEqual(['s-a', 's-b']);
  });

  it('recognizes a paragraph that is wholly an aside', () => {
    const start = TEXT.indexOf('In 1995');
    const paragraphs = segmentArticle(TEXT, {
      sentences: [],
      timexes: [],
      asides: [{ start, end: TEXT.length, kind: 'boilerplate' }],
    });
    expect(paragraphs.map((p) => p.aside)).toEqual([null, 'boilerplate']);
  });
});

describe('articleHtml()', () => {
  it('renders marks, anchors, date expressions and event links, escaping the text', () => {
    const html = articleHtml(
      segmentArticle(TEXT, {
        sentences: [sentence('In 1995 the controls were removed.', 's-b')],
        timexes: [timex('1995', '1995'), timex('May 5', 'XXXX-05-05', null)],
        asides: [],
      }),
    );
    expect(html).toBe(
      '<p>Belarus restored checks on <span class="timex" data-value="XXXX-05-05">May 5</span>. Nobody said why.</p>\n' +
        '<p><mark class="sentence" id="s-b">In <time class="timex" datetime="1995" data-value="1995">1995</time> the controls were removed.</mark>' +
        '<sup class="event-refs"><a href="/#event-e" aria-label="Event 1: E">1</a></sup> &lt;b&gt;Bold&lt;/b&gt; text.</p>',
    );
  });

  it('labels an aside paragraph', () => {
    const text = 'Text.\n— Name (@name) May 17, 2023';
    const html = articleHtml(
      segmentArticle(text, {
        sentences: [],
        timexes: [],
        asides: [{ start: text.indexOf('—'), end: text.length, kind: 'embedded-post' }],
      }),
    );
    expect(html).toBe(
      '<p>Text.</p>\n<p class="aside aside--embedded-post"><span class="aside__label">' +
        'Embedded post, quoted by the article:</span> — Name (@name) May 17, 2023</p>',
    );
  });
});

describe('escapeHtml()', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
