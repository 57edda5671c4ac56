/**
 * The possessive a title makes of a name, one way wherever a title needs one: a typographic
 * apostrophe, and after a final "s" the apostrophe alone ("Disney’s", "Lawmakers’", "Jones’").
 */
export function possessiveOf(owner: string): string {
  return `${owner}${/s$/u.test(owner) ? '’' : '’s'}`;
}
