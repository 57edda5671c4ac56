/**
 * Editorial corrections from content/overrides.yaml. FIRST VERSION PLACEHOLDER: validates
 * nothing and changes nothing yet; the events issue implements hide/retitle/redate/recategorize/merge.
 */
import type { TimelineEvent } from '../types.ts';

export interface OverrideProblem {
  id: string;
  message: string;
}

export function applyOverrides(
  events: TimelineEvent[],
  overrides: unknown,
): { events: TimelineEvent[]; problems: OverrideProblem[] } {
  void overrides;
  return { events, problems: [] };
}
