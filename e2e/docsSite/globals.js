// The page's own globals before any embed script ran.
window.__docsGlobalsBefore = Object.keys(window);
