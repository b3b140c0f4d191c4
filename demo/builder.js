// The embed builder: edit film JSON (or give a URL), see its problems as you type, pick an
// element and its options, watch the preview, and copy a snippet ready to paste. The elements
// and their own attributes come from the package's custom-elements.json.
import { parseFilm, readJsonText } from '../dist/film-elements.min.js';

const cdn = 'https://cdn.jsdelivr.net/npm/film-elements/dist/film-elements.min.js';
const common = new Set(['src', 'theme', 'timeout', 'jsonld', 'status', 'locale']);
const $ = (id) => document.getElementById(id);
const form = $('builder');

const manifest = await (await fetch('../custom-elements.json')).json();
const elements = manifest.modules.flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => ({ tag: d.tagName, attributes: (d.attributes ?? []).filter((a) => !common.has(a.name) && /^[a-z-]+$/.test(a.name)) }))
  .sort((a, b) => a.tag.localeCompare(b.tag));
for (const { tag } of elements) $('element').append(new Option(`<${tag}>`, tag, tag === 'film-infobox', tag === 'film-infobox'));

$('json').value = JSON.stringify(await (await fetch('data/ballerina.json')).json(), null, 2);

/** One labelled input per attribute the chosen element has of its own (fields, review, limit …). */
function showOptions() {
  const { attributes } = elements.find((e) => e.tag === $('element').value);
  $('options').replaceChildren(...attributes.map((attribute) => {
    const p = document.createElement('p');
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.id = label.htmlFor = `attr-${attribute.name}`;
    input.name = `attr-${attribute.name}`;
    input.dataset.attribute = attribute.name;
    label.textContent = attribute.name;
    if (attribute.description) input.title = attribute.description;
    p.append(label, input);
    return p;
  }));
}

function listProblems(problems, unreadable) {
  const box = $('problems');
  if (unreadable) {
    const p = document.createElement('p');
    p.textContent = `Not valid JSON: ${unreadable}`;
    box.replaceChildren(p);
    return;
  }
  if (!problems.length) {
    const p = document.createElement('p');
    p.className = 'none';
    p.textContent = 'No problems.';
    box.replaceChildren(p);
    return;
  }
  const ul = document.createElement('ul');
  for (const problem of problems) {
    const li = document.createElement('li');
    const path = document.createElement('code');
    path.textContent = problem.path || '(document)';
    li.append(path, `: ${problem.message}`);
    ul.append(li);
  }
  box.replaceChildren(ul);
}

function update() {
  const url = $('url').value.trim();
  let film;
  if (url) {
    listProblems([]);
  } else {
    // Read as the elements read it: text a CMS or an editor mangled is mended, not refused.
    const written = readJsonText($('json').value);
    if ('error' in written) listProblems([], `${written.error}${written.line ? ` (line ${written.line}, column ${written.column})` : ''}`);
    else {
      film = written.value;
      listProblems(parseFilm(film).problems);
    }
  }
  const tag = $('element').value;
  const attributes = [['lang', $('lang').value], ['theme', $('theme').value],
    ...[...$('options').querySelectorAll('input')].map((i) => [i.dataset.attribute, i.value.trim()])]
    .filter(([, value]) => value);
  if (url) attributes.unshift(['src', url]);

  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  if (!url) element.film = film ?? $('json').value;
  $('preview').replaceChildren(element);

  const attrs = attributes.map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
  // `</script` inside the JSON would end the script early; `<\/` means the same in JSON.
  const inline = url || film === undefined ? '' :
    `\n  <script type="application/json">\n${JSON.stringify(film, null, 2).replace(/<\//g, '<\\/')}\n  </script>\n`;
  $('snippet').value = `<script type="module" src="${cdn}"></script>\n<${tag}${attrs}>${inline}</${tag}>\n`;
}

$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('snippet').value);
  } catch {
    $('snippet').select();
    document.execCommand('copy');
  }
  $('copied').textContent = 'Copied to the clipboard.';
  setTimeout(() => ($('copied').textContent = ''), 4000);
});

form.addEventListener('input', update);
$('element').addEventListener('change', () => {
  showOptions();
  update();
});
showOptions();
update();
document.documentElement.dataset.ready = 'true';
