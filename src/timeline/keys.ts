/**
 * Keyboard control of the timeline, as data: which key does what. The custom element applies the
 * action through d3-zoom, so keys, wheel and buttons share one zoom state.
 */
export type KeyAction =
  { kind: 'zoom'; factor: number } | { kind: 'pan'; fraction: number } | { kind: 'reset' };

/** One key press zooms by this factor (in) or its inverse (out). */
export const ZOOM_STEP = 1.5;
/** One arrow press pans by this share of the visible width; with Shift, by more. */
export const PAN_STEP = 0.2;
export const PAN_STEP_LARGE = 0.6;

const ACTIONS: Readonly<Record<string, KeyAction>> = {
  '+': { kind: 'zoom', factor: ZOOM_STEP },
  '=': { kind: 'zoom', factor: ZOOM_STEP },
  '-': { kind: 'zoom', factor: 1 / ZOOM_STEP },
  _: { kind: 'zoom', factor: 1 / ZOOM_STEP },
  '0': { kind: 'reset' },
  Home: { kind: 'reset' },
};

/**
 * The action of a key press, or null when the timeline leaves the key alone. A positive pan
 * fraction moves the view later in time (the content moves left).
 */
export function keyAction(event: {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}): KeyAction | null {
  // Ctrl/Cmd/Alt shortcuts belong to the browser (Ctrl + zooms the page).
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const step = event.shiftKey ? PAN_STEP_LARGE : PAN_STEP;
  if (event.key === 'ArrowRight') return { kind: 'pan', fraction: step };
  if (event.key === 'ArrowLeft') return { kind: 'pan', fraction: -step };
  return ACTIONS[event.key] ?? null;
}
