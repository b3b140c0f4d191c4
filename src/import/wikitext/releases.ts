/**
 * The `released` parameter: `{{Film date|2019|5|21|Cannes|2019|5|30|South Korea|ref1=…}}` with
 * any number of dates and places, `{{Start date|…}}`, or dates written out ("5 October 2023
 * (Busan)") in any of the list shapes.
 */
import type { Span, Template } from './markup.js';
import { topTemplates } from './markup.js';
import { type Context, cite, items, plain } from './inline.js';
import { dateOf, isoDate } from './values.js';
import { readWrittenDate } from '../../model/dates.js';

export interface ReleaseJson { date: string; place?: string; sources: string[] }

const article = (ctx: Context, refs: string[]) => [...new Set([ctx.citations.article.id, ...refs])];

/** Each date of a Film date template, with its place and its `refN` references. */
function filmDate(template: Template, ctx: Context, refs: string[]): ReleaseJson[] {
  const out: ReleaseJson[] = [];
  const p = template.positional;
  for (let i = 0, n = 1; i < p.length; i += 4, n++) {
    const [year, month, day, place] = [p[i], p[i + 1], p[i + 2], p[i + 3]];
    const line = ctx.wiki.lineAt(year?.offset ?? template.start);
    const date = year && dateOf(plain(year, ctx), month && plain(month, ctx), day && plain(day, ctx));
    const own = template.named.get(`ref${n}`);
    const sources = own ? cite(own, ctx).sources : [];
    if (!date) {
      ctx.notes.add(line, p.slice(i, i + 4).map((s) => s.text).join('|'), 'a release date that is not a calendar date', { reason: 'notReleaseDate' });
      continue;
    }
    const release: ReleaseJson = { date, sources: article(ctx, [...sources, ...refs]) };
    const where = place && plain(cite(place, ctx), ctx);
    if (where) release.place = where;
    out.push(release);
  }
  for (const [key, value] of template.named) {
    if (!/^(?:ref\d+|df|fd|by)$/.test(key)) ctx.notes.add(value.line, `${key}=${value.text}`, `a parameter of {{Film date}} that is not read`);
  }
  return out;
}

/** One written release: "5 October 2023 (Busan)", "October 6, 2023 – Netflix", or a Start date template. */
function written(item: Span, ctx: Context, refs: string[]): ReleaseJson | undefined {
  const start = topTemplates(item, ctx.wiki).find((t) => t.name === 'start date' || t.name === 'dts' || t.name === 'start date and age');
  let date: string | undefined;
  let rest = item.text;
  if (start) {
    const [y, m, d] = start.positional.map((s) => plain(s, ctx));
    date = y === undefined ? undefined : /^\d{4}$/.test(y) ? dateOf(y, m, d) : isoDate(y);
    rest = item.text.slice(0, start.start - item.offset) + item.text.slice(start.end - item.offset);
  }
  const text = plain({ text: rest, offset: item.offset }, ctx);
  let place: string | undefined;
  if (!date) {
    const read = readWrittenDate(text);
    date = read?.date;
    place = read?.place;
  } else {
    place = text.replace(/^\((.*)\)$/, '$1').replace(/^[–—-]\s*/, '').trim() || undefined;
  }
  if (!date) {
    ctx.notes.add(ctx.wiki.lineAt(item.offset), text, 'a release date that is not a calendar date', { reason: 'notReleaseDate' });
    return undefined;
  }
  const release: ReleaseJson = { date, sources: article(ctx, refs) };
  if (place) release.place = place;
  return release;
}

export function releasesOf(value: Span, ctx: Context): ReleaseJson[] {
  const out: ReleaseJson[] = [];
  const { items: found, shared } = items(value, ctx);
  for (const item of found) {
    const dates = topTemplates(item, ctx.wiki).filter((t) => t.name === 'film date');
    if (dates.length) {
      // A reference outside the templates backs every date of the item; `refN` backs date N.
      let outside = item.text;
      for (const t of dates) outside = outside.slice(0, t.start - item.offset) + ' '.repeat(t.end - t.start) + outside.slice(t.end - item.offset);
      const refs = [...cite({ text: outside, offset: item.offset }, ctx).sources, ...shared];
      for (const t of dates) out.push(...filmDate(t, ctx, refs));
    } else {
      const cited = cite(item, ctx);
      const release = written(cited, ctx, [...cited.sources, ...shared]);
      if (release) out.push(release);
    }
  }
  return out;
}
