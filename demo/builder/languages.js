// Text per language in the form: a title, a name, a character, a place, a note, a quote can be
// given as one text ("Ballerina") or as the text in each language ({ "en": "Ballerina",
// "ko": "발레리나" }), as film JSON allows. The field starts as one input; "Add a language" turns
// it into rows of (language, text), and the rows are written back as the language map.
//
// The language is a text field with suggestions, not a select: a select cannot hold every BCP 47
// tag an author or an importer needs (`ko-Latn`, `zh-Hant`, `pt-BR`), and a text field lets an
// author type "ko" as well as pick Korean from the list. The tag is checked by the model, as
// `film-elements validate` checks it, and a bad one is named next to its row.

/** Suggested tags: the elements' eight interface languages, each named in its own words. */
export const suggestedLanguages = [
  ['en', 'English'], ['ko', '한국어 (Korean)'], ['ja', '日本語 (Japanese)'], ['zh', '中文 (Chinese, simplified)'],
  ['es', 'Español (Spanish)'], ['fr', 'Français (French)'], ['de', 'Deutsch (German)'], ['ar', 'العربية (Arabic)'],
];

// The shape of a language tag, as src/model/localised.ts reads it: what tells a map from a person.
const TAG = /^(?:[a-z]{2,3}|x)(?:[-_][a-z\d]{1,8})*$/i;

/**
 * Whether a value is text per language rather than a row object: an object none of whose keys is
 * one of the row's own (`name`, `altNames`…) and one of which looks like a language tag.
 */
export function isLangMap(value, rowKeys = []) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && !keys.some((k) => rowKeys.includes(k)) && keys.some((k) => TAG.test(k));
}

/** The tag in canonical form (`ko_kr` → `ko-KR`), or undefined: only a real tag becomes a `lang` attribute. */
export function tagOrNothing(written) {
  const dashed = written.trim().replace(/_/g, '-');
  if (!TAG.test(dashed)) return undefined;
  try {
    return Intl.getCanonicalLocales(dashed)[0];
  } catch {
    return undefined;
  }
}

/** The datalist of suggested tags, once per page. */
export function languageList(doc) {
  let list = doc.getElementById('language-tags');
  if (!list) {
    list = doc.createElement('datalist');
    list.id = 'language-tags';
    list.append(...suggestedLanguages.map(([tag, name]) => Object.assign(doc.createElement('option'), { value: tag, label: name })));
    doc.body.append(list);
  }
  return list.id;
}

/**
 * The rows of a value: `[[tag, text], …]` for a map, `null` for one text. `pending` rows (added
 * and not yet filled) stay in the form until they are written or the form is redrawn.
 */
const rowsOf = (value) => (isLangMap(value) ? Object.entries(value).map(([tag, text]) => [tag, typeof text === 'string' ? text : '']) : null);

/** What the rows write: the map of the rows that have text, each tag once. A row without text writes nothing yet. */
function mapOf(rows) {
  const map = {};
  const twice = new Set();
  rows.forEach(([tag, text], i) => {
    const key = tag.trim();
    if (!text.trim()) return;
    if (key in map) twice.add(i);
    else map[key] = text;
  });
  return { map: Object.keys(map).length ? map : undefined, twice };
}

/**
 * One text per language. `o` gives { id, label, value, write(value), long, rows, required, t, el,
 * holder(path, ...children), path, entryPath(tag) }; the widget draws itself into its holder and
 * redraws only itself when a row is added or removed, so the rest of the form keeps its state.
 */
export function localText(o) {
  const { t, el } = o;
  let rows = rowsOf(o.value);
  const box = o.holder(o.path);
  const problems = box.querySelector(':scope > .problems-here');
  const control = (id, value) => {
    const c = el(o.long ? 'textarea' : 'input', { id, name: id, value: value ?? '' });
    if (o.long) c.rows = o.rows ?? 2;
    else c.type = 'text';
    return c;
  };

  const draw = (focusId) => {
    const parts = [];
    if (!rows) {
      const main = control(o.id, typeof o.value === 'string' ? o.value : '');
      if (o.required) main.required = true;
      main.addEventListener('input', () => o.write(main.value.trim() === '' ? undefined : main.value));
      parts.push(el('label', { htmlFor: o.id, textContent: o.label }), main);
    } else {
      const set = el('fieldset', { className: 'group langs' }, el('legend', { textContent: t.inLanguages(o.label) }));
      const list = languageList(box.ownerDocument);
      rows.forEach(([tag, text], i) => {
        const textId = i === 0 ? o.id : `${o.id}-${i}`;
        const tagId = `${o.id}-lang-${i}`;
        const language = el('input', { id: tagId, name: tagId, type: 'text', className: 'short', value: tag, autocomplete: 'off', spellcheck: false });
        language.setAttribute('list', list);
        const words = control(textId, text);
        // A value in another language is read and drawn as that language (a Korean name in an English form).
        if (tagOrNothing(tag)) words.lang = tagOrNothing(tag);
        const remove = el('button', { type: 'button', id: `${o.id}-remove-${i}`, textContent: t.remove });
        remove.setAttribute('aria-label', `${t.remove}: ${o.label} (${tag || t.language})`);
        remove.addEventListener('click', () => {
          rows.splice(i, 1);
          if (!rows.length) rows = null;
          commit();
          draw(rows ? `${o.id}-remove-${Math.min(i, rows.length - 1)}` : `${o.id}-add-lang`);
        });
        const update = () => {
          rows[i] = [language.value, words.value];
          const tag = language.value.trim();
          if (tag) row.dataset.path = o.entryPath(tag);
          else delete row.dataset.path;
          if (tagOrNothing(tag)) words.lang = tagOrNothing(tag);
          else words.removeAttribute('lang');
          commit();
        };
        language.addEventListener('input', update);
        words.addEventListener('input', update);
        const row = el('div', { className: 'field lang-row' },
          el('p', {}, el('label', { htmlFor: tagId, textContent: t.language }), language),
          el('p', {}, el('label', { htmlFor: textId, textContent: o.label }), words),
          el('div', { className: 'row-tools' }, remove),
          el('div', { className: 'problems-here', id: `${o.id}-twice-${i}` }));
        if (tag.trim()) row.dataset.path = o.entryPath(tag.trim());
        set.append(row);
      });
      parts.push(set);
    }
    const add = el('button', { type: 'button', id: `${o.id}-add-lang`, className: 'add', textContent: t.addLanguage });
    add.setAttribute('aria-label', `${o.label}: ${t.addLanguage}`);
    add.addEventListener('click', () => {
      const main = box.ownerDocument.getElementById(o.id);
      // One text becomes the first language's: English unless the author says otherwise.
      rows ??= main && main.value.trim() ? [['en', main.value]] : [];
      rows.push(['', '']);
      commit();
      draw(`${o.id}-lang-${rows.length - 1}`);
    });
    parts.push(add);
    box.replaceChildren(...parts, problems);
    if (focusId) box.ownerDocument.getElementById(focusId)?.focus();
  };

  const commit = () => {
    if (!rows) return o.write(undefined);
    const { map, twice } = mapOf(rows);
    o.write(map);
    // After the write, which places the model's problems afresh: a language given twice is the form's own.
    for (const [i] of rows.entries()) {
      const note = box.ownerDocument.getElementById(`${o.id}-twice-${i}`);
      if (note && twice.has(i)) note.append(el('p', { className: 'problem', textContent: t.languageTwice(rows[i][0].trim()) }));
    }
  };

  draw();
  return box;
}
