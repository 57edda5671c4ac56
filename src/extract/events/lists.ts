/**
 * List helpers for the event builder's hot paths.
 */

/**
 * `items.flatMap(each)` for a callback that returns an array, in a plain loop: V8's flatMap reads
 * every element through its generic property lookups, which made it several times slower than
 * pushing them (the event builder flattens the actors of every clause and mention of an article,
 * and the places and actors of every event).
 */
export function flatMapped<T, U>(items: readonly T[], each: (item: T) => readonly U[]): U[] {
  const all: U[] = [];
  for (let i = 0; i < items.length; i++) {
    const some = each(items[i]!);
    for (let j = 0; j < some.length; j++) all.push(some[j]!);
  }
  return all;
}
