/*
 * News timeline embeds: include this script once on a page that embeds timelines,
 *
 *   <iframe src="https://example.org/embed/" title="Timeline" style="width:100%;border:0"
 *     height="640" loading="lazy"></iframe>
 *   <script src="https://example.org/embed.js" async></script>
 *
 * and each embedded timeline's iframe takes the height of its content, as it changes (a details
 * panel opening, a narrower window). Without it, the iframe keeps its own height and scrolls.
 * The embedded page sends { type: 'news-timeline:height', height } (src/embed/protocol.ts); only
 * messages from an iframe of this page are acted on, and only its height changes.
 */
(function () {
  'use strict';
  var TYPE = 'news-timeline:height';
  if (window.__newsTimelineEmbeds) return; // included twice: one listener is enough
  window.__newsTimelineEmbeds = true;
  // with box-sizing: border-box (common on host pages) the height includes the frame's border
  // and padding: added, so that the content fits without a scroll bar
  function frameExtra(frame) {
    var style = window.getComputedStyle(frame);
    if (style.boxSizing !== 'border-box') return 0;
    return ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce(function (
      sum,
      side,
    ) {
      return sum + (parseFloat(style[side]) || 0);
    }, 0);
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number') return;
    if (!(data.height >= 0 && data.height < 1e6)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(data.height) + frameExtra(frames[i]) + 'px';
        return;
      }
    }
  });
})();
