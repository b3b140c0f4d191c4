// Runs in the benchmark page: one sample per fresh page. Every variant starts its clock after
// its code and data are loaded, and stops it once a forced layout has finished.
const now = () => performance.now();
const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const stripComments = (markup) => markup.replace(/<!--[\s\S]*?-->/g, '');

function stage(width) {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
}

async function litElements(tag) {
  await import(`/dist/cdn/${tag}.js`);
  return customElements.get(tag);
}

/** Renders the element with Lit in both states and returns what the floor needs. */
export async function capture({ tag, raw, raw2, props = {}, props2 = {}, width }) {
  const element = await litElements(tag);
  const el = document.createElement(tag);
  Object.assign(el, props);
  el.film = raw;
  stage(width).append(el);
  await el.updateComplete;
  const attrs = Object.fromEntries(el.getAttributeNames().map((name) => [name, el.getAttribute(name)]));
  const markup = stripComments(el.shadowRoot.innerHTML);
  const status = el.status;
  if (raw2) el.film = raw2;
  Object.assign(el, props2);
  await el.updateComplete;
  const css = element.elementStyles.map((s) => s.cssText).join('\n');
  return { attrs, markup, markup2: stripComments(el.shadowRoot.innerHTML), status, status2: el.status, css };
}

/** The text and attribute changes that turn `before` into `after`, as paths from the root. */
function diff(before, after, path = [], ops = []) {
  if (before.nodeType !== after.nodeType || before.nodeName !== after.nodeName) throw new Error(`structure differs at ${path}`);
  if (before.nodeType === Node.TEXT_NODE) {
    if (before.data !== after.data) ops.push({ path, text: after.data });
    return ops;
  }
  if (before.nodeType === Node.ELEMENT_NODE) {
    for (const name of new Set([...before.getAttributeNames(), ...after.getAttributeNames()])) {
      if (before.getAttribute(name) !== after.getAttribute(name)) ops.push({ path, name, value: after.getAttribute(name) });
    }
  }
  const a = before.childNodes;
  const b = after.childNodes;
  if (a.length !== b.length) throw new Error(`children differ at ${path}`);
  for (let i = 0; i < a.length; i++) diff(a[i], b[i], [...path, i], ops);
  return ops;
}

const fragmentOf = (markup) => {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
};
const resolve = (root, path) => path.reduce((node, i) => node.childNodes[i], root);

/**
 * The floor's update plan: for a keyed list (`rows`, a selector), each row's rank in the new
 * order; then the remaining text and attribute changes.
 */
function plan(fixture, rows) {
  const before = fragmentOf(fixture.markup);
  const after = fragmentOf(fixture.markup2);
  let ranks;
  if (rows) {
    const parent = before.querySelector(rows);
    const wanted = new Map();
    [...after.querySelector(rows).children].forEach((row, i) => {
      const key = row.outerHTML;
      wanted.set(key, [...(wanted.get(key) ?? []), i]);
    });
    ranks = [...parent.children].map((row) => wanted.get(row.outerHTML).shift());
    [...parent.children].map((row, i) => [ranks[i], row]).sort((x, y) => x[0] - y[0]).forEach(([, row]) => parent.append(row));
  }
  return { ranks, ops: diff(before, after) };
}

/** A hand-written keyed re-order: moves only the rows that are out of place. */
function reorder(parent, rows, ranks) {
  const order = rows.map((_, i) => i).sort((x, y) => ranks[x] - ranks[y]);
  let next = parent.firstElementChild;
  for (const i of order) {
    const row = rows[i];
    if (row === next) next = next.nextElementSibling;
    else parent.insertBefore(row, next);
  }
}

/**
 * `n` hosts in `host`, with the element's attributes and open shadow roots that adopt one sheet
 * of its styles (built here, inside the caller's clock), holding `markup` when given.
 */
function shadowRoots(host, tag, n, fixture, markup) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(fixture.css);
  const fragment = document.createDocumentFragment();
  const roots = [];
  for (let i = 0; i < n; i++) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(fixture.attrs)) el.setAttribute(name, value);
    const root = el.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    if (markup !== undefined) root.innerHTML = markup;
    fragment.append(el);
    roots.push(root);
  }
  host.append(fragment);
  return roots;
}

const variants = {
  async lit({ tag, n, raw, raw2, props = {}, props2 = {}, width }) {
    await litElements(tag);
    const host = stage(width);
    const elements = [];
    const fragment = document.createDocumentFragment();
    const start = now();
    for (let i = 0; i < n; i++) {
      const el = document.createElement(tag);
      Object.assign(el, props);
      el.film = raw;
      fragment.append(el);
      elements.push(el);
    }
    host.append(fragment);
    await Promise.all(elements.map((el) => el.updateComplete));
    void host.offsetHeight;
    const first = now() - start;
    return {
      first,
      async update() {
        const begin = now();
        for (const el of elements) {
          if (raw2) el.film = raw2;
          Object.assign(el, props2);
        }
        await Promise.all(elements.map((el) => el.updateComplete));
        void host.offsetHeight;
        return now() - begin;
      },
    };
  },

  async floor({ tag, n, fixture, rows, width }) {
    const host = stage(width);
    const start = now();
    const roots = shadowRoots(host, tag, n, fixture, fixture.markup);
    void host.offsetHeight;
    const first = now() - start;
    return {
      first,
      async update() {
        // Prepared before the clock starts: which nodes change, and where keyed rows go.
        const { ranks, ops } = plan(fixture, rows);
        const targets = roots.map((root) => ({
          parent: rows && root.querySelector(rows),
          rows: rows && [...root.querySelector(rows).children],
        }));
        const begin = now();
        roots.forEach((root, r) => {
          if (ranks) reorder(targets[r].parent, targets[r].rows, ranks);
          for (const op of ops) {
            const node = resolve(root, op.path);
            if ('text' in op) node.data = op.text;
            else if (op.value === null) node.removeAttribute(op.name);
            else node.setAttribute(op.name, op.value);
          }
        });
        void host.offsetHeight;
        return now() - begin;
      },
    };
  },

  async framework({ tag, n, raw, raw2, fixture, module, width }) {
    const { framework } = await import(module);
    const host = stage(width);
    const start = now();
    const shadows = shadowRoots(host, tag, n, fixture);
    const roots = framework.mount(shadows, framework.parse(raw));
    void host.offsetHeight;
    const first = now() - start;
    return {
      first,
      markup: shadows[0].innerHTML,
      async update() {
        const begin = now();
        framework.update(roots, framework.parse(raw2 ?? raw));
        void host.offsetHeight;
        return now() - begin;
      },
    };
  },
};

/** One sample: `first` (ms to layout) and, with `update`, the update's ms too. */
export async function sample(options) {
  const { first, update, markup } = await variants[options.variant](options);
  if (!options.update) return { first, markup };
  await settle();
  return { first, update: await update(), markup };
}
