import { describe, expect, it } from 'vitest';
import { clusterName, eventCount } from '../../../src/timeline/labels.ts';

describe('eventCount()', () => {
  it.each([
    [1, '1 event'],
    [2, '2 events'],
    [17515, '17,515 events'],
  ])('says %i as %j', (count, words) => {
    expect(eventCount(count)).toBe(words);
  });
});

describe('clusterName()', () => {
  it('says how many events, the dates they span, and that activating it zooms in', () => {
    expect(
      clusterName({
        count: 137,
        firstLabel: 'May 2, 1998',
        lastLabel: 'June 9, 1998',
        stacked: false,
      }),
    ).toBe('137 events, May 2, 1998 to June 9, 1998: zoom in');
  });

  it('says one date once, and that the events of a stack are listed', () => {
    expect(clusterName({ count: 12, firstLabel: '2018', lastLabel: '2018', stacked: true })).toBe(
      '12 events, 2018: list them',
    );
  });
});
