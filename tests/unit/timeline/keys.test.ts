import { describe, expect, it } from 'vitest';
import { keyAction, PAN_STEP, PAN_STEP_LARGE, ZOOM_STEP } from '../../../src/timeline/keys.ts';

describe('keyAction()', () => {
  it.each([
    ['+', { kind: 'zoom', factor: ZOOM_STEP }],
    ['=', { kind: 'zoom', factor: ZOOM_STEP }],
    ['-', { kind: 'zoom', factor: 1 / ZOOM_STEP }],
    ['_', { kind: 'zoom', factor: 1 / ZOOM_STEP }],
    ['ArrowRight', { kind: 'pan', fraction: PAN_STEP }],
    ['ArrowLeft', { kind: 'pan', fraction: -PAN_STEP }],
    ['0', { kind: 'reset' }],
    ['Home', { kind: 'reset' }],
  ])('maps %s to %j', (key, action) => {
    expect(keyAction({ key })).toEqual(action);
  });

  it('pans further with Shift', () => {
    expect(keyAction({ key: 'ArrowLeft', shiftKey: true })).toEqual({
      kind: 'pan',
      fraction: -PAN_STEP_LARGE,
    });
  });

  it.each(['a', 'Enter', ' ', 'Tab', 'ArrowUp', 'Escape'])('leaves %j to the page', (key) => {
    expect(keyAction({ key })).toBeNull();
  });

  it.each([{ ctrlKey: true }, { metaKey: true }, { altKey: true }])(
    'leaves browser shortcuts alone (+ with %j)',
    (modifier) => {
      expect(keyAction({ key: '+', ...modifier })).toBeNull();
    },
  );
});
