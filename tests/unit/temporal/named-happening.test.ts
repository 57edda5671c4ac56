/**
 * A length written in capitals before a war's noun is a word of the happening's name, not a
 * time: "the Thirty Years' War", "the Six-Day War", "the Seven Days Battles" were tagged as
 * durations (P30Y, P6D, P7D). Passages made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/extract/temporal/index.ts';

const tags = (text: string) => tagTimexes(text, { published: null }).map((t) => [t.text, t.value]);

describe('a length in a happening’s name', () => {
  it('is no time', () => {
    expect(tags("The Thirty Years' War ended in 1648.")).toEqual([['1648', '1648']]);
    expect(tags('The Six-Day War began in 1967.')).toEqual([['1967', '1967']]);
    expect(tags('The Seven Days Battles were fought in 1862.')).toEqual([['1862', '1862']]);
    expect(tags('He served in the Seven Weeks’ War of 1866.')).toEqual([['1866', '1866']]);
  });

  it('is still a length in lower case, before another word, or alone', () => {
    expect(tags('The war lasted thirty years.')).toEqual([['thirty years', 'P30Y']]);
    expect(tags('The siege lasted Seven Days.')).toEqual([['Seven Days', 'P7D']]);
    expect(tags('It took Seven Days To Rebuild the bridge.')).toEqual([['Seven Days', 'P7D']]);
  });

  // (helper h193: a headline in capitals says a length before a strike's or a siege's noun, with
  // no "the" or possessive of a name: these were dropped)
  it('is still a length in a headline in capitals, before a noun other than War', () => {
    expect(tags('Dockers Announce Two Day Strike at Port')).toEqual([['Two Day', 'P2D']]);
    expect(tags('Rebels End Six Week Siege of Northern Town')).toEqual([['Six Week', 'P6W']]);
    expect(tags('Unions Call Twenty-Four Hour Strike')).toEqual([['Twenty-Four Hour', 'PT24H']]);
  });

  it('names with "the", a possessive or "War"', () => {
    expect(tags('The Hundred Days Offensive opened in 1918.')).toEqual([['1918', '1918']]);
    expect(tags('Israel Marks Anniversary of Six-Day War')).toEqual([]);
    expect(tags('Veterans of the Seven Days’ Battles met in 1912.')).toEqual([['1912', '1912']]);
  });

  // (helper h200: "the Hundred Days", Napoleon's, was P100D)
  it('a period named by a length alone, after "the" or a possessive', () => {
    expect(tags('The Hundred Days ended at Waterloo.')).toEqual([]);
    expect(tags("Napoleon's Hundred Days began in March 1815.")).toEqual([
      ['March 1815', '1815-03'],
    ]);
    expect(tags('During the Thousand Days the president travelled.')).toEqual([]);
    expect(tags("The president's first hundred days were busy.")).toEqual([
      ['hundred days', 'P100D'],
    ]);
    expect(tags('His first Hundred Days were busy.')).toEqual([['Hundred Days', 'P100D']]);
  });
});
