/** Sentences, paragraphs, clauses and names: the text helpers the event builder stands on. */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/extract/text/clauses.ts';
import { hashId } from '../../../src/extract/text/hash.ts';
import { findNames } from '../../../src/extract/text/names.ts';
import { splitParagraphs, splitSentences } from '../../../src/extract/text/sentences.ts';
import { pastOfIng, verbForm } from '../../../src/extract/text/verbs.ts';
import {
  isWhiteSpace,
  keptAsWritten,
  letteredPieceCount,
  tokenize,
} from '../../../src/extract/text/words.ts';

const texts = (text: string, skip: { start: number; end: number }[] = []) =>
  splitSentences(text, skip).map((s) => s.text);

describe('splitSentences()', () => {
  it.each([
    [
      'splits at full stops',
      'Belarus acted. Russia replied.',
      ['Belarus acted.', 'Russia replied.'],
    ],
    [
      'keeps initials with their name',
      'J. R. R. Tolkien wrote it. He died.',
      ['J. R. R. Tolkien wrote it.', 'He died.'],
    ],
    [
      'keeps a quotation that ends in a full stop with its reporting verb',
      '"We love the Beatles," said Jobs. Then he left.',
      ['"We love the Beatles," said Jobs.', 'Then he left.'],
    ],
    [
      "breaks before a quotation opened by the wire's two backticks",
      "``We have reconciled,'' said Fernandez. ``Although many are divided, they forgive.''",
      ["``We have reconciled,'' said Fernandez.", "``Although many are divided, they forgive.''"],
    ],
    [
      'breaks at a full stop glued to the next sentence',
      'Russia can act in this way.Russia seeks peace.',
      ['Russia can act in this way.', 'Russia seeks peace.'],
    ],
    [
      'breaks before a sentence that opens with a camel-cased brand',
      'Apple sold the iPod. iPhone sales rose.',
      ['Apple sold the iPod.', 'iPhone sales rose.'],
    ],
    [
      'never runs across a line break between paragraphs',
      'Belarus restores border controls\n\nMOSCOW — Lavrov traveled.',
      ['Belarus restores border controls', 'MOSCOW — Lavrov traveled.'],
    ],
    [
      'treats a single newline after a headline as a paragraph break',
      'A headline without a stop\nThe lead sentence.',
      ['A headline without a stop', 'The lead sentence.'],
    ],
    [
      'joins a line wrapped in the middle of a sentence',
      'The minister said that the border\nwould reopen soon.',
      ['The minister said that the border\nwould reopen soon.'],
    ],
  ])('%s', (_title, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('leaves out the skipped spans (asides) and reports offsets into the whole text', () => {
    const text = 'Belarus restored checks. https://t.co/abc pic.twitter.com/xyz\nRussia replied.';
    const start = text.indexOf('https');
    const end = text.indexOf('\n');
    const sentences = splitSentences(text, [{ start, end }]);
    expect(sentences.map((s) => s.text)).toEqual(['Belarus restored checks.', 'Russia replied.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('numbers paragraphs that hold sentences', () => {
    const sentences = splitSentences('One. Two.\n\nThree.');
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
  });
});

describe('splitParagraphs()', () => {
  it('splits at blank lines and at line breaks after closing punctuation', () => {
    const text = 'First.\nSecond.\n\nThird';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'First.',
      'Second.',
      'Third',
    ]);
  });
});

describe('splitClauses()', () => {
  const clauses = (text: string) =>
    splitClauses({ start: 0, end: text.length, text }).map((c) => [c.kind, c.text]);
  it('ends a fronted clause at a comma after its date, not at the one inside it ("by Jan. 20, 2027,")', () => {
    const text = 'If the deal has not closed by Jan. 20, 2027, either side may walk away.';
    const start = text.indexOf('Jan. 20, 2027');
    const split = splitClauses({ start: 0, end: text.length, text }, undefined, [
      { start, end: start + 'Jan. 20, 2027'.length },
    ]).map((c) => [c.kind, c.text]);
    expect(split).toEqual([
      ['subordinate', 'If the deal has not closed by Jan. 20, 2027,'],
      ['main', 'either side may walk away.'],
    ]);
  });

  it('reads a participle news uses as an adjective, opening a noun phrase, as no verb', () => {
    // "elected officials" is a noun phrase, so the words before "and at" are no clause
    expect(
      clauses(
        'All week, elected officials in Washington, D.C., and at the state capital have issued statements.',
      ),
    ).toEqual([
      [
        'main',
        'All week, elected officials in Washington, D.C., and at the state capital have issued statements.',
      ],
    ]);
    // after a subject it is the verb: the words before "and at" are a clause of their own
    expect(
      clauses('Voters elected officials in Washington, D.C., and at the state capital they met.'),
    ).toEqual([
      ['main', 'Voters elected officials in Washington, D.C.,'],
      ['coordinate', 'and at the state capital they met.'],
    ]);
  });

  it('reads a name set between the commas of a clause of "after" as an apposition', () => {
    expect(
      clauses('It cut jobs, a day after its chief executive, Klaus Riedel, resigned.'),
    ).toEqual([
      ['main', 'It cut jobs, a day'],
      ['subordinate', 'after its chief executive, Klaus Riedel, resigned.'],
    ]);
    expect(
      clauses('It cut jobs, a day after its chief executive, Klaus Riedel, announced his exit.'),
    ).toEqual([
      ['main', 'It cut jobs, a day'],
      ['subordinate', 'after its chief executive, Klaus Riedel, announced his exit.'],
    ]);
    // (a word in -ing after the name stays a participle of its own; an attribution after a
    // second comma stays the attribution)
    expect(
      clauses('Protesters stormed the palace in the capital, Puerto Lemar, demanding his exit.').at(
        -1,
      ),
    ).toEqual(['participle', 'demanding his exit.']);
    expect(
      clauses(
        "Schools will stay shut until at least Sept. 2, the ministry's spokesman, Ali Reza, said.",
      ),
    ).toHaveLength(1);
  });

  it('does not take a subordinator before a determiner for a resumed verb ("when the Soviets")', () => {
    const text =
      'Jan Kavan, who lived in London from 1968, when the Soviets invaded, said he was buoyant.';
    const resumed = clauses(text).filter(
      ([kind, clause]) => kind === 'main' && /^when/u.test(clause!),
    );
    expect(resumed).toEqual([]);
  });
  it.each([
    [
      'keeps a fronted date with its clause',
      'In 1995, Russia and Belarus did away with their boundaries.',
      [['main', 'In 1995, Russia and Belarus did away with their boundaries.']],
    ],
    [
      'ends a fronted "if" clause at its comma when its verb is one in -s after "all"',
      'If all goes well, the capsule will dock early Saturday.',
      [
        ['subordinate', 'If all goes well,'],
        ['main', 'the capsule will dock early Saturday.'],
      ],
    ],
    [
      'opens no clause at "until" when the only verb after it is an attribution\'s',
      'Schools will stay shut until at least Sept. 2, the ministry said.',
      [['main', 'Schools will stay shut until at least Sept. 2, the ministry said.']],
    ],
    [
      'opens an object relative clause at "that" before a subject with its determiner and a past verb',
      'The county barred unvaccinated students, a rule that a state judge upheld on March 1.',
      [
        ['main', 'The county barred unvaccinated students, a rule'],
        ['relative', 'that a state judge upheld on March 1.'],
      ],
    ],
    [
      'reads "that" after a noun of saying or knowing as what it says ("news that the bank collapsed")',
      'Markets were shaken by news that the bank collapsed on Friday.',
      [['main', 'Markets were shaken by news that the bank collapsed on Friday.']],
    ],
    [
      'reads "that" before a subject with an object after its verb as what a noun says',
      'They made the claim that the company ignored warnings.',
      [
        ['main', 'They made the claim'],
        ['complement', 'that the company ignored warnings.'],
      ],
    ],
    [
      'cuts a second verb phrase joined by "and"',
      'He fought cancer in 2004 and took six months off in early 2009.',
      [
        ['main', 'He fought cancer in 2004'],
        ['coordinate', 'and took six months off in early 2009.'],
      ],
    ],
    [
      'does not cut "before" that governs a noun up to the end of a quotation',
      "``We know what we want to introduce before a grand jury,'' Clark said in an interview.",
      [
        [
          'main',
          "``We know what we want to introduce before a grand jury,'' Clark said in an interview.",
        ],
      ],
    ],
    [
      'cuts "after" that opens a clause whose verb comes after a list',
      'He was found at sea after his mother, stepfather and eight others drowned.',
      [
        ['main', 'He was found at sea'],
        ['subordinate', 'after his mother, stepfather and eight others drowned.'],
      ],
    ],
    [
      'keeps a subject whose noun ends in -s with the participle aside after it',
      'Two stopgap measures, passed in October and December, kept agencies open.',
      [
        ['participle', 'Two stopgap measures, passed in October and December,'],
        ['main', 'kept agencies open.'],
      ],
    ],
    [
      'cuts an aside that tells a state without a verb from the main clause ("open until Jan. 7")',
      'The exhibition, open until Jan. 7, has drawn more than 200,000 visitors.',
      [
        ['participle', 'The exhibition, open until Jan. 7,'],
        ['main', 'has drawn more than 200,000 visitors.'],
      ],
    ],
    [
      'resumes the main clause after a relative aside with a bare verb before its object ("open the playoffs")',
      'The Dodgers, who last won the World Series in 2020, open the playoffs on Saturday.',
      [
        ['relative', 'The Dodgers, who last won the World Series in 2020,'],
        ['main', 'open the playoffs on Saturday.'],
      ],
    ],
    [
      'cuts a state aside of two words ("on view through March 3")',
      'The exhibition, on view through March 3, has drawn more than 200,000 visitors.',
      [
        ['participle', 'The exhibition, on view through March 3,'],
        ['main', 'has drawn more than 200,000 visitors.'],
      ],
    ],
    [
      'resumes the main clause after a relative aside at an adverb before its verb',
      'The measure, which the House approved last week, now goes to President Biden.',
      [
        ['relative', 'The measure, which the House approved last week,'],
        ['main', 'now goes to President Biden.'],
      ],
    ],
    [
      'cuts a fronted participle at the comma where its subject begins, not at a place name',
      'Born in 1939 in Duluth, Minn., Dr. Doe earned a doctorate in 1965.',
      [
        ['participle', 'Born in 1939 in Duluth, Minn.,'],
        ['main', 'Dr. Doe earned a doctorate in 1965.'],
      ],
    ],
    [
      'does not cut an adjective in -ed opening the subject',
      'Increased border checks were reported in May, officials said.',
      [['main', 'Increased border checks were reported in May, officials said.']],
    ],
    [
      'resumes the main clause after a relative inside an appositive',
      'Jane Doe, a pioneering climate scientist whose research shaped policy, died on Saturday.',
      [
        ['relative', 'Jane Doe, a pioneering climate scientist whose research shaped policy,'],
        ['main', 'died on Saturday.'],
      ],
    ],
    [
      'resumes the main clause after a participle aside with its agent',
      'The drug, approved by regulators in May, costs $2,000 a month.',
      [
        ['participle', 'The drug, approved by regulators in May,'],
        ['main', 'costs $2,000 a month.'],
      ],
    ],
    [
      'does not cut at the colon of a clock time',
      'The probe landed at 3:42 a.m. on Sunday, the agency said.',
      [['main', 'The probe landed at 3:42 a.m. on Sunday, the agency said.']],
    ],
    [
      'does not cut "since" before a bare date',
      'He has been fighting cancer since 2004.',
      [['main', 'He has been fighting cancer since 2004.']],
    ],
    [
      'cuts a relative clause between commas and resumes the main clause at its verb',
      'Obama, who arrives in Jordan on Friday, will meet King Abdullah on Saturday.',
      [
        ['relative', 'Obama, who arrives in Jordan on Friday,'],
        ['main', 'will meet King Abdullah on Saturday.'],
      ],
    ],
    [
      'reads a name with an inner capital as no verb ("MindSpring")',
      'MindSpring, which provided the space, closed it Thursday.',
      [
        ['relative', 'MindSpring, which provided the space,'],
        ['main', 'closed it Thursday.'],
      ],
    ],
    [
      'marks a fronted subordinate clause and the main clause after it',
      'When Jobs introduced the iPhone, he praised its antenna.',
      [
        ['subordinate', 'When Jobs introduced the iPhone,'],
        ['main', 'he praised its antenna.'],
      ],
    ],
    [
      'a fronted phrase after a few words and without a verb ends at its comma',
      'Even before the killing, Schumer was trying to draw attention to the record of his opponent.',
      [
        ['subordinate', 'Even before the killing,'],
        ['main', 'Schumer was trying to draw attention to the record of his opponent.'],
      ],
    ],
    [
      'but not at a comma of an aside inside it',
      'When Jobs, the CEO, introduced the iPhone, he praised its antenna.',
      [
        ['subordinate', 'When Jobs, the CEO, introduced the iPhone,'],
        ['main', 'he praised its antenna.'],
      ],
    ],
    [
      'a pair of dashes around an aside breaks no clause; a subordinator after the second still does',
      'Belarus traded cooperation with Russia — a former superpower — after Yanukovych abandoned a trade agreement in 2014.',
      [
        ['main', 'Belarus traded cooperation with Russia — a former superpower —'],
        ['subordinate', 'after Yanukovych abandoned a trade agreement in 2014.'],
      ],
    ],
    [
      'a relative without commas before the verb of its sentence is part of the subject',
      'In 45 states, the number of doctors who performed abortions declined between 1982 and 1992.',
      [
        [
          'main',
          'In 45 states, the number of doctors who performed abortions declined between 1982 and 1992.',
        ],
      ],
    ],
    [
      'one whose verb group holds an adverb stays a relative clause',
      'He featured a nurse who was badly wounded in the bombing of a clinic.',
      [
        ['main', 'He featured a nurse'],
        ['relative', 'who was badly wounded in the bombing of a clinic.'],
      ],
    ],
    [
      'an aside after an adverb ends at a modal',
      'The bill, first proposed in 2011, would take effect next year.',
      [
        ['participle', 'The bill, first proposed in 2011,'],
        ['main', 'would take effect next year.'],
      ],
    ],
    [
      'an aside ends at a verb in -s',
      'The lawsuit, filed in March by 12 states, argues the rule is void.',
      [
        ['participle', 'The lawsuit, filed in March by 12 states,'],
        ['main', 'argues the rule is void.'],
      ],
    ],
  ])('%s', (_title, text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });

  it('marks a "since" clause as sharing the time of the main clause, an "after" clause not', () => {
    const since = splitClauses({
      start: 0,
      end: 60,
      text: 'Russians have fled since the war broke out in 2022.',
    });
    const after = splitClauses({
      start: 0,
      end: 60,
      text: 'He escaped in March after he received a sentence.',
    });
    expect(since.map((c) => c.sharesTime)).toEqual([false, true]);
    expect(after.map((c) => c.sharesTime)).toEqual([false, false]);
    // a record measured from the clause's time is not of that time
    const record = (text: string) =>
      splitClauses({ start: 0, end: text.length, text }).map((c) => c.sharesTime);
    expect(record('It was the deadliest attack since the war broke out in 2022.')).toEqual([
      false,
      false,
    ]);
    expect(record('He has called at least three times since he arrived in May.')).toEqual([
      false,
      true,
    ]);
  });
});

describe('findNames()', () => {
  const names = (text: string, lower?: Set<string>) =>
    findNames({ start: 0, end: text.length, text }, lower ? { lowerCaseWords: lower } : {}).map(
      (n) => `${n.text}${n.kind === 'place' ? ' (place)' : ''}`,
    );
  it('marks gazetteer places', () => {
    expect(names('Lavrov traveled to Belarus and Moscow.')).toEqual([
      'Lavrov',
      'Belarus (place)',
      'Moscow (place)',
    ]);
  });
  it('drops a capitalised sentence opener that the article also writes in lower case', () => {
    const text = 'Human rights advocates claim the checks target men.';
    expect(names(text, new Set(['human']))).toEqual([]);
    expect(names(text)).toEqual(['Human']);
  });
  it('keeps a multi-word organisation whole', () => {
    expect(names('Both are members of the Collective Security Treaty Organization.')).toEqual([
      'Collective Security Treaty Organization',
    ]);
  });
});

describe('hashId()', () => {
  it('is a pure function of its input, 11 base-36 characters', () => {
    expect(hashId('abc')).toBe(hashId('abc'));
    expect(hashId('abc')).not.toBe(hashId('abd'));
    expect(hashId('')).toMatch(/^[0-9a-z]{11}$/);
  });
});

describe('white space helpers', () => {
  it('isWhiteSpace() agrees with \\s on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/u.test(String.fromCharCode(code))) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it.each([
    '',
    ' ',
    'one',
    'two words',
    '  leading and trailing  ',
    'tab\tnew\nline\u00a0nbsp\u2003em',
    '1,239 people — and 40',
    'naïve café 𝐀𝐁 ١٢',
    '12 34 — ',
  ])('letteredPieceCount() counts as split(/\\s+/u) and a letter test do: %j', (text) => {
    const pieces = text.split(/\s+/u);
    expect(letteredPieceCount(text)).toBe(pieces.filter((w) => /\p{L}/u.test(w)).length);
  });
});

describe('keptAsWritten()', () => {
  const kept = (text: string, drop: string[]): string =>
    keptAsWritten({ start: 0, text }, tokenize(text), (t) => !drop.includes(t.text));
  it('keeps what stands between words side by side, and joins words apart by a space', () => {
    expect(kept('The fund gave $2 million to schools in 2021', ['in', '2021'])).toBe(
      'The fund gave $2 million to schools',
    );
    expect(kept('sold 5,000 cars in 2019 in China', ['in', '2019'])).toBe('sold 5,000 cars China');
  });
  it('keeps a currency sign before a word and a percent sign after one', () => {
    expect(kept('in 2020, $5 rose 3% in May', ['in', '2020', 'May'])).toBe('$5 rose 3%');
  });
});

describe('pastOfIng()', () => {
  it.each([
    ['declaring', 'declared'],
    ['stopping', 'stopped'],
    ['carrying', 'carried'],
    ['making', 'made'],
    ['running', 'ran'],
    ['leaving', 'left'],
    ['beginning', 'began'],
    ['prompting', 'prompted'],
  ])('%s -> %s', (ing, past) => {
    expect(pastOfIng(ing)).toBe(past);
  });

  it('gives null for a word that is no verb in -ing', () => {
    expect(pastOfIng('partially')).toBeNull();
    expect(pastOfIng('morning')).toBeNull();
  });
});

describe('verbForm()', () => {
  it.each(['Ahmed', 'Mohammed', 'Saeed', 'Khaled', 'Reed', 'Fred'])(
    'reads the given name %s as no past verb',
    (name) => {
      expect(verbForm(name)).toBeNull();
    },
  );

  it('still reads a past verb in -ed', () => {
    expect(verbForm('resigned')).toBe('past');
    expect(verbForm('Signed')).toBe('past');
  });
});
