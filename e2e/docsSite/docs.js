// The docs page's own script: it listens to the elements' DOM events and talks to the iframe
// through postMessage, to the app's origin by name, as docs/embed.md shows.
const log = [];
window.__docsLog = log;

for (const element of document.querySelectorAll('polyvox-assistant')) {
  for (const type of ['polyvox-ready', 'polyvox-understood', 'polyvox-replied', 'polyvox-error']) {
    element.addEventListener(type, (event) => log.push({ from: element.id, type, detail: event.detail }));
  }
}

const frame = document.getElementById('frame');
const appOrigin = new URL(frame.src).origin;
const frameLog = document.getElementById('frame-log');
window.addEventListener('message', (event) => {
  if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
  log.push({ from: 'frame', type: event.data.type, detail: event.data });
  const item = document.createElement('li');
  item.textContent = `${event.data.type}: ${event.data.text ?? event.data.intent ?? event.data.model ?? ''}`;
  frameLog.append(item);
});
frame.addEventListener('load', () => frame.contentWindow.postMessage({ type: 'polyvox:hello' }, appOrigin));

let asked = 0;
document.getElementById('ask-frame').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = document.getElementById('ask-frame-text').value;
  frame.contentWindow.postMessage({ type: 'polyvox:hear', id: `docs-${++asked}`, text }, appOrigin);
});
