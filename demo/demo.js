// The demo's switches (language, scheme, width) and the markup a blogger would paste under
// each example, written from the live element so it cannot drift from what is shown.
const film = document.getElementById('film');
const examples = [...document.querySelectorAll('.example')];
const cdn = 'https://cdn.jsdelivr.net/npm/film-elements/dist/film-elements.min.js';

for (const example of examples) {
  const element = example.querySelector('h2 ~ :is(film-infobox, film-card, film-plot, film-hatnote, film-scores, film-timeline, cast-list, content-advisory, review-card, accolade-table, film-list)');
  if (!element) continue;
  const tags = [...example.querySelectorAll(element.localName)].map((e) => e.outerHTML.replace('data/', 'https://example.com/')).join('\n');
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Markup to paste';
  const code = document.createElement('pre');
  code.textContent = `<script type="module" src="${cdn}"></script>\n${tags}`;
  details.append(summary, code);
  example.append(details);
}

const form = document.querySelector('.switches');
// `?lang=ko&theme=dark&width=sidebar` opens the page with those switches set.
for (const [name, value] of new URLSearchParams(location.search)) {
  const input = form.querySelector(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
  if (input) input.checked = true;
}
function apply() {
  const data = new FormData(form);
  const lang = data.get('lang');
  film.lang = lang;
  document.documentElement.dataset.theme = data.get('theme');
  document.documentElement.dataset.width = data.get('width');
  for (const element of film.querySelectorAll('*')) {
    if (element.localName.includes('-')) {
      if (data.get('theme') === 'auto') element.removeAttribute('theme');
      else element.setAttribute('theme', data.get('theme'));
    }
  }
}
form.addEventListener('change', apply);
apply();
