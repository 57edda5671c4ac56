/**
 * Refusing what is not an article before reading it: an empty file, a binary file, or text
 * decoded from the wrong encoding. Odd but valid text (no headline, one line, odd punctuation)
 * is never refused.
 */

/** Control characters other than tab, newlines and form feed: frequent only in binary files. */
function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code >= 0x01 && code <= 0x08) ||
      (code >= 0x0e && code <= 0x1f) ||
      (code >= 0x7f && code <= 0x9f)
    )
      count++;
  }
  return count;
}

/** Throws an Error that says what is wrong when `text` cannot be an article. */
export function assertReadableText(text: string): void {
  if (text.trim() === '') throw new Error('the article is empty');
  if (text.includes('\u0000'))
    throw new Error('the file is binary, not text (it contains NUL bytes)');
  const controls = countControls(text);
  if (controls > Math.max(2, text.length * 0.01)) {
    throw new Error(`the file is binary, not text (${controls} control characters)`);
  }
  // U+FFFD is what a decoder puts where the bytes were not UTF-8.
  const replaced = text.match(/\uFFFD/gu)?.length ?? 0;
  if (replaced > Math.max(2, text.length * 0.01)) {
    throw new Error(
      `the file is not UTF-8 text (${replaced} undecodable characters); save it as UTF-8`,
    );
  }
  if (!/\p{L}/u.test(text)) throw new Error('the article has no words');
}
