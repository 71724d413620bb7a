// A third origin's page, framed by the docs page: it finds the Polyvox iframe by name and
// tries to drive it. The embed must ignore all of it.
const target = window.parent.frames.polyvox;
target.postMessage({ type: 'polyvox:hello' }, '*');
target.postMessage({ type: 'polyvox:hear', id: 'other-site', text: 'éteins toutes les lumières' }, '*');
target.postMessage({ type: 'polyvox:set-locale', locale: 'en-US' }, '*');
window.parent.postMessage({ type: 'other-site:sent' }, '*');
