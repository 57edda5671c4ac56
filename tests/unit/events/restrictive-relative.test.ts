/** A relative clause without commas inside the subject, ending with a date of its own. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

const told = (raw: string) =>
  extractArticle({ id: 'x', raw, published: '2024-03-06' }).events.map((e) => [
    e.date.value,
    e.status,
    e.title,
  ]);

describe('extractArticle() on a subject with a dated relative clause and no commas', () => {
  it('the relative and the main clause are two events, each with its own date', () => {
    // (was two events, both titled "The man who was arrested will appear in court", Tuesday's
    // planned)
    expect(told('The man who was arrested on Tuesday will appear in court on Friday.')).toEqual([
      ['2024-03-05', 'happened', 'The man was arrested'],
      ['2024-03-08', 'planned', 'The man will appear in court'],
    ]);
    expect(
      told(
        'The company that filed for bankruptcy in March said on Monday it would close 20 stores.',
      ),
    ).toEqual([
      ['2024-03', 'happened', 'The company filed for bankruptcy'],
      ['2024-03-04', 'happened', 'The company said it would close 20 stores'],
    ]);
  });

  it('the relative ends at its date, after a phrase of a place too', () => {
    // (was titled "A 34-year-old man who was found with a knife outside a school", both dates)
    expect(
      told(
        'A 34-year-old man who was found with a knife outside a school in Leeds last March has been jailed for two years at Leeds Crown Court on Tuesday.',
      ),
    ).toEqual([
      ['2023-03', 'happened', 'A 34-year-old man was found with a knife outside a school in Leeds'],
      [
        '2024-03-05',
        'happened',
        'A 34-year-old man has been jailed for two years at Leeds Crown Court',
      ],
    ]);
    expect(
      told('The man who was arrested on Tuesday in Leeds will appear in court on Friday.'),
    ).toEqual([
      ['2024-03-05', 'happened', 'The man was arrested in Leeds'],
      ['2024-03-08', 'planned', 'The man will appear in court'],
    ]);
  });

  it('a long subject keeps its head, without its last phrase of a place', () => {
    // (was "The revolution brought Castro to power gathered to denounce ..." for both dates)
    expect(
      told(
        'Hundreds of former fighters in the revolution that brought Castro to power 42 years ago gathered on Monday to denounce the decision.',
      ),
    ).toEqual([
      ['1982', 'happened', 'The revolution brought Castro to power'],
      ['2024-03-04', 'happened', 'Hundreds of former fighters gathered to denounce the decision'],
    ]);
  });

  it('a relative without a date of its own stays in the subject', () => {
    expect(told('The number of doctors who performed abortions declined in 2019.')).toEqual([
      ['2019', 'happened', 'The number of doctors who performed abortions declined'],
    ]);
  });

  it("a date fronted before the subject is the main clause's, the relative keeps its own", () => {
    // (was one clause with both dates, "The woman who was injured in the blast died in
    // hospital" on Sunday and on Monday)
    expect(
      told('On Monday the woman who was injured in the blast on Sunday died in hospital.'),
    ).toEqual([
      ['2024-03-03', 'happened', 'The woman was injured in the blast'],
      ['2024-03-04', 'happened', 'The woman died in hospital'],
    ]);
  });

  it('a past main clause without a date of its own stays with the relative', () => {
    // (641486b made a second event of the publication's day: "The people were mostly young",
    // "Fans found the stadium closed")
    expect(told('The people who voted on Tuesday were mostly young.')).toEqual([
      ['2024-03-05', 'happened', 'The people who voted were mostly young'],
    ]);
    expect(told('Fans who arrived on Saturday found the stadium closed.')).toEqual([
      ['2024-03-02', 'happened', 'Fans who arrived found the stadium closed'],
    ]);
    // (today's news in the present perfect is still its own)
    expect(told('The firm that won the contract in 2019 has been accused of fraud.')).toEqual([
      ['2019', 'happened', 'The firm won the contract'],
      ['2024-03-06', 'happened', 'The firm has been accused of fraud'],
    ]);
  });

  it('a saying after the relative is an act of its own', () => {
    // (was one event of Monday, "The firm that police said it had done nothing wrong")
    expect(told('The firm that police raided on Monday said it had done nothing wrong.')).toEqual([
      ['2024-03-04', 'happened', 'Police raided the firm'],
      ['2024-03-06', 'happened', 'The firm said it had done nothing wrong'],
    ]);
  });

  it('an object relative with a bare plural subject tells who acted on the noun', () => {
    // (were "The bill that lawmakers will take effect" for both dates, "The house that
    // firefighters was empty")
    expect(told('The bill that lawmakers passed in May will take effect next year.')).toEqual([
      ['2023-05', 'happened', 'Lawmakers passed the bill'],
      ['2025', 'planned', 'The bill will take effect'],
    ]);
    expect(told('The house that firefighters searched on Friday was empty.')).toEqual([
      ['2024-03-01', 'happened', 'The house that firefighters searched was empty'],
    ]);
    // (a relative the clause's verb follows is no object of it: not "The issue aroused Little of
    // the vitriol remains", NYT19981025.0216; since helper196 the relative splits off before the
    // verb in -s, its date its own, "The issue aroused the vitriol", and the main clause is the
    // day's: "Little of the vitriol remains", was the whole sentence on the 1980s)
    expect(
      told(
        'Little of the vitriol that the issue aroused in the late 1980s remains, residents said, and many leaders have moved.',
      ),
    ).toEqual([
      ['198X', 'happened', 'The issue aroused the vitriol'],
      ['2024-03-06', 'ongoing', 'Little of the vitriol remains, residents said'],
    ]);
  });

  it('an object relative whose subject is a name of more words', () => {
    // (was one event, "Verdant Energy sold the refinery that Talmont Oil built", dated 1987)
    expect(told('Verdant Energy sold the refinery that Talmont Oil built in 1987.')).toEqual([
      ['1987', 'happened', 'Talmont Oil built the refinery'],
      ['2024-03-06', 'happened', 'Verdant Energy sold the refinery'],
    ]);
    // (what a noun says is no relative: "accusations that Juan Miguel Gonzalez had mistreated
    // his son", NYT20000403.0463)
    expect(
      told('Lawyers raised accusations that Juan Miguel Gonzalez had mistreated his son in May.'),
    ).toEqual([
      [
        '2023-05',
        'happened',
        'Lawyers raised accusations that Juan Miguel Gonzalez had mistreated his son',
      ],
    ]);
  });

  it('a one-word subject keeps the title of its relative, short as it is', () => {
    // (was "People have returned" for 2015 too: "People left" was too short a title)
    expect(told('People who left in 2015 have returned.')).toEqual([
      ['2015', 'happened', 'People left'],
      ['2024-03-06', 'happened', 'People have returned'],
    ]);
  });

  it('a relative bounded by its date splits off only beside a date of the main clause', () => {
    // (641486b made "Anyone bought a ticket" a planned act of March 1)
    expect(told('Anyone who bought a ticket before March 11 will get a refund.')).toEqual([
      ['2024-03-11', 'planned', 'Anyone who bought a ticket will get a refund'],
    ]);
  });
});
