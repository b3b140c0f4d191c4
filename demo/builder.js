// The builder: a film edited as a form or as JSON (one document, two views), started new, from
// an import, or from a file; its problems shown next to their fields as the author types; a
// live preview of the chosen widgets; and a snippet that survives a CMS. Drafts stay in
// localStorage. The elements and the model come from dist/index.js (Lit resolved by the demo
// server): the static HTML is made with Lit SSR, which must share the elements' copy of Lit.
import { parseFilm, readJsonText, whyNotAFilm, writeJsonLd, formatRating } from '../dist/index.js';
import { drawForm, isObject, pathText } from './builder/form.js';
import { firstText, makeSnippet } from './builder/snippet.js';
import { folderOf, hostedCopy, libraryBase, libraryZip } from './builder/library.js';
import { Drafts } from './builder/drafts.js';
import { drawList } from './builder/film-list.js';
import { importFrom, kinds } from './builder/importing.js';
import { tables } from './builder/strings.js';

const $ = (id) => document.getElementById(id);
const store = { ui: 'film-elements.builder.ui', library: 'film-elements.builder.library' };
const remember = (key, value) => { try { localStorage.setItem(key, value); } catch { /* private mode: nothing kept */ } };
const recall = (key) => { try { return localStorage.getItem(key); } catch { return null; } };
const drafts = new Drafts((() => { try { return localStorage; } catch { return undefined; } })());

// The library's files sit at `data-lib` (the site's lib/; dist/ under the development server).
const lib = new URL(document.documentElement.dataset.lib ?? '../dist/', location.href);
const library = await (await fetch(new URL('library.json', lib))).json();
// The widgets of one film: an element given a list of films is not one of them.
const tags = library.tags.filter((tag) => !library.lists?.includes(tag));
const pkg = { version: library.version };
const loaderIntegrity = library.integrity['film-elements.loader.min.js'];

let t = tables[recall(store.ui) === 'ko' ? 'ko' : 'en'];
/** The film JSON being edited, as the author wrote it; `null` while the JSON view holds text that is not JSON. */
let doc = { title: '' };
let reading;

// ---- the interface's words ----------------------------------------------------------------

function speak(lang) {
  t = tables[lang];
  document.documentElement.lang = lang;
  document.title = `${t.title} · film-elements`;
  $('ui-lang').value = lang;
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t[node.dataset.t];
  $('theme').replaceChildren(...Object.entries(t.themes).map(([v, w]) => new Option(w, v)));
  $('import-kind').replaceChildren(...kinds.map((k) => new Option(t.kinds[k], k)));
  // Widgets by name, most used first, each with a line on what it shows: the library's words
  // (each element's descriptor), in the builder's language where it has them.
  $('elements').replaceChildren(...tags.map((tag) => {
    const [name, what] = t.widgets?.[tag] ?? library.widgets?.[tag] ?? [`<${tag}>`, ''];
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: tag, checked: chosen.has(tag), id: `el-${tag}` });
    const about = Object.assign(document.createElement('span'), { className: 'hint', id: `el-${tag}-about`, textContent: what });
    box.setAttribute('aria-describedby', about.id);
    const label = Object.assign(document.createElement('label'), { htmlFor: box.id, className: 'check widget' });
    label.append(box, Object.assign(document.createElement('strong'), { textContent: name }), about);
    box.addEventListener('change', () => (box.checked ? chosen.add(tag) : chosen.delete(tag), show()));
    return label;
  }));
  remember(store.ui, lang);
  if (doc) redraw();
  check();
}
const chosen = new Set(['film-infobox']);

// ---- one document, two views ----------------------------------------------------------------

const formCtx = {
  get t() { return t; },
  doc: () => doc,
  changed() {
    $('json').value = JSON.stringify(doc, null, 2);
    check();
  },
  rebuild(focusId) {
    redraw();
    check();
    const target = document.getElementById(focusId);
    for (let open = target?.closest('details'); open; open = open.parentElement?.closest('details')) open.open = true;
    target?.focus();
  },
  /** How a rating reads, from the model itself: { kind, …, text } or undefined. */
  ratingReads(raw) {
    if (raw === undefined) return undefined;
    const rating = parseFilm({ title: '', reviews: [{ rating: raw }] }).film.reviews?.[0]?.rating;
    return rating && { ...rating, text: formatRating(rating, t === tables.ko ? 'ko' : 'en') };
  },
};

const isJsonLd = (value) => !Array.isArray(value) && isObject(value) && !('title' in value) && ('@type' in value || '@graph' in value || '@context' in value);

function redraw() {
  if (doc && isJsonLd(doc)) {
    // The form edits our film JSON: JSON-LD is read into it first (the JSON view keeps either).
    doc = parseFilm(doc).film;
    $('json').value = JSON.stringify(doc, null, 2);
  }
  drawForm($('form'), formCtx);
}

/** Starts a new film in a draft of its own (new, example, import, file), and says so. */
function begin(next, told = '', lines = []) {
  drafts.create(JSON.stringify(next, null, 2));
  display(drafts.current.text);
  tell(told, lines);
}

/** Shows a draft's text (a new draft, another one, an undo) in both views. */
function display(text) {
  $('json').value = text;
  const written = readJsonText(text);
  doc = 'error' in written ? null : written.value;
  $('form').replaceChildren();
  if (doc) redraw();
  check();
}

// ---- the author's films ---------------------------------------------------------------------

const titleOf = (text) => {
  const written = readJsonText(text);
  const title = 'error' in written ? '' : firstText(written.value?.title ?? written.value?.name);
  return typeof title === 'string' && title.trim() ? title.trim() : t.untitled;
};

function listDrafts() {
  const when = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' });
  $('draft').replaceChildren(...drafts.all.map((d) => new Option(`${titleOf(d.text)} · ${when.format(d.updated)}`, d.id, false, d.id === drafts.current?.id)));
  $('undo').disabled = !drafts.canUndo();
  $('redo').disabled = !drafts.canRedo();
  $('delete-draft').disabled = !drafts.current;
  showList();
}

// ---- several drafts make a list (builder/film-list.js) -----------------------------------------

const listed = [];
const showList = () => drawList($, { drafts: drafts.all, order: listed, titleOf, t, changed: showList, integrity: loaderIntegrity,
  where: libraryBase({ choice: libraryChoice(), typed: $('library-url').value, version: pkg.version }) });
$('list-title').addEventListener('input', showList);
for (const id of ['lang', 'theme', 'library-url']) $(id).addEventListener('change', showList);

$('draft').addEventListener('change', () => {
  const draft = drafts.open($('draft').value);
  if (draft) display(draft.text);
  tell('');
});
$('delete-draft').addEventListener('click', () => {
  const draft = drafts.current;
  if (!draft) return;
  const title = titleOf(draft.text);
  if (!confirm(t.deleteAsk(title))) return;
  const next = drafts.remove(draft.id);
  if (next) display(next.text);
  else begin({ title: '' });
  tell(t.deleted(title));
});
for (const [id, back] of [['undo', true], ['redo', false]]) {
  $(id).addEventListener('click', () => {
    clearTimeout(saving);
    drafts.save($('json').value);
    const text = drafts.step(back);
    if (text === undefined) return tell(t.nothingToUndo);
    display(text);
    tell(back ? t.undone : t.redone);
  });
}

function tell(words, lines = []) {
  const box = $('told');
  box.replaceChildren();
  if (!words) return;
  box.append(Object.assign(document.createElement('p'), { textContent: words }));
  if (lines.length) {
    const ul = document.createElement('ul');
    for (const line of lines) ul.append(Object.assign(document.createElement('li'), { textContent: line }));
    box.append(ul);
  }
}

$('json').addEventListener('input', () => {
  const written = readJsonText($('json').value);
  const told = $('json-told');
  told.replaceChildren();
  if ('error' in written) {
    doc = null;
    told.append(Object.assign(document.createElement('p'), { className: 'problem',
      textContent: t.notJson(written.error + (written.line ? t.atLine(written.line, written.column) : '')) }));
  } else {
    doc = written.value;
    if (written.repairs?.length) {
      told.append(Object.assign(document.createElement('p'), { className: 'note', textContent: `${t.repaired} ${written.repairs.join('; ')}.` }));
    }
    redraw();
  }
  check();
});

for (const radio of document.querySelectorAll('input[name="view"]')) {
  radio.addEventListener('change', () => {
    const json = radio.value === 'json' && radio.checked;
    $('form').hidden = json;
    $('json-view').hidden = !json;
  });
}

// ---- problems, next to their fields ---------------------------------------------------------

/** A coercion the model made and says so ("read "4/5" as 4 out of 5"): a note, never a problem. */
const isNote = (p) => p.severity === 'note';

function placeProblems(problems) {
  for (const box of document.querySelectorAll('.problems-here')) box.replaceChildren();
  for (const control of $('form').querySelectorAll('[aria-invalid], [aria-describedby]')) {
    control.removeAttribute('aria-invalid');
    control.removeAttribute('aria-describedby');
  }
  const holders = [...$('form').querySelectorAll('.field[data-path]')];
  const counts = new Map();
  problems.forEach((problem, i) => {
    const note = isNote(problem);
    const at = holders.filter((h) => { const p = h.dataset.path; return p === problem.path || problem.path.startsWith(`${p}.`) || problem.path.startsWith(`${p}[`); })
      .sort((a, b) => b.dataset.path.length - a.dataset.path.length)[0];
    const line = document.createElement('p');
    line.className = note ? 'note' : problem.severity === 'error' ? 'problem' : 'to-check';
    line.id = `problem-${i}`;
    const word = Object.assign(document.createElement('strong'), { textContent: `${note ? t.note : problem.severity === 'error' ? t.problem : t.check}: ` });
    line.append(word, at && at.dataset.path === problem.path ? '' : Object.assign(document.createElement('code'), { textContent: problem.path || '(document)' }),
      at && at.dataset.path === problem.path ? '' : ' ', problem.message);
    (at?.querySelector(':scope > .problems-here') ?? $('doc-problems')).append(line);
    const control = at?.querySelector('input, textarea, select');
    if (control && !note) {
      control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), line.id].filter(Boolean).join(' '));
      if (problem.severity === 'error') control.setAttribute('aria-invalid', 'true');
    }
    const section = at?.closest('details[data-section]');
    if (section && !note) counts.set(section, (counts.get(section) ?? 0) + 1);
  });
  for (const details of $('form').querySelectorAll('details[data-section]')) {
    const n = counts.get(details) ?? 0;
    details.querySelector('.count').textContent = n ? ` (${n})` : '';
  }
}

function summarise(problems) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const checks = problems.filter((p) => p.severity === 'warning' && !isNote(p)).length;
  const p = document.createElement('p');
  p.className = errors ? 'problem' : checks ? 'to-check' : 'none';
  p.textContent = errors || checks ? `${t.problemsH}: ${t.problemCount(errors, checks)}` : t.noProblems;
  $('summary').replaceChildren(p);
}

/**
 * What the film's JSON-LD leaves out and what keeps it from rich results, in Search Console's
 * words, as `film-elements validate --search` lists them.
 */
function showSearch(notes) {
  const items = notes.map((note) => Object.assign(document.createElement('li'), {
    className: note.level === 'critical' ? 'problem' : 'note',
    textContent: `${t.searchLevels[note.level]}: ${note.path ? `${note.path}: ` : ''}${note.issue}: ${note.why}`,
  }));
  $('search').replaceChildren(...(items.length ? items : [Object.assign(document.createElement('li'), { textContent: t.searchNone })]));
}

// ---- reading, preview and snippet -------------------------------------------------------------

let saving;
function check() {
  const text = $('json').value;
  if (doc === null) {
    const read = readJsonText(text);
    reading = { problems: [{ path: '', severity: 'error', message: t.notJson(read.error ?? '') }], unreadable: true };
  } else {
    reading = parseFilm(doc);
  }
  summarise(reading.problems);
  if (doc) placeProblems(reading.problems);
  showSearch(doc && whyNotAFilm(reading) === undefined ? writeJsonLd(reading.film).notes : []);
  clearTimeout(saving);
  // A pause in typing is one change to undo.
  saving = setTimeout(() => (drafts.save(text), listDrafts()), 300);
  listDrafts();
  show();
}

let making = 0;
async function show() {
  const run = ++making;
  const invalid = reading.unreadable || whyNotAFilm(reading) !== undefined || reading.problems.some((p) => p.severity === 'error');
  const lang = $('lang').value;
  const theme = $('theme').value;
  $('preview').replaceChildren(...[...chosen].map((tag) => {
    const element = document.createElement(tag);
    if (lang) element.setAttribute('lang', lang);
    if (theme) element.setAttribute('theme', theme);
    // A copy: the elements read an object once, and this document changes under the author's hands.
    element.film = doc ? structuredClone(doc) : $('json').value;
    return element;
  }));
  const told = $('snippet-told');
  const snippet = $('snippet');
  if (invalid || !chosen.size) {
    snippet.value = '';
    snippet.hidden = $('copy').hidden = true;
    told.replaceChildren(Object.assign(document.createElement('p'), { className: 'problem', textContent: chosen.size ? t.noSnippet : t.noElements }));
    return;
  }
  told.replaceChildren();
  const where = libraryBase({ choice: libraryChoice(), typed: $('library-url').value, version: pkg.version });
  if (!where.base) {
    snippet.value = '';
    snippet.hidden = $('copy').hidden = true;
    told.replaceChildren(Object.assign(document.createElement('p'), { className: 'problem', textContent: where.missing ? t.noLibrary : t.libraryNotUrl }));
    return;
  }
  const dataUrl = document.querySelector('input[name="data"]:checked').value === 'url' ? $('data-url').value.trim() : '';
  const text = await makeSnippet({ doc, tags: [...chosen], lang: lang === 'en' ? '' : lang, theme,
    dataUrl, staticFirst: $('static').checked, library: { base: where.base, integrity: loaderIntegrity } });
  if (run !== making) return;
  snippet.value = text;
  snippet.hidden = $('copy').hidden = false;
  document.documentElement.dataset.snippet = String(run);
}

for (const id of ['lang', 'theme', 'static', 'data-url']) $(id).addEventListener(id === 'data-url' ? 'input' : 'change', show);

// ---- where the widgets' code comes from ---------------------------------------------------------

const libraryChoice = () => document.querySelector('input[name="library"]:checked').value;
function placeLibrary() {
  $('library-own-p').hidden = libraryChoice() !== 'own';
  $('library-cdn-p').hidden = libraryChoice() !== 'cdn';
  remember(store.library, JSON.stringify({ choice: libraryChoice(), url: $('library-url').value }));
}
{
  // The choice from last time; on a hosted builder, its own copy is the first suggestion.
  let kept = {};
  try { kept = JSON.parse(recall(store.library) ?? '{}') ?? {}; } catch { /* a draft from another version */ }
  const url = kept.url ?? hostedCopy(lib);
  const choice = kept.choice ?? (url ? 'own' : 'cdn');
  document.querySelector(`input[name="library"][value="${choice === 'cdn' ? 'cdn' : 'own'}"]`).checked = true;
  $('library-url').value = url;
  placeLibrary();
}
for (const radio of document.querySelectorAll('input[name="library"]')) radio.addEventListener('change', () => (placeLibrary(), show()));
$('library-url').addEventListener('input', () => (placeLibrary(), show()));
$('library-url').addEventListener('change', () => {
  const folder = folderOf($('library-url').value);
  if (folder && folder !== $('library-url').value) $('library-url').value = folder;
  placeLibrary();
});
$('library-zip').addEventListener('click', async () => {
  $('zipped').textContent = t.zipping;
  try {
    const zip = await libraryZip(lib, library);
    const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(zip), download: `film-elements-${library.version}.zip` });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    $('zipped').textContent = t.zipped(library.files.length);
  } catch {
    $('zipped').textContent = t.zipFailed;
  }
});
for (const radio of document.querySelectorAll('input[name="data"]')) {
  radio.addEventListener('change', () => {
    $('data-url-p').hidden = radio.value !== 'url' || !radio.checked;
    show();
  });
}

$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('snippet').value);
  } catch {
    $('snippet').select();
    document.execCommand('copy');
  }
  $('copied').textContent = t.copied;
  setTimeout(() => ($('copied').textContent = ''), 4000);
});

// ---- starting points --------------------------------------------------------------------------

$('new').addEventListener('click', () => begin({ title: '' }, t.started));
$('example').addEventListener('click', async () => begin(await (await fetch('data/ballerina.json')).json(), ''));
$('file').addEventListener('change', async () => {
  const file = $('file').files[0];
  if (!file) return;
  const written = readJsonText(await file.text());
  if ('error' in written) tell(t.notJsonFile(file.name));
  else begin(written.value, t.opened(file.name));
  $('file').value = '';
});
$('download').addEventListener('click', () => {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([`${$('json').value}\n`], { type: 'application/json' }));
  a.download = `${(doc?.id ?? firstText(doc?.title) ?? 'film').toString().replace(/[^\p{L}\p{N}]+/gu, '-') || 'film'}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});
$('import-open').addEventListener('click', () => {
  const open = $('import-box').hidden;
  $('import-box').hidden = !open;
  $('import-open').setAttribute('aria-expanded', String(open));
  if (open) $('import-text').focus();
});
async function importText(text) {
  const outcome = await importFrom({ text, url: $('import-url').value.trim(), kind: $('import-kind').value, t });
  if (outcome.film) begin(outcome.film, outcome.told, outcome.lines);
  else tell(outcome.told);
}
$('import-go').addEventListener('click', () => importText($('import-text').value));
$('import-file').addEventListener('change', async () => {
  const file = $('import-file').files[0];
  if (!file) return;
  await importText(await file.text());
  $('import-file').value = '';
});
$('ui-lang').addEventListener('change', () => speak($('ui-lang').value));

// The film from last time comes back; the first visit starts from the example film.
speak(t === tables.ko ? 'ko' : 'en');
if (drafts.current) {
  display(drafts.current.text);
  tell(t.draftRestored);
} else begin(await (await fetch('data/ballerina.json')).json());
document.documentElement.dataset.ready = 'true';
