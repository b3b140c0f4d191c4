// A host page that already holds the first of our tags with a class of its own, then loads
// the bundle (with its own copy of Lit) and the modules (with node_modules' Lit), and reports
// to the framing test what happened: errors, warnings, and how each element ended up.
const errors = [];
const warnings = [];
addEventListener('error', (e) => errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => errors.push(String(e.reason?.message ?? e.reason)));
const warn = console.warn;
console.warn = (...args) => { warnings.push(args.join(' ')); warn(...args); };

const tags = new URLSearchParams(location.search).get('tags').split(',');
class Foreign extends HTMLElement {
  connectedCallback() { this.textContent = 'foreign'; }
}
customElements.define(tags[0], Foreign);

try {
  await import('/dist/film-elements.min.js');
  await import('/src/index.ts');
} catch (error) {
  errors.push(`import: ${error.message}`);
}
const elements = tags.map((tag) => {
  const el = document.createElement(tag);
  el.setAttribute('src', '/mock/film');
  document.body.append(el);
  return el;
});
const deadline = Date.now() + 8000;
while (elements.slice(1).some((el) => el.status !== 'ready' && el.status !== 'error') && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 50));
}
parent.postMessage({
  type: 'foreign',
  errors,
  warnings,
  foreign: customElements.get(tags[0]) === Foreign && elements[0].textContent === 'foreign',
  statuses: Object.fromEntries(elements.map((el) => [el.localName, el.status ?? 'none'])),
}, '*');
