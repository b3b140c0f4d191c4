/**
 * Film JSON documents generated from film.schema.json (fast-check): each schema node becomes an
 * arbitrary, so a field added to the schema is generated without a change here. Leaves are
 * drawn from values already in the schema's form (plain words, real ISO dates, numbers in range,
 * known language tags), and, with `loose`, also from what authors write instead ("93 minutes",
 * "three", "September 15, 1995", a `javascript:` link, text per language with a bad tag) and
 * from keys the schema does not know: the first kind exercises the fast path's agreement, the
 * second its declining.
 */
import fc from 'fast-check';

type Schema = Record<string, unknown>;

const words = fc.constantFrom('Ballerina', 'Jeon Jong-seo', 'Netflix', 'Ok-ju’s “revenge”', '이충현', ' padded ', 'A', 'Seoul');
const looseWords = fc.constantFrom(
  '', '   ', '93 minutes', '1 Hour 33 Minutes', 'PT93M', 'three', '3/5', '91%', 'B+', 'yes', 'no', 'September 15, 1995',
  '15 September 1995 (Toronto)', '2023-02-30', '1,234', 'javascript:alert(1)', '&amp; more', 'x'.repeat(50_001),
);
const links = fc.constantFrom('https://example.com/ballerina', '/films/ballerina', 'http://example.org/p?q=1#x', 'poster.jpg');
const tags = fc.constantFrom('en', 'ko', 'ja', 'pt-BR', 'zh-Hant');
const looseTags = fc.constantFrom('ko_KR', 'EN', 'not a tag', 'x-private');
const dates = fc.oneof(
  fc.integer({ min: 1895, max: 2030 }).map(String),
  fc.tuple(fc.integer({ min: 1895, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.date({ min: new Date('1895-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** An arbitrary of the documents `schema` describes, within `root`'s `$defs`. */
export function arbitraryOf(root: Schema, loose: boolean): fc.Arbitrary<unknown> {
  const defs = root['$defs'] as Record<string, Schema>;
  const made = new Map<string, fc.Arbitrary<unknown>>();
  const noise = <T>(clean: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
    loose ? fc.oneof({ arbitrary: clean, weight: 4 }, { arbitrary: other, weight: 1 }) : clean;

  const string = (s: Schema, key?: string): fc.Arbitrary<unknown> => {
    const pattern = String(s['pattern'] ?? '');
    if (pattern.startsWith('^\\d{4}')) return noise(dates, looseWords);
    if (pattern === '^[A-Za-z]{3}$') return noise(fc.constantFrom('USD', 'KRW', 'eur'), fc.constantFrom('dollars', 'US$'));
    if (key === 'lang') return noise(tags, looseTags);
    if (key && /url|src|link/i.test(key)) return noise(links, fc.constantFrom('javascript:alert(1)', 'data:text/html,x'));
    return noise(words, looseWords);
  };

  const number = (s: Schema, integer: boolean): fc.Arbitrary<unknown> => {
    const min = (s['minimum'] as number | undefined) ?? (s['exclusiveMinimum'] !== undefined ? (s['exclusiveMinimum'] as number) + 1 : 0);
    const max = (s['maximum'] as number | undefined) ?? min + 200;
    const clean = integer ? fc.integer({ min, max }) : fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true }));
    return noise(clean, fc.constantFrom('93', 'three', -1, 0.5, null, true));
  };

  const object = (s: Schema): fc.Arbitrary<unknown> => {
    const extra = s['additionalProperties'] as Schema | undefined;
    if (extra) {
      const keys = noise(tags, looseTags) as fc.Arbitrary<string>;
      return fc.dictionary(keys, of(extra), { minKeys: (s['minProperties'] as number | undefined) ?? 0, maxKeys: 3 });
    }
    const properties = (s['properties'] ?? {}) as Record<string, Schema>;
    const shape = Object.fromEntries(Object.entries(properties).filter(([k]) => k !== '$schema').map(([k, v]) => [k, of(v, k)]));
    const record = fc.record(shape, { requiredKeys: (s['required'] as string[] | undefined) ?? [] });
    if (!loose) return record;
    // An unknown key now and then: a slip of the author's, or another vocabulary's word.
    return fc.tuple(record, fc.option(fc.constantFrom('runtme', 'director', 'colour'), { freq: 6 })).map(([o, key]) =>
      key ? { ...(o as object), [key]: 1 } : o);
  };

  // In the schema's form, as the reader wants it beyond what the schema says: a runtime in
  // minutes, a score within its scale, a year of cinema.
  const wellFormed: Record<string, fc.Arbitrary<unknown>> = loose ? {} : {
    minutes: fc.integer({ min: 1, max: 300 }),
    rating: fc.oneof(
      fc.record({ value: fc.integer({ min: 0, max: 5 }), best: fc.constant(5), unit: fc.constantFrom('stars', 'points') }, { requiredKeys: ['value', 'best'] }),
      fc.record({ value: fc.integer({ min: 0, max: 100 }), unit: fc.constant('percent') }),
      fc.record({ grade: fc.constantFrom('A', 'B+', 'C-') }), fc.record({ label: words }), fc.constantFrom('Mixed (Divisive)', 'Fresh'),
    ),
  };

  function of(s: Schema, key?: string): fc.Arbitrary<unknown> {
    if (!loose && key === 'year') return fc.integer({ min: 1895, max: 2030 });
    const ref = s['$ref'] as string | undefined;
    if (ref) {
      const name = ref.replace('#/$defs/', '');
      if (wellFormed[name]) return wellFormed[name];
      if (!made.has(name)) made.set(name, fc.constant(null)), made.set(name, of(defs[name]!, key));
      return made.get(name)!;
    }
    if ('const' in s) return fc.constant(s['const']);
    if (s['enum']) return noise(fc.constantFrom(...(s['enum'] as unknown[])), fc.constant('stars out of five'));
    const any = (s['anyOf'] ?? s['oneOf']) as Schema[] | undefined;
    if (any) return fc.oneof(...any.map((option) => of(within(s, option), key)));
    switch (s['type']) {
      case 'string': return string(s, key);
      case 'integer': return number(s, true);
      case 'number': return number(s, false);
      case 'boolean': return noise(fc.boolean(), fc.constantFrom('yes', 'false', 1));
      case 'array': return fc.array(of(s['items'] as Schema, key), { maxLength: 3 });
      case 'object': return object(s);
      default: return fc.anything({ maxDepth: 1 });
    }
  }
  // In the schema's form, references to sources name the film's sources, and so on.
  return loose ? of(root) : of(root).map(referenced).map(settled);
}

/**
 * One of `s`'s forms, with what `s` says beside its `anyOf`: an object's fields and a form that
 * one of them must take (a score's `best`, unless it is a percentage).
 */
function within(s: Schema, form: Schema): Schema {
  const beside = Object.fromEntries(Object.entries(s).filter(([k]) => !['anyOf', 'oneOf', 'description'].includes(k)));
  if (!Object.keys(beside).length) return form;
  const properties = { ...(beside['properties'] as Schema | undefined), ...(form['properties'] as Schema | undefined) };
  const required = [...((beside['required'] as string[] | undefined) ?? []), ...((form['required'] as string[] | undefined) ?? [])];
  return { ...beside, ...form, properties, required };
}

/** Gives each generated source a unique id, and each reference one of those ids, as a film's author would. */
export function referenced(film: unknown): unknown {
  if (typeof film !== 'object' || film === null || Array.isArray(film)) return film;
  const o = film as Record<string, unknown>;
  const ids = Array.isArray(o['sources']) ? o['sources'].map((s, i) => (typeof s === 'object' && s !== null ? ((s as { id: string }).id = `s${i + 1}`) : undefined)) : [];
  const known = ids.filter(Boolean) as string[];
  const visit = (value: unknown, top: boolean): void => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, false));
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'sources' && !top) (value as Record<string, unknown>)[key] = known.slice(0, 1);
      else visit(inner, false);
    }
  };
  for (const [key, value] of Object.entries(o)) if (key !== 'sources') visit({ [key]: value }, false);
  return o;
}


/** What the reader asks beyond the schema: each review's own id, a score no higher than the top of its scale. */
function settled(film: unknown): unknown {
  const o = film as { reviews?: Array<{ id?: string }>; scores?: Array<{ value: number; best?: number }> };
  o.reviews?.forEach((review, i) => review.id !== undefined && (review.id = `review-${i + 1}`));
  // Without `best` a score is a percentage (the schema asks for one or the other): out of 100.
  o.scores?.forEach((score) => (score.value = Math.min(score.value, score.best ?? 100)));
  return film;
}
