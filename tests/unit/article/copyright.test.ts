import { describe, expect, it } from 'vitest';
import { readCopyright } from '../../../src/extract/article/copyright.ts';

describe('readCopyright()', () => {
  it.each([
    ['(c) 2018, The Washington Post.', 2018, 'The Washington Post'],
    ['© 2023 Reuters', 2023, 'Reuters'],
    ['Copyright 2010 The Associated Press. All rights reserved.', 2010, 'The Associated Press'],
    ['Copyright © 2023 CNN', 2023, 'CNN'],
    ['© 2005-2012 Example Financial News', 2012, 'Example Financial News'],
    ['© Copyright ANSA 2012', 2012, 'ANSA'],
    ['(c) EFE 2012', 2012, 'EFE'],
    ['Copyright Reuters 2005-2012. All rights reserved.', 2012, 'Reuters'],
    ['Copyright The Example Times', null, 'The Example Times'],
  ])('reads "%s" as the year %s and the holder %s', (line, year, holder) => {
    expect(readCopyright(line)).toEqual({ year, holder });
  });

  it.each([['Copyright holders sued in 2019.'], ['© photos by the author']])(
    'reads no notice in "%s"',
    (line) => {
      expect(readCopyright(line)).toBeNull();
    },
  );
});
