/**
 * Copyright lines: "(c) 2018, The Washington Post.", "© 2023 Reuters", "Copyright 2010 The
 * Associated Press. All rights reserved.", and with the year after the holder: "© Copyright ANSA
 * 2012", "(c) EFE 2012". They name the publisher and the year.
 */

export interface Copyright {
  /** The (last) year of the notice; a range "2005-2023" gives 2023. */
  year: number | null;
  holder: string | null;
}

const NOTICE =
  /^(?:(?:\([cC]\)|©|[Cc]opyright|COPYRIGHT)\s*)+(?:(?<from>\d{4})\s*[-–]\s*)?(?<year>\d{4})?\b\s*[,.]?\s*(?<rest>.*)$/u;
/** A holder written before the year: "ANSA 2012", "Reuters 2005-2012. All rights reserved." */
const HOLDER_THEN_YEAR =
  /^(?<holder>\p{Lu}[^\d|•]{0,80}?)[\s,]+(?:\d{4}\s*[-–]\s*)?(?<year>(?:19|20)\d\d)\b(?<rest>.*)$/u;

/** The copyright notice of a trimmed line, or null. */
export function readCopyright(line: string): Copyright | null {
  const m = NOTICE.exec(line);
  if (!m?.groups) return null;
  let year = m.groups['year'] === undefined ? null : Number(m.groups['year']);
  let rest = m.groups['rest'] ?? '';
  const after = year === null ? HOLDER_THEN_YEAR.exec(rest)?.groups : undefined;
  if (after) {
    year = Number(after['year']);
    rest = after['holder']! + (after['rest'] ?? '');
  }
  if (year === null && !/^\p{Lu}/u.test(rest)) return null;
  // The holder runs to the end of its sentence: ". David M. Drucker contributed..." is another.
  const holder = rest
    .replace(/^by\s+/iu, '')
    .split(/\.\s+(?=\p{Lu})|\s*[|•]\s*|\s+all rights reserved/iu)[0]!
    .replace(/[\s.,;:]+$/u, '')
    .trim();
  return { year, holder: holder === '' || /^all rights reserved/iu.test(holder) ? null : holder };
}
