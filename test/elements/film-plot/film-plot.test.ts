import type { FilmData } from '../../../src/model/types.js';
import { expect, fixtureSync } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/film-plot.js';
import type { FilmPlot } from '../../../src/elements/film-plot/film-plot.js';
import { html, loadBallerina, settled, shadow, text, waitUntil } from '../../helpers.js';

/** A rendered plot, fed `film` and settled (the element's update is awaited, not a frame). */
async function plotOf(film: FilmData, template = html`<film-plot></film-plot>`): Promise<FilmPlot> {
  const host = fixtureSync(html`<div>${template}</div>`);
  const el = host.querySelector('film-plot')!;
  el.film = film;
  return settled(el, 'ready');
}

const region = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="text"]');
const reveal = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="reveal"]');
const guard = (el: Element) => shadow(el).querySelector<HTMLDetailsElement>('details[part="guard"]');
/** The words a reader sees (the summary writes both of its words; the stylesheet shows one). */
const words = (node: HTMLElement | null) => (node?.innerText ?? '').replace(/\s+/g, ' ').trim();
const hide = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="hide"]');
/** Whether a reader sees it: a closed <details> keeps its content laid out but not drawn. */
const shown = (node: HTMLElement | null) => !!node && !node.hidden && node.checkVisibility() && node.getClientRects().length > 0;
/** The paragraphs as read, without footnote marks. */
const paragraphs = (el: Element) => [...region(el)!.querySelectorAll('p')].map((p) => {
  const copy = p.cloneNode(true) as Element;
  copy.querySelectorAll('.refs').forEach((refs) => refs.remove());
  return text(copy);
});

const LOGLINE = 'In this simple revenge tale, a young lady’s best friend decides she no longer wants to be alive, which sets off a chain of events to kill off the man who blackmailed her.';

describe('<film-plot>', () => {
  it('shows the logline and guards the full Ballerina plot behind a native <details>', async () => {
    const el = await plotOf(await loadBallerina());
    const base = shadow(el).querySelector('section')!;
    expect(base.getAttribute('aria-label')).to.equal('Plot of Ballerina');
    expect(text(shadow(el).querySelector('h2.title'))).to.equal('Plot');
    expect(text(shadow(el).querySelector('[part="logline"]'))).to.equal(LOGLINE);
    const summary = reveal(el)!;
    expect(summary.localName).to.equal('summary');
    expect(words(summary)).to.equal('Show the full plot (contains spoilers)');
    expect(guard(el)!.open).to.equal(false);
    expect(region(el)!.parentElement).to.equal(guard(el));
    expect(shown(region(el))).to.equal(false);
    expect(hide(el)).to.equal(null);
    expect(el.spoilers).to.equal('hidden');
    await expect(el).to.be.accessible();
  });

  it('reveals the plot from the keyboard, moves focus to it, and hides it again', async () => {
    const el = await plotOf(await loadBallerina());
    reveal(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.spoilers === 'shown', 'Enter on the summary opens the plot');
    await el.updateComplete;
    const text_ = region(el)!;
    expect(shown(text_)).to.equal(true);
    expect(el.spoilers).to.equal('shown');
    expect(el.getAttribute('spoilers')).to.equal('shown');
    expect(guard(el)!.open).to.equal(true);
    expect(words(reveal(el))).to.equal('Hide the full plot');
    // Focus lands on the revealed region, which a screen reader then reads once, by its name.
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('text');
    expect(text_.getAttribute('tabindex')).to.equal('-1');
    expect(text_.getAttribute('role')).to.equal('region');
    expect(text_.getAttribute('aria-label')).to.equal('Full plot');
    expect(text_.hasAttribute('aria-live')).to.equal(false);
    // Paragraphs separated by blank lines become paragraphs.
    const ps = paragraphs(el);
    expect(ps.length).to.equal(5);
    expect(ps[0].startsWith('Jang Ok-ju, a former bodyguard for VIP clients')).to.equal(true);
    expect(ps[1]).to.equal("Choi attempts to drug Ok-ju and Ok-ju pretends to ingest the drug. However, when Choi begins filming Ok-ju and starts his assault on her, she tries to stab him. The two fight and eventually Ok-ju gets the upper hand but, before she can kill him, she is attacked by hotel staff. Ok-ju is helped by a high school student who was kept at the hotel as a sex slave, and the two escape in Choi's Lamborghini.");
    expect(text(region(el)!.querySelector('p:last-child .refs'))).to.equal('[1][2]');
    // The logline is still there, above.
    expect(text(shadow(el).querySelector('[part="logline"]'))).to.equal(LOGLINE);
    const after = hide(el)!;
    expect(text(after)).to.equal('Hide the full plot');
    await expect(el).to.be.accessible();

    after.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shown(region(el))).to.equal(false);
    expect(hide(el)).to.equal(null);
    expect(el.spoilers).to.equal('hidden');
    expect(guard(el)!.open).to.equal(false);
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('reveal');

    // The summary toggles too, and the attribute follows the details both ways.
    reveal(el)!.click();
    await waitUntil(() => el.spoilers === 'shown', 'spoilers follows the details');
    await el.updateComplete;
    expect(shown(region(el))).to.equal(true);
    reveal(el)!.click();
    await waitUntil(() => el.spoilers === 'hidden', 'spoilers follows the details');
    await el.updateComplete;
    expect(shown(region(el))).to.equal(false);
    el.spoilers = 'shown';
    await el.updateComplete;
    expect(guard(el)!.open, 'the property opens the details').to.equal(true);
    expect(el.getAttribute('spoilers')).to.equal('shown');
  });

  it('opens from the start with spoilers="shown", without stealing focus', async () => {
    const el = await plotOf(await loadBallerina(), html`<film-plot spoilers="shown"></film-plot>`);
    expect(shown(region(el))).to.equal(true);
    expect(paragraphs(el).length).to.equal(5);
    expect(guard(el)!.open).to.equal(true);
    expect(shadow(el).activeElement?.localName ?? 'nothing').to.equal('nothing');
    await expect(el).to.be.accessible();
    el.setAttribute('spoilers', 'hidden');
    await el.updateComplete;
    expect(shown(region(el))).to.equal(false);
  });

  it('shows a plot marked free of spoilers without a guard', async () => {
    const el = await plotOf({ title: 'Gentle', plot: { logline: 'A calm film.', text: 'One.\n\nTwo,\nstill two.', spoilers: false } });
    expect(reveal(el)).to.equal(null);
    expect(hide(el)).to.equal(null);
    expect(shown(region(el))).to.equal(true);
    expect(region(el)!.hasAttribute('tabindex')).to.equal(false);
    expect(paragraphs(el)).to.deep.equal(['One.', 'Two, still two.']);
    await expect(el).to.be.accessible();
  });

  it('guards a plot whose spoilers are not stated, and one given as a bare string', async () => {
    const el = await plotOf({ title: 'Unsure', plot: 'It ends badly.' });
    expect(shadow(el).querySelector('[part="logline"]')).to.equal(null);
    expect(words(reveal(el))).to.equal('Show the full plot (contains spoilers)');
    expect(shown(region(el))).to.equal(false);
    reveal(el)!.click();
    await waitUntil(() => el.spoilers === 'shown', 'spoilers follows the details');
    await el.updateComplete;
    expect(paragraphs(el)).to.deep.equal(['It ends badly.']);
    await expect(el).to.be.accessible();
  });

  it('shows a logline alone without any button', async () => {
    const el = await plotOf({ title: 'Short', plot: { logline: 'Only a line.', sources: ['s'] }, sources: [{ id: 's', title: 'A source' }] });
    expect(text(shadow(el).querySelector('[part="logline"]'))).to.equal('Only a line.[1]');
    expect(shadow(el).querySelector('button, details, [part="text"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so when the film has no plot', async () => {
    const el = await plotOf({ title: 'Plotless', runtime: 90 });
    expect(text(shadow(el).querySelector('.none'))).to.equal('No plot summary is given for this film.');
    expect(shadow(el).querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks Korean', async () => {
    const el = await plotOf(await loadBallerina(), html`<div lang="ko"><film-plot></film-plot></div>`);
    expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Ballerina 줄거리');
    expect(text(shadow(el).querySelector('.title'))).to.equal('줄거리');
    expect(words(reveal(el))).to.equal('전체 줄거리 보기(스포일러 포함)');
    reveal(el)!.click();
    await waitUntil(() => el.spoilers === 'shown', 'spoilers follows the details');
    await el.updateComplete;
    expect(words(reveal(el))).to.equal('전체 줄거리 숨기기');
    expect(text(hide(el))).to.equal('전체 줄거리 숨기기');
    expect(region(el)!.getAttribute('aria-label')).to.equal('전체 줄거리');
    await expect(el).to.be.accessible();
    const none = await plotOf({ title: 'X', runtime: 1 }, html`<div lang="ko"><film-plot></film-plot></div>`);
    expect(text(shadow(none).querySelector('.none'))).to.equal('이 영화의 줄거리 정보가 없습니다.');
  });

  it('renders hostile text as text', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const el = await plotOf({ title: attack, plot: { logline: attack, text: `${attack}\n\n<script>alert(2)</script>` } }, html`<film-plot spoilers="shown"></film-plot>`);
    expect(text(shadow(el).querySelector('[part="logline"]'))).to.equal(attack);
    expect(paragraphs(el)).to.deep.equal([attack, '<script>alert(2)</script>']);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
  });
});

describe('<film-plot> heading-level', () => {
  it('titles the plot with a real heading at heading-level, and its sources one below', async () => {
    const film = { title: 'T', plot: { logline: 'L', sources: ['s'] }, sources: [{ id: 's', title: 'A source' }] } as FilmData;
    const two = await plotOf(film);
    expect(shadow(two).querySelector('.title')!.localName).to.equal('h2');
    expect(shadow(two).querySelector('.sources-title')!.localName).to.equal('h3');
    const three = await plotOf(film, html`<film-plot heading-level="3"></film-plot>`);
    expect(shadow(three).querySelector('.title')!.localName).to.equal('h3');
    expect(shadow(three).querySelector('.sources-title')!.localName).to.equal('h4');
    // The heading looks as the title did: the browser's own heading size is not applied.
    expect(getComputedStyle(shadow(two).querySelector('.title')!).fontSize)
      .to.equal(getComputedStyle(shadow(three).querySelector('.title')!).fontSize);
  });
});
