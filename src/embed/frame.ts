/**
 * The embed page's script. Inside an iframe, it tells the page around it how tall its content
 * is, now and whenever that changes (a details panel opens, the window narrows); public/embed.js,
 * on the host page, sets the iframe's height from these messages. And it closes the event list
 * once the timeline is drawn.
 */
import { EMBED_HEIGHT_MESSAGE } from './protocol.ts';

/**
 * Once the timeline is drawn, the list under it closes to a line: the embed is a compact widget,
 * the list one click away. If the timeline cannot be drawn, the list stays open.
 */
function closeListWhenDrawn(): void {
  const timeline = document.querySelector<HTMLElement>('news-timeline');
  const list = document.querySelector<HTMLDetailsElement>('[data-list-disclosure]');
  if (!timeline || !list) return;
  const close = (): boolean => {
    if (timeline.dataset['ready'] !== 'true') return false;
    list.open = false;
    return true;
  };
  if (close()) return;
  const observer = new MutationObserver(() => {
    if (close()) observer.disconnect();
  });
  observer.observe(timeline, { attributes: true, attributeFilter: ['data-ready'] });
}

closeListWhenDrawn();

if (window.parent !== window) {
  let last = -1;
  const post = (): void => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // any origin may embed the timeline: the message says only how tall the page is
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  post();
}
