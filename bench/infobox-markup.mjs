// The infobox's markup written once against a `createElement`-shaped function, so React,
// Preact and a plain string builder produce the DOM that <film-infobox> renders for the same
// film (without Lit's comment markers and template whitespace). Benchmark-only code.
import { formatDate, formatMoney, formatRuntime } from '../dist/model/index.js';
import { languageName, regionName } from '../dist/model/format.js';
import { addEnglish, stringsFor } from '../dist/core/strings/index.js';
import { english } from '../dist/elements/film-infobox/film-infobox.en.js';

// The infobox's own words join the English table when it is defined; here, when this module loads.
addEnglish(english);

/** `h(type, props, ...children)`; `film` is a parsed (normalised) film. */
export function infobox(h, film, locale = 'en') {
  const s = stringsFor(locale);
  const byId = new Map((film.sources ?? []).map((source) => [source.id, source]));
  const cited = [];
  let first = true;
  const mark = (refs) => {
    const sources = (refs ?? []).map((id) => byId.get(id)).filter(Boolean);
    if (!sources.length) return null;
    return h('sup', { class: 'refs' }, ...sources.map((source) => {
      let n = cited.indexOf(source) + 1;
      if (!n) n = cited.push(source);
      // The markers share one Tab stop: the first is it once the element has rendered.
      const tabindex = first ? '0' : '-1';
      first = false;
      return h('a', { class: 'ref', href: `#source-${n}`, 'aria-label': s.source(n), title: source.title, tabindex, 'aria-describedby': 'ref-hint' },
        '[', String(n), ']');
    }));
  };
  const list = (items) => (items.length === 1 ? items[0] : h('ul', null, ...items.map((item) => h('li', null, item))));
  const people = (entities) => (entities?.length
    ? list(entities.map((p) => [p.url ? h('a', { href: p.url }, p.name) : p.name, mark(p.sources)]))
    : undefined);
  const { credits = {}, companies = {}, releases = [], runtime = [], countries = [], languages = [] } = film;
  const rows = [
    [s.directors, people(credits.directors)],
    [s.producers, people(credits.producers)],
    [s.writers, people(credits.writers)],
    [s.screenplay, people(credits.screenplay)],
    [s.story, people(credits.story)],
    [s.basedOn, people(credits.basedOn)],
    [s.starring, people(credits.starring ?? film.cast?.map((c) => ({ ...c.actor, sources: c.sources })))],
    [s.narrators, people(credits.narrators)],
    [s.music, people(credits.music)],
    [s.cinematography, people(credits.cinematography)],
    [s.editors, people(credits.editors)],
    [s.production(companies.production?.length ?? 0), people(companies.production)],
    [s.distributors, people(companies.distributors)],
    [s.released(releases.length), releases.length ? list(releases.map((r) => [
      h('time', { datetime: r.date }, formatDate(r.date, locale)),
      r.place ? [' ', h('span', { class: 'place' }, '(', r.place, ')')] : null,
      r.note ? [' ', h('span', { class: 'note' }, r.note)] : null,
      mark(r.sources),
    ])) : undefined],
    [s.runtime, runtime.length ? list(runtime.map((r, i) => {
      const minutes = formatRuntime(r.value, locale);
      return [i ? h('span', { class: 'disputed' }, s.inAnotherSource(minutes)) : minutes, mark(r.sources)];
    })) : undefined],
    [s.countries(countries.length), countries.length ? list(countries.map((c) => regionName(c, locale))) : undefined],
    [s.languages(languages.length), languages.length ? list(languages.map((l) => languageName(l, locale))) : undefined],
    [s.budget, film.budget && [formatMoney(film.budget, locale), mark(film.budget.sources)]],
    [s.boxOffice, film.boxOffice && [formatMoney(film.boxOffice, locale), mark(film.boxOffice.sources)]],
  ].filter(([, value]) => value);
  const { originalTitle: original, poster } = film;
  return h('section', { part: 'base', class: 'base', lang: locale, 'aria-label': s.infobox(film.title) },
    h('h3', { part: 'title', class: 'title' }, film.title),
    original && original.text !== film.title
      ? h('p', { part: 'original-title', class: 'original' },
          original.lang ? [h('span', { class: 'muted' }, languageName(original.lang, locale)), ' '] : null,
          h('span', { lang: original.lang }, original.text))
      : null,
    poster
      ? h('figure', { part: 'poster', class: 'poster' },
          h('img', { src: poster.src, alt: poster.alt, loading: 'lazy', decoding: 'async', width: poster.width, height: poster.height }),
          poster.caption ? h('figcaption', null, poster.caption) : null)
      : null,
    rows.length
      ? h('dl', { part: 'facts', class: 'facts' }, ...rows.map(([label, value]) =>
          h('div', { class: 'row' }, h('dt', { part: 'label' }, label), h('dd', { part: 'value' }, value))))
      : null,
    cited.length ? h('p', { class: 'ref-hint', id: 'ref-hint' }, s.footnoteKeys) : null,
    cited.length
      ? h('footer', { part: 'sources', class: 'sources' },
          h('h4', { class: 'sources-title' }, s.sources),
          h('ol', { 'data-back': s.footnoteBack }, ...cited.map((source, i) => h('li', { id: `source-${i + 1}` },
            source.url ? h('a', { href: source.url }, source.title) : source.title,
            source.publisher ? [', ', h('span', { class: 'publisher' }, source.publisher)] : null,
            source.date ? [', ', h('time', { datetime: source.date }, formatDate(source.date, locale))] : null))))
      : null);
}

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (value) => String(value).replace(/[&<>"]/g, (c) => escapes[c]);
const voids = new Set(['img', 'br', 'hr', 'input', 'meta', 'link', 'source', 'col']);
const text = (child) => (child === null || child === undefined || child === false
  ? '' : Array.isArray(child) ? child.map(text).join('') : child.html ?? escape(child));

/** A `createElement` that writes HTML strings with template literals. */
export function stringElement(type, props, ...children) {
  let attributes = '';
  for (const name in props) if (props[name] !== undefined && props[name] !== null) attributes += ` ${name}="${escape(props[name])}"`;
  return { html: voids.has(type) ? `<${type}${attributes}>` : `<${type}${attributes}>${text(children)}</${type}>` };
}
