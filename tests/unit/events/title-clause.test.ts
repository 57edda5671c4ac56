/**
 * extractArticle() titles a date's event by the clause or the noun the date belongs to, not by a
 * neighbour of it: whole articles, tagger included, with a fixed publication date.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.ts';

function titles(raw: string, published = '2008-01-10'): [string, string][] {
  return extractArticle({ id: 'x', raw, published }).events.map((e) => [e.date.value, e.title]);
}

describe('extractArticle() on a "when" clause after a second clause with a subject of its own', () => {
  it('"..., but, they point out, Microsoft Longhorn is also expected to ... when it is released, expected in late 2006": Longhorn\'s', () => {
    // (was "Many of the bigger technology advances have gained high praise", the main clause
    // before the "but")
    expect(
      titles(
        'Many of the bigger technology advances have gained high praise, but, they point out, Microsoft Longhorn is also expected to have many of these advantages when it is released, expected in late 2006.',
        '2005-03-10',
      ),
    ).toEqual([
      [
        '2006',
        'Microsoft Longhorn is also expected to have many of these advantages when it is released',
      ],
    ]);
    // (was "Sales rose, but the company will cut 300 jobs when the plant closes")
    expect(
      titles(
        'Sales rose, but the company will cut 300 jobs when the plant closes in May.',
        '2005-03-10',
      ),
    ).toEqual([['2005-05', 'The company will cut 300 jobs when the plant closes']]);
  });

  it('a second verb phrase of the main clause\'s subject is told with it ("Sales rose and then fell when ...")', () => {
    expect(titles('Sales rose and then fell when the plant closed in May.', '2005-03-10')).toEqual([
      ['2004-05', 'Sales rose and then fell when the plant closed'],
    ]);
  });
});

describe('extractArticle() on a date in the second of two verb phrases', () => {
  it('"that was released as a closed beta ... and is scheduled for public release in June": the schedule', () => {
    // (was "The iPhone 2.0 update was released as a closed beta for developers")
    expect(
      titles(
        'The company also announced the iPhone 2.0 update that was released as a closed beta for developers and is scheduled for public release in June.',
        '2008-03-10',
      ),
    ).toContainEqual(['2008-06', 'The iPhone 2.0 update is scheduled for public release']);
    expect(
      titles(
        'The update was released as a closed beta for developers and is scheduled for public release in June.',
        '2008-03-10',
      ),
    ).toContainEqual(['2008-06', 'The update is scheduled for public release']);
    // (was "In a drama that has divided his once close-knit family")
    expect(
      titles(
        'In a drama that has divided his once close-knit family and may finally be resolved in a court hearing the week of March 6, Manuel Gonzalez has remained out of the glare of television lights.',
        '2000-02-24',
      ),
    ).toEqual([['2000-W10', 'A drama may finally be resolved in a court hearing']]);
  });

  it('a plan in a second verb phrase is its own event; a saying keeps both phrases', () => {
    // (the arrest is an act of its own, not one of June: events/second-phrase.test.ts)
    expect(titles('He was arrested and is expected to be charged in June.', '2008-03-10')).toEqual([
      ['2008-03-10', 'He was arrested'],
      ['2008-06', 'He is expected to be charged'],
    ]);
    expect(
      titles('He said the plan is ready for a vote and will take effect in June.', '2008-03-10'),
    ).toContainEqual(['2008-06', 'He said the plan is ready for a vote and will take effect']);
  });
});

describe("extractArticle() on a date that qualifies an event's noun", () => {
  it('"was a breach of the 1991 settlement reached between the two parties": the settlement', () => {
    // (was "The iTunes Music Store was a breach of the 1991 settlement reached between the two parties")
    expect(
      titles(
        'Apple Corps argued that the iTunes Music Store was a breach of the 1991 settlement reached between the two parties.',
        '2006-05-08',
      ),
    ).toContainEqual(['1991', 'The settlement reached between the two parties']);
    // (was "A nurse who was critically injured in the 1998 abortion clinic bombing in Birmingham, Ala.")
    expect(
      titles(
        'A nurse who was critically injured in the 1998 abortion clinic bombing in Birmingham, Ala., was among those who attended the ceremony.',
        '1999-10-24',
      ),
    ).toContainEqual(['1998', 'The abortion clinic bombing in Birmingham, Ala.']);
    // (a clause split after the date: was "Bin Laden and Kopp replace two former Libyan
    // intelligence agents charged")
    expect(
      titles(
        'Bin Laden and Kopp replace two former Libyan intelligence agents charged in the Dec. 21, 1988, bombing of Pan Am Flight 103.',
        '1999-06-07',
      ),
    ).toContainEqual(['1988-12-21', 'The bombing of Pan Am Flight 103']);
    // (the phrase ends before the verb it is the object's clause goes on with)
    expect(
      titles('Many of the leaders who led the 1992 protests have moved away.', '1998-10-25'),
    ).toContainEqual(['1992', 'The protests']);
  });

  it('in a restrictive relative, beside another date of the clause ("Residents who remember the 1998 bombing ... on Sunday")', () => {
    // (was the whole sentence: the relative's verb in its base form was not read as one, and a
    // clause with a second date gave its dated noun no title of its own)
    expect(
      titles(
        'Residents who remember the 1998 bombing attended the ceremony on Sunday.',
        '2024-03-10',
      ),
    ).toContainEqual(['1998', 'The bombing']);
  });

  it('after a relative\'s object, up to the main clause\'s verb ("who survived the 1998 bombing | gathered")', () => {
    // (was "The bombing gathered at the memorial" and "The bombing spoke to reporters": a verb
    // with no determiner after it was kept as the noun's)
    expect(
      titles('Residents who survived the 1998 bombing gathered at the memorial.', '2024-03-10'),
    ).toContainEqual(['1998', 'The bombing']);
    expect(
      titles('Survivors who remember the 1998 bombing spoke to reporters on Sunday.', '2024-03-10'),
    ).toContainEqual(['1998', 'The bombing']);
  });

  it('to the complement of the verb it is the object of ("blamed the 2022 strike for the loss")', () => {
    // (was "The strike for the loss": the loss is what the strike was blamed for, not part of it)
    expect(titles('The company blamed the 2022 strike for the loss.', '2024-03-10')).toContainEqual(
      ['2022', 'The strike'],
    );
    // (was "The bombing in Nairobi to the group")
    expect(
      titles('Police linked the 1998 bombing in Nairobi to the group.', '2024-03-10'),
    ).toContainEqual(['1998', 'The bombing in Nairobi']);
  });

  it('after a verb in -s, to the word that opens what the verb goes on with ("remembers the 1956 uprising as a 13-year-old")', () => {
    // (was "Similarly, the Hungarian foreign minister, Janos Martonyi, who remembers the 1956
    // uprising as a 13-year-old")
    expect(
      titles(
        'Similarly, the Hungarian foreign minister, Janos Martonyi, who remembers the 1956 uprising as a 13-year-old, said that membership of NATO meant a return.',
        '1999-03-12',
      ),
    ).toContainEqual(['1956', 'The uprising']);
  });

  it('not the setting of an act of the clause\'s own ("won a seat in the 2019 election"), but what was done to someone in it', () => {
    expect(titles('He won a seat in the 2019 election.', '2024-03-14')).toEqual([
      ['2019', 'He won a seat in the 2019 election'],
    ]);
    expect(titles('Biden will face voters again in the 2024 election.', '2024-03-14')).toEqual([
      ['2024', 'Biden will face voters again in the 2024 election'],
    ]);
    // (after "after", the date is the election's; the timetable's present puts it ahead)
    expect(
      titles('Lawmakers return to Washington after the November election.', '2024-03-14'),
    ).toEqual([['2024-11', 'The election']]);
    // (but a phrase that opens the sentence sets the time of the main clause's act)
    expect(
      titles('After the November election, the party lost control of the Senate.', '2024-03-14'),
    ).toEqual([['2023-11', 'The party lost control of the Senate']]);
    // (and the phrase stops before a verb with its object: "attended the ceremony")
    expect(
      titles(
        'A nurse who was critically injured in the 1998 abortion clinic bombing attended the ceremony.',
        '1999-10-24',
      ),
    ).toContainEqual(['1998', 'The abortion clinic bombing']);
    // (not before the noun itself and its relative clause)
    expect(
      titles(
        'Rudolph also is charged in three attacks, including the 1996 Olympic bombing that killed one person.',
        '1999-05-07',
      ),
    ).toContainEqual(['1996', 'The Olympic bombing that killed one person']);
  });

  it('not a dated noun that is the subject, follows "since", or names no event ("the 2011 version")', () => {
    expect(titles('The 1991 settlement ended the dispute.', '2006-05-08')).toEqual([
      ['1991', 'The 1991 settlement ended the dispute'],
    ]);
    expect(
      titles(
        'Eric Rudolph has been on the run since the January 1998 bombing of an abortion clinic.',
        '1999-05-07',
      ).map(([, title]) => title),
    ).toEqual([
      'Eric Rudolph has been on the run since the January 1998 bombing of an abortion clinic',
    ]);
    expect(
      titles('Apple released the 2011 version of its iLife software suite.', '2010-10-21'),
    ).toEqual([['2011', 'Apple released the 2011 version of its iLife software suite']]);
  });
});

describe('extractArticle() on the name a relative clause tells of', () => {
  it('"expelled five Iraqis and a Libyan who were questioned": a plural verb is of both', () => {
    // (was "Libyan were questioned by the FBI ...")
    expect(
      titles(
        'Tanzania expelled five Iraqis and a Libyan who were questioned by the FBI last month.',
        '1998-09-11',
      ),
    ).toContainEqual(['1998-08', 'Five Iraqis and a Libyan were questioned by the FBI']);
  });

  it('keeps the article before the name ("a Libyan who was questioned")', () => {
    // (was "Libyan was questioned by the FBI")
    expect(
      titles(
        'Police arrested a driver and a Libyan who was questioned by the FBI last month.',
        '1998-09-11',
      ),
    ).toContainEqual(['1998-08', 'A Libyan was questioned by the FBI']);
  });
});

describe('extractArticle() on a trailing saying whose verb comes after a longer subject', () => {
  it('"..., an official from the organization said on Wednesday": the day\'s news is the saying, with what was said', () => {
    // (was "An official from the organization said", what was said left out)
    const list = titles(
      'The alliance has decided to admit three countries in early March, an official from the organization said on Wednesday.',
      '1999-02-11',
    );
    expect(list).toContainEqual([
      '1999-02-10',
      'The alliance has decided to admit three countries, an official from the organization said',
    ]);
    expect(list).toContainEqual(['1999-03', 'The alliance has decided to admit three countries']);
  });
});
