/** The site's topic as data: what makes an event relevant, and the event categories. */
export interface TopicKeyword {
  term: string;
  weight: number;
}

export interface TopicCategory {
  id: string;
  label: string;
  terms: string[];
}

export interface Topic {
  keywords: TopicKeyword[];
  categories: TopicCategory[];
}

/**
 * Validates the `topic` and `categories` of a parsed site.yaml. Throws an Error whose message
 * names the offending key, so that bad configuration fails the build at once.
 */
export function parseTopic(site: unknown): Topic {
  const root = asRecord(site, 'site settings');
  const topic = root['topic'] === undefined ? {} : asRecord(root['topic'], 'topic');
  const keywords = asArray(topic['keywords'] ?? [], 'topic.keywords').map((entry, i) => {
    const where = `topic.keywords[${i}]`;
    if (typeof entry === 'string') return { term: nonEmpty(entry, where), weight: 1 };
    const record = asRecord(entry, where);
    const weight = record['weight'] ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
      throw new Error(`${where}.weight must be a positive number`);
    }
    return { term: nonEmpty(record['term'], `${where}.term`), weight };
  });
  const categories = asArray(root['categories'] ?? [], 'categories').map((entry, i) => {
    const where = `categories[${i}]`;
    const record = asRecord(entry, where);
    const id = nonEmpty(record['id'], `${where}.id`);
    if (!/^[a-z0-9-]+$/.test(id))
      throw new Error(`${where}.id must be lower-case letters, digits and dashes`);
    return {
      id,
      label: nonEmpty(record['label'] ?? id, `${where}.label`),
      terms: asArray(record['terms'] ?? [], `${where}.terms`).map((t, j) =>
        nonEmpty(t, `${where}.terms[${j}]`),
      ),
    };
  });
  const ids = new Set<string>();
  for (const c of categories) {
    if (ids.has(c.id)) throw new Error(`categories: the id "${c.id}" is used twice`);
    ids.add(c.id);
  }
  return { keywords, categories };
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${where} must be a mapping`);
  }
  return value as Record<string, unknown>;
}

function asArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where} must be a list`);
  return value;
}

function nonEmpty(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new Error(`${where} must be a non-empty string`);
  return value.trim();
}
