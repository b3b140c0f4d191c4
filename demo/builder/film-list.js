// Several drafts make a list: the author picks films among their drafts and orders them, and the
// builder writes the `<film-list>` snippet (the loader and the list with each film inline) and
// shows it. Kept apart from the one-film snippet: a list is not one film's widget.
import { readJsonText } from '../../src/model/json-text.js';

const escapeAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const scriptJson = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

/** The list document from the picked drafts, in their order; drafts that are no JSON are left out. */
function listOf(title, texts) {
  const items = texts.map((text) => readJsonText(text)).filter((read) => !('error' in read) && read.value)
    .map((read) => ({ film: read.value }));
  return { ...(title.trim() && { title: title.trim() }), items };
}

/** The snippet: the loader (as the one-film snippet pins it) and the list inside its element. */
function listSnippet(list, { base, integrity, lang, theme }) {
  const loader = `<script type="module" src="${escapeAttr(new URL('film-elements.loader.min.js', base))}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  const attrs = [['lang', lang], ['theme', theme]].filter(([, v]) => v).map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  return `${loader}\n<film-list${attrs}><script type="application/json">\n${scriptJson(list)}\n</script></film-list>\n`;
}

/**
 * The picker: one row per draft, a box to take it into the list and buttons to move it up and
 * down. `order` is the picked drafts' ids in the list's order; `changed` runs after each change.
 */
function listPicker(root, drafts, order, { titleOf, t, changed }) {
  const ids = new Set(drafts.map((d) => d.id));
  for (const id of [...order]) if (!ids.has(id)) order.splice(order.indexOf(id), 1);
  // The picked drafts first, in their order; the others after them.
  const rows = [...order.map((id) => drafts.find((d) => d.id === id)), ...drafts.filter((d) => !order.includes(d.id))];
  root.replaceChildren(...rows.map((draft) => {
    const row = document.createElement('li');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: order.includes(draft.id), id: `list-${draft.id}` });
    const label = Object.assign(document.createElement('label'), { htmlFor: box.id, textContent: titleOf(draft.text) });
    box.addEventListener('change', () => {
      if (box.checked) order.push(draft.id);
      else order.splice(order.indexOf(draft.id), 1);
      changed();
    });
    const move = (by, words) => {
      const at = order.indexOf(draft.id);
      const button = Object.assign(document.createElement('button'), { type: 'button', textContent: by < 0 ? '↑' : '↓' });
      button.setAttribute('aria-label', `${words}: ${label.textContent}`);
      button.disabled = at < 0 || at + by < 0 || at + by >= order.length;
      button.addEventListener('click', () => {
        order.splice(at, 1);
        order.splice(at + by, 0, draft.id);
        changed();
        root.querySelector(`#list-${CSS.escape(draft.id)}`)?.closest('li')?.querySelector(`button[data-by="${by}"]:not(:disabled)`)?.focus();
      });
      button.dataset.by = String(by);
      return button;
    };
    row.append(box, ' ', label, ' ', move(-1, t.listUp), move(1, t.listDown));
    return row;
  }));
}

/**
 * The list's part of the builder page (`$` finds its elements by id): the picker, and for the
 * picked drafts the snippet and a live preview, in the page's language and theme.
 */
export function drawList($, { drafts, order, titleOf, t, changed, where, integrity }) {
  listPicker($('list-drafts'), drafts, order, { titleOf, t, changed });
  const texts = order.map((id) => drafts.find((d) => d.id === id)?.text).filter(Boolean);
  const snippet = $('list-snippet');
  snippet.hidden = !texts.length || !where.base;
  if (snippet.hidden) return void $('list-preview').replaceChildren();
  const lang = $('lang').value;
  const list = listOf($('list-title').value, texts);
  snippet.value = listSnippet(list, { base: where.base, integrity, lang: lang === 'en' ? '' : lang, theme: $('theme').value });
  const preview = document.createElement('film-list');
  if (lang) preview.lang = lang;
  preview.list = list;
  $('list-preview').replaceChildren(preview);
}
