// The form view of the film JSON: it draws a labelled field for every section in sections.js
// from the document as the author wrote it, and writes each edit back into that document at
// the field's JSON path, in the shape an author would write (a person with only a name is a
// string, "Gray"). Problems from the model are shown next to the field their path names.
import { sections } from './sections.js';
import { isLangMap, localText } from './languages.js';

export const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `credits.directors[0].name`, as the model writes problem paths. */
export const pathText = (path) => path.reduce((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
const fieldId = (path, part = '') => `f-${pathText(path).replace(/[^\w]+/g, '-').replace(/-$/, '')}${part}`;
/** A person's own keys: an object with none of them and a language tag for a key is the name per language. */
const PERSON_KEYS = ['name', 'altNames', 'url', 'knownFor', 'sources'];
const empty = (v) => v === undefined || v === '' || (Array.isArray(v) && !v.length) || (isObject(v) && !Object.keys(v).length);

export function get(doc, path) {
  return path.reduce((node, key) => (node === undefined || node === null ? undefined : node[key]), doc);
}

/** Puts `value` at `path` (removes it when empty), making the objects and lists on the way. */
export function put(doc, path, value) {
  let node = doc;
  for (let i = 0; i < path.length - 1; i++) {
    const [key, next] = [path[i], path[i + 1]];
    let child = node[key];
    if (typeof next === 'number' && !Array.isArray(child)) child = child === undefined ? [] : [child];
    else if (typeof next === 'string' && !isObject(child)) child = {};
    node = node[key] = child;
  }
  const last = path.at(-1);
  if (!empty(value)) node[last] = value;
  else if (Array.isArray(node)) node[last] = {};
  else delete node[last];
  // A section left with nothing in it goes too, so the JSON stays as short as what was said.
  for (let i = path.length - 1; i > 0; i--) {
    const parent = get(doc, path.slice(0, i));
    if (!empty(parent) || typeof path[i - 1] === 'number') break;
    const holder = get(doc, path.slice(0, i - 1));
    if (Array.isArray(holder)) break;
    delete holder[path[i - 1]];
  }
}

/** Sets `key` of the object at `path`; a row written as one value (`main`) becomes an object first, and back. */
function assign(doc, path, key, value, main) {
  if (!path.length) return void (empty(value) ? delete doc[key] : (doc[key] = value));
  const current = get(doc, path);
  const object = isObject(current) && !(main && isLangMap(current, PERSON_KEYS)) ? { ...current } : current === undefined || current === '' ? {} : main ? { [main]: current } : {};
  if (empty(value)) delete object[key];
  else object[key] = value;
  const keys = Object.keys(object);
  put(doc, path, main && keys.length === 1 && keys[0] === main ? object[main] : object);
}

function el(tag, props = {}, ...children) {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children.filter((c) => c !== undefined));
  return element;
}

/** The form for `doc` into `root`; `ctx` gives { t, doc(), changed(), rebuild(focusId), ratingReads(raw) }. */
export function drawForm(root, ctx) {
  const { t } = ctx;
  const doc = ctx.doc();
  const open = new Set([...root.querySelectorAll('details[data-section][open]')].map((d) => d.dataset.section));
  const first = !root.childElementCount;
  root.replaceChildren(el('div', { className: 'problems-here', id: 'doc-problems' }), ...sections.map((section) => {
    const details = el('details', { className: 'section' }, el('summary', {}, el('span', { textContent: t.sections[section.id] }),
      el('span', { className: 'count' })));
    details.dataset.section = section.id;
    details.open = first ? !!section.open : open.has(section.id);
    details.append(...section.fields.map((field) => drawField(field, field.at ?? [field.key], ctx, doc)));
    return details;
  }));
}

function label(field, t) {
  return t.fields[field.label ?? field.key] ?? field.key;
}

function holder(path, ...children) {
  const div = el('div', { className: 'field' }, ...children, el('div', { className: 'problems-here' }));
  div.dataset.path = pathText(path);
  return div;
}

/** One input of text, number, date or address, bound to `key` of the object at `path`. */
function input(field, path, ctx, doc, main) {
  const parent = get(doc, path);
  // A row written as one value ("Gray") shows that value in its main field.
  const value = main === field.key && parent !== undefined && !isObject(parent) ? parent : get(doc, [...path, field.key]);
  // Other spellings given with their language ({ "text", "lang" }) show their text.
  const shown = field.kind === 'lines' && Array.isArray(value) ? value.map((v) => (isObject(v) && typeof v.text === 'string' ? v.text : v)) : value;
  const id = fieldId([...path, field.key]);
  const long = field.kind === 'long' || field.kind === 'lines';
  const control = el(long ? 'textarea' : 'input', { id, name: id });
  if (long) control.rows = field.rows ?? (field.kind === 'lines' ? 3 : 2);
  else control.type = field.kind === 'url' ? 'url' : 'text';
  if (field.kind === 'number') control.inputMode = 'decimal';
  if (field.kind === 'date') control.placeholder = 'YYYY-MM-DD';
  if (field.short) control.className = 'short';
  if (field.required) control.required = true;
  control.value = field.kind === 'lines' ? (Array.isArray(shown) ? shown.join('\n') : shown ?? '')
    : isObject(value) || Array.isArray(value) ? JSON.stringify(value) : value ?? '';
  control.addEventListener('input', () => {
    const text = control.value;
    let next = text.trim() === '' ? undefined : text;
    if (field.kind === 'lines') next = text.split('\n').map((s) => s.trim()).filter(Boolean);
    // A number is written as a number; anything else as written, for the model to read or name.
    if (field.kind === 'number' && /^-?\d+(\.\d+)?$/.test(text.trim())) next = Number(text.trim());
    if (field.kind === 'text' || field.kind === 'url' || field.kind === 'date') next = next?.trim();
    assign(ctx.doc(), path, field.key, next, main);
    ctx.changed();
  });
  // The year, left empty, is the first release's: the widgets show it so.
  if (field.key === 'year' && !path.length) {
    const first = get(doc, ['releases', 0]);
    const year = String((isObject(first) ? first.date : first) ?? '').match(/^\d{4}/)?.[0];
    if (year) control.placeholder = ctx.t.fromRelease(year);
  }
  const hint = field.kind === 'lines' ? el('span', { className: 'hint', textContent: ` (${ctx.t.lines})` }) : undefined;
  // What a code or an id is, said once under its field.
  const explained = ctx.t.hints[field.key];
  const help = explained ? el('p', { className: 'hint', id: `${id}-hint`, textContent: explained }) : undefined;
  if (help) control.setAttribute('aria-describedby', help.id);
  return holder([...path, field.key], el('label', { htmlFor: id, textContent: label(field, ctx.t) }, hint), control, help);
}

function choice(field, path, ctx, doc, main) {
  const id = fieldId([...path, field.key]);
  const value = get(doc, [...path, field.key]) ?? '';
  const select = el('select', { id, name: id }, ...field.options.map((o) => new Option(ctx.t.options[o] ?? o, o)));
  if (!field.options.includes(value)) select.append(new Option(String(value), value));
  select.value = value;
  select.addEventListener('change', () => {
    assign(ctx.doc(), path, field.key, select.value || undefined, main);
    ctx.changed();
  });
  return holder([...path, field.key], el('label', { htmlFor: id, textContent: label(field, ctx.t) }), select);
}

function checkbox(field, path, ctx, doc, main) {
  const id = fieldId([...path, field.key]);
  const box = el('input', { type: 'checkbox', id, name: id, checked: get(doc, [...path, field.key]) === true });
  box.addEventListener('change', () => {
    assign(ctx.doc(), path, field.key, box.checked ? true : undefined, main);
    ctx.changed();
  });
  return holder([...path, field.key], el('label', { className: 'check' }, box, ` ${label(field, ctx.t)}`));
}

/** The ids of the film's sources, as checkboxes in a disclosure: a fact says where it comes from. */
function sourceRefs(path, ctx, doc, main) {
  const ids = (Array.isArray(doc.sources) ? doc.sources : []).map((s) => s?.id).filter((id) => typeof id === 'string' && id);
  const chosen = get(doc, [...path, 'sources']);
  const refs = Array.isArray(chosen) ? chosen : [];
  const details = el('details', { className: 'refs' }, el('summary', { textContent: ctx.t.sourcesOf(refs.join(', ')) }));
  if (!ids.length) details.append(el('p', { className: 'hint', textContent: ctx.t.sourcesNone }));
  for (const id of ids) {
    const box = el('input', { type: 'checkbox', id: fieldId([...path, 'sources'], `-${id}`), checked: refs.includes(id), value: id });
    box.addEventListener('change', () => {
      const now = new Set(get(ctx.doc(), [...path, 'sources']) ?? []);
      if (box.checked) now.add(id);
      else now.delete(id);
      const list = ids.filter((i) => now.has(i)).concat([...now].filter((i) => !ids.includes(i)));
      assign(ctx.doc(), path, 'sources', list, main);
      details.querySelector('summary').textContent = ctx.t.sourcesOf(list.join(', '));
      ctx.changed();
    });
    details.append(el('label', { className: 'check' }, box, ` ${id}`));
  }
  details.open = false;
  return holder([...path, 'sources'], details);
}

/**
 * Text that may be given per language (languages.js), bound to `key` of the object at `path`;
 * a row written as that text alone ("Gray", or { "en": …, "ko": … } for a person) shows it.
 */
function localInput(field, path, ctx, doc, main, labelText = label(field, ctx.t)) {
  const bare = (node) => main === field.key && node !== undefined && (!isObject(node) || isLangMap(node, PERSON_KEYS));
  const parent = get(doc, path);
  const value = bare(parent) ? parent : get(doc, [...path, field.key]);
  return localText({
    id: fieldId([...path, field.key]), label: labelText, value: isObject(value) || typeof value === 'string' || value === undefined ? value : JSON.stringify(value),
    long: field.kind === 'long', rows: field.rows, required: field.required, t: ctx.t, el, path: [...path, field.key],
    holder: (at) => holder(at),
    // Where the model names a language of this text in its problems.
    entryPath: (tag) => pathText(bare(get(ctx.doc(), path)) ? [...path, tag] : [...path, field.key, tag]),
    write: (next) => {
      assign(ctx.doc(), path, field.key, next, main);
      ctx.changed();
    },
  });
}

/** A person: a name, in one language or several, and other spellings of it. */
function person(path, ctx, doc, legend) {
  const spellings = { key: 'altNames', kind: 'lines', label: 'altNames' };
  const t = { ...ctx.t, fields: { ...ctx.t.fields, altNames: ctx.t.otherSpellings } };
  const set = el('fieldset', { className: 'group person' }, el('legend', { textContent: legend }),
    localInput({ key: 'name', kind: 'text' }, path, ctx, doc, 'name', ctx.t.name), input(spellings, path, { ...ctx, t }, doc, 'name'));
  return holder(path, set);
}

function group(field, path, ctx, doc, legend = label(field, ctx.t)) {
  const set = el('fieldset', { className: 'group' }, el('legend', { textContent: legend }),
    ...field.fields.map((f) => drawField(f, [...path, f.key], ctx, doc, field.main)));
  return holder(path, set);
}

/** Rows that can be added, removed and moved; each row a group of fields, a person or a runtime. */
function rows(field, path, ctx, doc) {
  const raw = get(doc, path);
  const items = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const what = label(field, ctx.t);
  const set = el('fieldset', { className: 'rows' }, el('legend', { textContent: label(field, ctx.t) }));
  items.forEach((_, i) => {
    const at = [...path, i];
    const name = field.firstLabel ? ctx.t.fields[i ? 'runtimeMore' : field.firstLabel] : ctx.t.row(what, i + 1);
    const row = field.kind === 'people' ? person(at, ctx, doc, name) : group(field, at, ctx, doc, name);
    const tools = el('div', { className: 'row-tools' });
    const move = (to, word, focus) => {
      const button = el('button', { type: 'button', textContent: word, disabled: to < 0 || to >= items.length });
      button.setAttribute('aria-label', `${word}: ${name}`);
      button.addEventListener('click', () => {
        const list = structuredClone(Array.isArray(get(ctx.doc(), path)) ? get(ctx.doc(), path) : items);
        if (to === null) list.splice(i, 1);
        else [list[i], list[to]] = [list[to], list[i]];
        put(ctx.doc(), path, list);
        ctx.changed();
        ctx.rebuild(focus(list));
      });
      tools.append(button);
    };
    move(i - 1, ctx.t.up, () => (i - 1 > 0 ? `${fieldId([...path, i - 1])}-up` : `${fieldId([...path, i - 1])}-down`));
    move(i + 1, ctx.t.down, () => (i + 1 < items.length - 1 ? `${fieldId([...path, i + 1])}-down` : `${fieldId([...path, i + 1])}-up`));
    move(null, ctx.t.remove, (list) => (list.length ? `${fieldId([...path, Math.min(i, list.length - 1)])}-remove` : `${fieldId(path)}-add`));
    const [up, down, remove] = tools.children;
    up.id = `${fieldId(at)}-up`;
    down.id = `${fieldId(at)}-down`;
    remove.id = `${fieldId(at)}-remove`;
    row.querySelector('fieldset').append(tools);
    set.append(row);
  });
  const add = el('button', { type: 'button', id: `${fieldId(path)}-add`, className: 'add', textContent: ctx.t.add(field.firstLabel && items.length ? ctx.t.fields.runtimeMore : what) });
  add.addEventListener('click', () => {
    const list = [...items, field.kind === 'people' ? '' : {}];
    put(ctx.doc(), path, list.map((v) => (v === '' ? {} : v)));
    // The empty row is part of the draft at once, so that a reload keeps it.
    ctx.changed();
    ctx.rebuild(field.kind === 'people' ? fieldId([...path, items.length, 'name']) : fieldId([...path, items.length, field.fields[0].key]));
  });
  set.append(add);
  return holder(path, set);
}

/** A rating on its own scale, with a line that says how the widgets will read it. */
function rating(field, path, ctx, doc, main) {
  const at = [...path, field.key];
  const raw = get(doc, at);
  const read = ctx.ratingReads(raw);
  const kind = !read ? (typeof raw === 'string' ? 'label' : 'stars') : read.kind !== 'score' ? 'label'
    : read.unit === 'stars' || (read.best === 5 && !read.unit) ? 'stars' : read.unit === 'percent' ? 'percent' : read.best === 10 ? 'ten' : 'other';
  const t = ctx.t;
  const id = fieldId(at);
  const scale = el('select', { id: `${id}-kind` }, ...Object.entries(t.ratingKinds).map(([k, w]) => new Option(w, k)));
  scale.value = kind;
  const value = el('input', { id: `${id}-value`, type: 'text', inputMode: 'decimal', className: 'short', value: read?.kind === 'score' ? read.value : '' });
  const best = el('input', { id: `${id}-best`, type: 'text', inputMode: 'decimal', className: 'short', value: read?.kind === 'score' ? read.best : '' });
  const words = el('input', { id: `${id}-label`, type: 'text', value: read?.kind === 'verdict' ? read.label : read?.kind === 'grade' ? read.grade : typeof raw === 'string' && !read ? raw : '' });
  const reads = el('p', { className: 'reads', id: `${id}-reads` });
  reads.setAttribute('aria-live', 'polite');
  const parts = {
    value: el('p', {}, el('label', { htmlFor: value.id, textContent: t.ratingValue }), value),
    best: el('p', {}, el('label', { htmlFor: best.id, textContent: t.ratingBest }), best),
    label: el('p', {}, el('label', { htmlFor: words.id, textContent: t.ratingLabel }), words),
  };
  const show = () => {
    const k = scale.value;
    parts.value.hidden = k === 'label';
    parts.best.hidden = k !== 'other';
    parts.label.hidden = k !== 'label';
    const now = ctx.ratingReads(get(ctx.doc(), at));
    reads.textContent = now ? t.readsAs(now.text) : '';
  };
  const write = () => {
    const k = scale.value;
    const n = (s) => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s.trim()) : s.trim() || undefined);
    const v = n(value.value);
    const next = k === 'label' ? words.value.trim() || undefined : v === undefined ? undefined
      : { value: v, ...({ stars: { best: 5, unit: 'stars' }, ten: { best: 10 }, percent: { best: 100, unit: 'percent' } }[k] ?? { best: n(best.value) }) };
    assign(ctx.doc(), path, field.key, next, main);
    show();
    ctx.changed();
  };
  for (const control of [scale, value, best, words]) control.addEventListener(control === scale ? 'change' : 'input', write);
  const set = el('fieldset', { className: 'group rating' }, el('legend', { textContent: label(field, t) }),
    el('p', {}, el('label', { htmlFor: scale.id, textContent: t.ratingKind }), scale), parts.value, parts.best, parts.label, reads);
  show();
  return holder(at, set);
}

function drawField(field, path, ctx, doc, main) {
  const parent = path.slice(0, -1);
  switch (field.kind) {
    case 'object': return group(field, path, ctx, doc);
    case 'list': case 'people': return rows(field, path, ctx, doc);
    case 'person': return person(path, ctx, doc, label(field, ctx.t));
    case 'rating': return rating(field, parent, ctx, doc, main);
    case 'sources': return sourceRefs(parent, ctx, doc, main);
    case 'choice': return choice(field, parent, ctx, doc, main);
    case 'bool': return checkbox(field, parent, ctx, doc, main);
    default: return field.local ? localInput(field, parent, ctx, doc, main) : input(field, parent, ctx, doc, main);
  }
}
