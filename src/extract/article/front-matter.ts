/**
 * YAML front matter of `.md` articles: the metadata an editor states, which wins over anything
 * inferred. Strict: an unknown field or a value of the wrong type is an Error that names the field
 * and its line in the file (the loader adds the file name), so that a typo never goes unnoticed.
 */
import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';
import { dateValue, isFullDate, parseWholeDate } from './dates.ts';
import { whyNoSuchDate } from './no-such-date.ts';

export interface FrontMatter {
  title?: string;
  /** `2023-05-17`, `2023-05` or `2023`. */
  published?: string;
  source?: string;
  url?: string;
  author?: string;
  language?: string;
}

export interface SplitDocument {
  /** null when the file has no front matter. */
  frontMatter: FrontMatter | null;
  /** The text after the front matter (or all of it): the article's text. */
  body: string;
}

const KNOWN_FIELDS = ['title', 'published', 'source', 'url', 'author', 'language'] as const;
type Field = (typeof KNOWN_FIELDS)[number];

/** The opening fence: `---` on the first line (after an optional byte-order mark). */
const OPENING = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/u;
/** The closing fence: `---` or `...` alone on a line. */
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/mu;

/** Splits a `.md` file into front matter and body; without an opening fence it is all body. */
export function splitFrontMatter(raw: string): SplitDocument {
  const opening = OPENING.exec(raw);
  if (!opening) return { frontMatter: null, body: raw };
  const rest = raw.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing)
    throw new Error(
      "line 1: front matter opened with '---' is never closed (add a '---' line after it)",
    );
  const yamlSource = rest.slice(0, closing.index);
  return {
    frontMatter: parseFrontMatter(yamlSource, 1),
    body: rest.slice(closing.index + closing[0].length),
  };
}

/**
 * Validates front matter YAML. `lineOffset` is the number of file lines before the YAML (the
 * opening fence), so that messages give lines of the file.
 */
export function parseFrontMatter(source: string, lineOffset: number): FrontMatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined): number =>
    (offset === undefined ? 1 : lineCounter.linePos(offset).line || 1) + lineOffset;
  const [error] = doc.errors;
  if (error) {
    throw new Error(
      `line ${lineOf(errorOffset(error, doc))}: front matter is not valid YAML: ${error.message.split('\n')[0]}`,
    );
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return {};
  if (!isMap(contents)) {
    throw new Error(
      `line ${lineOf(contents.range?.[0])}: front matter must be a list of "field: value" lines`,
    );
  }
  const result: FrontMatter = {};
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf((pair.key as Node | null)?.range?.[0]);
    if (!(KNOWN_FIELDS as readonly string[]).includes(key)) {
      throw new Error(
        `line ${line}: unknown front matter field "${key}" (known: ${KNOWN_FIELDS.join(', ')})`,
      );
    }
    const value = readValue(key as Field, pair.value as Node | null, line);
    if (value !== undefined) result[key as Field] = value;
  }
  return result;
}

/** What YAML says of a bracket or a quote left open: it finds out only where the text ends. */
const UNCLOSED = /end with an? [\]}]|Missing closing/u;

/**
 * The offset to show a YAML error at. "title: [x" on line 2, with more fields below, is reported
 * by the parser where the front matter ends, since the bracket could have closed until then; an
 * editor looks for it on the line of the field whose value opens it, so that is where it is shown.
 */
function errorOffset(error: YAMLError, doc: Document): number {
  const at = error.pos[0];
  const { contents } = doc;
  if (!UNCLOSED.test(error.message) || !isMap(contents)) return at;
  const opened = contents.items.findLast(
    (pair) => ((pair.value as Node | null)?.range?.[0] ?? at) < at,
  );
  return (opened?.value as Node | null)?.range?.[0] ?? at;
}

function fail(line: number, field: string, message: string): never {
  throw new Error(`line ${line}: front matter field "${field}" ${message}`);
}

/** A field's value, checked; undefined for an empty value (`title:`), which states nothing. */
function readValue(field: Field, node: Node | null, line: number): string | undefined {
  if (node === null || (isScalar(node) && node.value === null)) return undefined;
  if (field === 'author' && isSeq(node)) {
    const names = node.items.map((item) =>
      isScalar(item) && typeof item.value === 'string' ? item.value.trim() : null,
    );
    if (names.some((name) => !name)) fail(line, field, 'must be a name or a list of names');
    return (names as string[]).join(', ');
  }
  if (!isScalar(node)) fail(line, field, 'must be a single value, not a list or a mapping');
  const value = node.value;
  if (field === 'published') return readPublished(value, line);
  if (typeof value !== 'string')
    fail(line, field, `must be text, not ${typeof value} ${JSON.stringify(value)}`);
  const text = value.trim();
  if (text === '') return undefined;
  if (field === 'url' && !/^https?:\/\/\S+$/u.test(text))
    fail(line, field, `must be an http(s) address, not "${text}"`);
  if (field === 'language' && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u.test(text)) {
    fail(line, field, `must be a language code such as "en" or "en-GB", not "${text}"`);
  }
  return text;
}

/** `2023-05-17`, `2023-05`, `2023` (or the number 2023), an ISO date-time, or "May 17, 2023". */
function readPublished(value: unknown, line: number): string {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  const expected = 'must be a date such as 2023-05-17, 2023-05 or 2023';
  if (typeof text !== 'string')
    fail(line, 'published', `${expected}, not ${JSON.stringify(value)}`);
  const trimmed = text.trim();
  const iso =
    /^(?<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u.exec(
      trimmed,
    );
  if (iso?.groups) {
    // A date-time keeps the calendar date it is written with: no zone conversion.
    const date = iso.groups['date']!;
    const why = whyNoSuchDate(date);
    if (why !== null) fail(line, 'published', `${expected}; ${why}`);
    return date;
  }
  const written = parseWholeDate(trimmed);
  if (written && written.year !== null)
    return dateValue(isFullDate(written) ? written : { ...written, day: null });
  return fail(line, 'published', `${expected}, not "${trimmed}"`);
}
