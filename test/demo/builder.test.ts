import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FilmElement } from '../../src/core/film-element.js';

/** The builder page in a frame, as a reader opens it. */
async function openBuilder() {
  const frame = document.createElement('iframe');
  frame.src = '/demo/builder.html';
  frame.style.cssText = 'width: 1000px; height: 800px';
  document.body.append(frame);
  // Until the page loads, the frame holds an empty document (in Firefox, one with no root).
  await waitUntil(() => frame.contentDocument?.documentElement?.dataset.ready === 'true', 'the builder starts', { timeout: 8000 });
  const doc = frame.contentDocument!;
  const $ = <T extends HTMLElement = HTMLElement>(id: string) => doc.getElementById(id) as T;
  const preview = () => $('preview').firstElementChild as FilmElement;
  const shadowText = () => (preview().shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { frame, doc, $, preview, shadowText };
}

const pick = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('the embed builder', () => {
  let page: Awaited<ReturnType<typeof openBuilder>>;
  beforeEach(async () => (page = await openBuilder()));
  afterEach(() => page?.frame.remove());

  it('starts with the Ballerina data, no problems and a live infobox', async () => {
    expect(page.$('problems').textContent!.trim()).to.equal('No problems.');
    expect(page.preview().localName).to.equal('film-infobox');
    await waitUntil(() => page.preview().status === 'ready');
    expect(page.shadowText()).to.contain('Directed by');
    const tags = [...page.$<HTMLSelectElement>('element').options].map((o) => o.value);
    expect(tags).to.include.members(['film-infobox', 'review-card', 'film-card', 'film-scores']);
  });

  it('lists problems with their paths as the author types, and previews what it can', async () => {
    const json = page.$<HTMLTextAreaElement>('json');
    json.focus();
    json.select();
    await sendKeys({ type: '{"title": "Typed Film", "runtime": "forever", "credits": {"directors": ["Ada"]}}' });
    await waitUntil(() => page.$('problems').querySelector('li'), 'a problem is listed');
    const problem = page.$('problems').querySelector('li')!;
    expect(problem.querySelector('code')!.textContent).to.equal('runtime');
    await waitUntil(() => page.preview().status === 'ready');
    expect(page.preview().shadowRoot!.querySelector('.title')!.textContent).to.equal('Typed Film');
    await sendKeys({ press: 'Backspace' });
    await waitUntil(() => page.$('problems').textContent!.startsWith('Not valid JSON: '), 'broken JSON is named');
    await waitUntil(() => page.preview().status === 'error');
  });

  it('builds the snippet from the picks, and copies it', async () => {
    const json = page.$<HTMLTextAreaElement>('json');
    json.value = '{"title": "Snippet Film </script><script>alert(1)</script>", "runtime": 90}';
    json.dispatchEvent(new Event('input', { bubbles: true }));
    pick(page.$<HTMLSelectElement>('lang'), 'ko');
    pick(page.$<HTMLSelectElement>('theme'), 'dark');
    const fields = page.$<HTMLInputElement>('attr-fields');
    fields.focus();
    await sendKeys({ type: 'runtime' });
    await waitUntil(() => page.preview().getAttribute('fields') === 'runtime');
    await waitUntil(() => page.preview().status === 'ready');
    expect(page.preview().getAttribute('lang')).to.equal('ko');
    expect(page.preview().shadowRoot!.querySelector('dt')!.textContent).to.equal('상영 시간');

    const expected = `<script type="module" src="https://cdn.jsdelivr.net/npm/film-elements/dist/film-elements.min.js"></script>
<film-infobox lang="ko" theme="dark" fields="runtime">
  <script type="application/json">
{
  "title": "Snippet Film <\\/script><script>alert(1)<\\/script>",
  "runtime": 90
}
  </script>
</film-infobox>
`;
    expect(page.$<HTMLTextAreaElement>('snippet').value).to.equal(expected);

    let copied = '';
    Object.defineProperty(page.frame.contentWindow!.navigator, 'clipboard', {
      value: { writeText: async (text: string) => void (copied = text) },
      configurable: true,
    });
    page.$('copy').click();
    await waitUntil(() => page.$('copied').textContent === 'Copied to the clipboard.');
    expect(copied).to.equal(expected);
  });

  it('switches to another element and to a URL source', async () => {
    pick(page.$<HTMLSelectElement>('element'), 'review-card');
    expect(page.preview().localName).to.equal('review-card');
    expect(page.$('attr-review')).to.not.equal(null);
    expect(page.$('attr-fields')).to.equal(null);
    const url = page.$<HTMLInputElement>('url');
    url.value = 'https://example.com/film.json';
    url.dispatchEvent(new Event('input', { bubbles: true }));
    expect(page.$<HTMLTextAreaElement>('snippet').value).to.contain('<review-card src="https://example.com/film.json" lang="en"></review-card>');
  });
});
