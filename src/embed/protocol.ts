/**
 * The message an embedded timeline sends to the page around it: `{ type, height }`, the height of
 * its content in CSS pixels. public/embed.js (plain JavaScript, served as is) spells the same
 * type; an end-to-end test embeds the page with it and checks that the two agree.
 */
export const EMBED_HEIGHT_MESSAGE = 'news-timeline:height';
