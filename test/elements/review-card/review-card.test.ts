import type { FilmData } from '../../../src/model/types.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/review-card.js';
import type { ReviewCard } from '../../../src/elements/review-card/review-card.js';
import { fixture, html, loadBallerina, settled, shadow, text, waitUntil } from '../../helpers.js';

type Attrs = { review?: string; lang?: string; width?: number; variant?: string };

// The element is the fixture's root (with its own `lang`, which it reads like an ancestor's),
// so the fixture waits for its update rather than for an animation frame, which a page in
// the background may never get while another test file has the keyboard.

/** A card fed a film, settled once the film is ready. */
async function card(film: FilmData, attrs: Attrs = {}) {
  const el = await fixture<ReviewCard>(html`<review-card lang=${attrs.lang ?? 'en'} style="width: ${attrs.width ?? 700}px"
    review=${attrs.review ?? ''} variant=${attrs.variant ?? 'card'} .film=${film}></review-card>`);
  return settled(el, 'ready');
}

/** A card given a review object and no film. */
async function alone(review: unknown, attrs: Attrs = {}) {
  const el = await fixture<ReviewCard>(html`<review-card lang=${attrs.lang ?? 'en'} style="width: ${attrs.width ?? 700}px"
    variant=${attrs.variant ?? 'card'} .review=${review}></review-card>`);
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
/** What assistive technology reads for the overall rating. */
const alternative = (el: Element, scope = '.overall') => text($(el, `${scope} .rating .visually-hidden`));
const visible = (el: Element, scope = '.overall') => text($(el, `${scope} .rating-visible`));
/** How many star widths the solid row covers: 3.5 means three and a half stars. */
const filled = (el: Element) => Number($(el, '.overall .star-fill')!.getAttribute('width')) / 24;
/** How many stars the rows draw: one closed outline each, 24 units apart, the same in both rows. */
function starCount(el: Element): number {
  const rows = ['.star-empty', '.star-fill'].map((row) => $(el, `.overall ${row} path`)!.getAttribute('d')!);
  expect(rows[1]).to.equal(rows[0]);
  const stars = rows[0]!.match(/M[^MZ]+Z/g) ?? [];
  stars.forEach((star, i) => expect(star.startsWith(`M${12 + i * 24},1.8 `), star).to.equal(true));
  return stars.length;
}
const noRefs = (s: string) => s.replace(/\s*\[\d+\]/g, '');
/** Whether a reader sees it (a closed <details> keeps its content in the page, undrawn). */
const shown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none' && node.checkVisibility();
/** The words a reader sees (a summary writes both of its words; the stylesheet shows one). */
const words = (node: Element | null) => ((node as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();

const quoteOf = { outlet: 'The Daily Reel', critic: 'Ada Critic', quote: 'A film of some merit.' };

describe('<review-card> with the Ballerina reviews', () => {
  it('shows the first review when none is asked for: outlet, critic, three of five stars, the quote', async () => {
    const el = await card(await loadBallerina());
    expect(text($(el, '.outlet'))).to.equal('South China Morning Post');
    expect(text($(el, '.critic'))).to.equal('James Marsh');
    expect(alternative(el)).to.equal('Rated 3 out of 5');
    expect(visible(el)).to.equal('3/5');
    expect(starCount(el)).to.equal(5);
    expect(filled(el)).to.equal(3);
    expect(text($(el, 'blockquote'))).to.equal(
      "While the script offers precious little invention beneath its polished surface, Jeon's cold-as-ice angel of vengeance is the film's saving grace");
    expect($(el, 'article')!.getAttribute('aria-label')).to.equal('Review by James Marsh (South China Morning Post)');
    // The body is kept with the details, shown at this width; no link, as the data has no URL.
    expect($$(el, '.body p').map(text)).to.have.length(2);
    expect($(el, '.link')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('hides the stars and figures from assistive technology and reads the text alternative', async () => {
    const el = await card(await loadBallerina(), { review: 'the-indian-express' });
    expect($(el, '.overall .rating-visible')!.getAttribute('aria-hidden')).to.equal('true');
    expect($(el, '.overall svg.stars')!.getAttribute('aria-hidden')).to.equal('true');
    expect(alternative(el)).to.equal('Rated 3 out of 5');
    expect(text($(el, '.outlet'))).to.equal('The Indian Express');
  });

  it('picks a review by its index', async () => {
    const el = await card(await loadBallerina(), { review: '2' });
    expect(text($(el, '.outlet'))).to.equal('OhmyNews');
    // OhmyNews gave no rating, and none is made up.
    expect($(el, '.rating')).to.equal(null);
    expect($(el, '.overall')).to.equal(null);
  });

  it('shows the blog review: verdict label, criteria as meters, cons, audience, recommendations, no fake reader score', async () => {
    const el = await card(await loadBallerina(), { review: 'blog-review' });
    expect(alternative(el)).to.equal('Rated Mixed (Divisive)');
    expect(text($(el, '.verdict-label'))).to.equal('Mixed (Divisive)');
    expect(text($(el, '.verdict'))).to.equal('Verdict: On The Fence');
    const criteria = $$(el, '.criteria li');
    expect(criteria.map((li) => text(li.querySelector('.criterion')))).to.deep.equal([
      'There Is An Effort To Get You Invested In Min-hee', 'The Film Is Dull When Not Focused On The Action']);
    expect(criteria.map((li) => text(li.querySelector('.visually-hidden')))).to.deep.equal(['Rated 75%', 'Rated 73%']);
    expect(criteria.map((li) => text(li.querySelector('.rating-visible')))).to.deep.equal(['75%', '73%']);
    expect(criteria[0]!.querySelector('.meter-fill')!.getAttribute('width')).to.equal('75');
    expect($(el, '.pros')).to.equal(null);
    expect(text($(el, '#cons-title'))).to.equal('Cons');
    expect($(el, '.cons ul')!.getAttribute('aria-labelledby')).to.equal('cons-title');
    expect($$(el, '.cons li')).to.have.length(2);
    expect(text($(el, '.audience'))).to.equal(
      'Who is this for? “Ballerina” is for those who like an action movie that wants to be sappy and have a villain with no redeeming qualities.');
    expect($$(el, '.recommendations li .recommended').map(text)).to.deep.equal(['The Northman', 'Promising Young Woman', 'Nobody']);
    expect(text($(el, '.readers'))).to.equal('Reader rating No reader ratings yet');
    expect(text(shadow(el))).not.to.match(/\b0 out of|0 votes|\(0/);
    // Its source is footnoted after the rating, as it names no outlet or critic.
    expect(noRefs(text($(el, '.overall')))).to.equal('Rated Mixed (Divisive) Mixed (Divisive) Verdict: On The Fence');
    expect(text($(el, '.sources li'))).to.equal('Ballerina (2023) – Overview');
    await expect(el).to.be.accessible();
  });

  it('keeps a body that gives the story away in a closed <details>, and reveals it on request', async () => {
    const el = await card(await loadBallerina(), { review: 'blog-review', width: 700 });
    const summary = $(el, '.spoiler-button') as HTMLElement;
    const guard = $(el, 'details.spoiler-guard') as HTMLDetailsElement;
    expect(summary.localName).to.equal('summary');
    expect(summary.parentElement).to.equal(guard);
    expect(words(summary)).to.equal('Show the review');
    expect(guard.open).to.equal(false);
    expect(text($(el, '.spoiler-note'))).to.equal('This review gives away the story.');
    expect(shown($(el, '#body'))).to.equal(false);
    // The pull quote is not hidden.
    expect(text($(el, 'blockquote'))).to.contain('slightly above average action sequences');

    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.spoilersShown, 'spoilersShown follows the details');
    await el.updateComplete;
    expect(guard.open).to.equal(true);
    expect(words(summary)).to.equal('Hide the review');
    expect(shown($(el, '#body'))).to.equal(true);
    expect(text($(el, '#body p'))).to.match(/^Ok-ju lived a solitary life\./);
    expect($$(el, '#body p')).to.have.length(5);
    await expect(el).to.be.accessible();

    await sendKeys({ press: ' ' });
    await waitUntil(() => !el.spoilersShown, 'spoilersShown follows the details');
    await el.updateComplete;
    expect(guard.open).to.equal(false);
    expect(shown($(el, '#body'))).to.equal(false);
    // And the property opens the details.
    el.spoilersShown = true;
    await el.updateComplete;
    expect(guard.open).to.equal(true);
  });

  it('closes the spoiler again when another review is picked', async () => {
    const el = await card(await loadBallerina(), { review: 'blog-review', width: 700 });
    ($(el, '.spoiler-button') as HTMLElement).click();
    await waitUntil(() => el.spoilersShown, 'spoilersShown follows the details');
    await el.updateComplete;
    expect(shown($(el, '#body'))).to.equal(true);
    el.review = 'south-china-morning-post';
    await el.updateComplete;
    el.review = 'blog-review';
    await el.updateComplete;
    expect(($(el, 'details.spoiler-guard') as HTMLDetailsElement).open).to.equal(false);
    expect(shown($(el, '#body'))).to.equal(false);
  });

  it('speaks Korean inside lang="ko"', async () => {
    const el = await card(await loadBallerina(), { lang: 'ko', review: 'blog-review' });
    expect(alternative(el)).to.equal('평점 Mixed (Divisive)');
    expect(text($(el, '.verdict'))).to.equal('총평: On The Fence');
    expect(words($(el, '.spoiler-button'))).to.equal('리뷰 보기');
    expect(text($(el, '.readers'))).to.equal('독자 평점 아직 독자 평점이 없습니다');
    expect($$(el, '.criteria .visually-hidden').map(text)).to.deep.equal(['평점 75%', '평점 73%']);
    const first = await card(await loadBallerina(), { lang: 'ko' });
    expect(alternative(first)).to.equal('평점 5점 만점에 3점');
    expect($(first, 'article')!.getAttribute('aria-label')).to.equal('James Marsh (South China Morning Post)의 리뷰');
    await expect(el).to.be.accessible();
  });

  it('says which reviews exist when the one asked for is not there', async () => {
    const el = await card(await loadBallerina(), { review: 'variety' });
    expect(text($(el, '[role="status"]'))).to.equal(
      'This film’s data has no review “variety”. Its reviews are south-china-morning-post, the-indian-express, ohmynews, and blog-review.');
    const ko = await card(await loadBallerina(), { review: '9', lang: 'ko' });
    expect(text($(ko, '[role="status"]'))).to.match(/^이 영화 데이터에 “9” 리뷰가 없습니다\./);
    await expect(el).to.be.accessible();
  });

  it('says so when the film has no reviews', async () => {
    const el = await card({ title: 'Quiet Film', runtime: 90 });
    expect(text($(el, '[role="status"]'))).to.equal('There are no reviews in this film’s data.');
  });
});

describe('<review-card> ratings on their own scales', () => {
  const rated = (rating: unknown) => alone({ ...quoteOf, rating });

  it('fills fractional stars exactly, never rounding', async () => {
    for (const [value, stars] of [[3.5, 3.5], [3.7, 3.7], [0.25, 0.25]] as const) {
      const el = await rated({ value, best: 5 });
      expect(filled(el)).to.be.closeTo(stars, 1e-9);
      expect(alternative(el)).to.equal(`Rated ${value} out of 5`);
      expect(visible(el)).to.equal(`${value}/5`);
    }
  });

  it('shows zero and the best value as they are', async () => {
    const zero = await rated({ value: 0, best: 5 });
    expect(filled(zero)).to.equal(0);
    expect(alternative(zero)).to.equal('Rated 0 out of 5');
    expect(visible(zero)).to.equal('0/5');
    const best = await rated({ value: 4, best: 4 });
    expect(starCount(best)).to.equal(4);
    expect(filled(best)).to.equal(4);
    expect(alternative(best)).to.equal('Rated 4 out of 4');
  });

  it('reads ratings written as text: "3/5", "3 stars out of 5", "3.5/5"', async () => {
    expect(alternative(await rated('3/5'))).to.equal('Rated 3 out of 5');
    expect(alternative(await rated('3 stars out of 5'))).to.equal('Rated 3 out of 5');
    expect(filled(await rated('3.5/5'))).to.equal(3.5);
  });

  it('writes larger scales and points as numerals, without stars', async () => {
    const points = await rated({ value: 6.6, best: 10, unit: 'points' });
    expect(points.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(visible(points)).to.equal('6.6 out of 10');
    expect(alternative(points)).to.equal('Rated 6.6 out of 10');
    const hundred = await rated({ value: 62, best: 100 });
    expect(visible(hundred)).to.equal('62 out of 100');
  });

  it('draws ten stars for an unlabelled 10-point scale', async () => {
    const el = await rated({ value: 6.6, best: 10 });
    expect(starCount(el)).to.equal(10);
    expect(filled(el)).to.be.closeTo(6.6, 1e-9);
    expect(visible(el)).to.equal('6.6/10');
  });

  it('shows a percentage as a meter with its number', async () => {
    const el = await rated({ value: 75, best: 100, unit: 'percent' });
    expect($(el, '.overall .meter-fill')!.getAttribute('width')).to.equal('75');
    expect($(el, '.overall svg.meter')!.getAttribute('aria-hidden')).to.equal('true');
    expect(visible(el)).to.equal('75%');
    expect(alternative(el)).to.equal('Rated 75%');
  });

  it('shows a letter grade as the letter and a verdict as its label, with no number', async () => {
    const grade = await rated({ grade: 'B+' });
    expect(visible(grade)).to.equal('B+');
    expect(alternative(grade)).to.equal('Rated B+');
    expect($(grade, '.overall svg')).to.equal(null);
    const verdict = await rated('Mixed (Divisive)');
    expect(visible(verdict)).to.equal('Mixed (Divisive)');
    expect(text($(verdict, '.overall'))).not.to.match(/\d/);
  });

  it('leaves out a score with no scale rather than guess one', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await rated({ value: 3 });
      expect($(el, '.rating')).to.equal(null);
      expect(text($(el, 'blockquote'))).to.equal('A film of some merit.');
      // A review read on its own has paths of its own, from the review itself.
      expect(warnings.join('\n')).to.contain('found 1 problem(s) in the review:\n  rating.best: missing');
    } finally {
      console.warn = warn;
    }
  });

  it('shows readers’ ratings when there are some', async () => {
    const el = await alone({ ...quoteOf, userRating: { value: 4.2, best: 5, count: 12 } });
    expect(text($(el, '.readers'))).to.equal('Reader rating 4.2 out of 5 (12 ratings)');
    const one = await alone({ ...quoteOf, userRating: { count: 1 } });
    expect(text($(one, '.readers'))).to.equal('Reader rating 1 rating');
  });
});

describe('<review-card> given a review object', () => {
  it('renders a review given alone, with no film and no error box', async () => {
    const el = await alone({ ...quoteOf, date: '2023-10-06', rating: { value: 4, best: 5 }, url: 'https://example.com/review' });
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(el.status).to.equal('ready');
    expect(text($(el, '.byline'))).to.equal('The Daily Reel · Ada Critic · October 6, 2023');
    expect($(el, 'time')!.getAttribute('datetime')).to.equal('2023-10-06');
    const link = $(el, '.link a') as HTMLAnchorElement;
    expect(text(link)).to.equal('Read the full review in The Daily Reel');
    expect(text(link.querySelector('.visually-hidden'))).to.equal('in The Daily Reel');
    expect(link.getAttribute('href')).to.equal('https://example.com/review');
    await expect(el).to.be.accessible();
  });

  it('renders a schema.org Review given alone, once the JSON-LD reader has been fetched', async () => {
    const el = await alone({
      '@type': 'Review', author: { '@type': 'Person', name: 'Ada Critic' }, publisher: { '@type': 'Organization', name: 'The Daily Reel' },
      reviewBody: 'Cold, precise and gripping.', reviewRating: { '@type': 'Rating', ratingValue: '4', bestRating: '5' },
    });
    expect($(el, '[aria-busy]')).to.equal(null);
    expect(el.status).to.equal('ready');
    expect(text($(el, '.byline'))).to.equal('The Daily Reel · Ada Critic');
    expect(text($(el, '.quote'))).to.equal('Cold, precise and gripping.');
    expect(alternative(el)).to.equal('Rated 4 out of 5');
  });

  it('localises the date', async () => {
    const el = await alone({ ...quoteOf, date: '2023-10-06' }, { lang: 'ko' });
    expect(text($(el, 'time'))).to.equal('2023년 10월 6일');
  });

  it('shows a review with nothing but a quote as the quote alone', async () => {
    const el = await alone({ quote: 'Just this.' });
    expect(text($(el, 'article'))).to.equal('Just this.');
    expect($(el, 'header')).to.equal(null);
    expect($(el, 'button')).to.equal(null);
    expect($(el, 'article')!.getAttribute('aria-label')).to.equal('Review');
    await expect(el).to.be.accessible();
  });

  it('says so when the review holds nothing to show', async () => {
    const el = await alone({ id: 'blank' });
    expect(text($(el, '[role="status"]'))).to.equal('This review has nothing to show.');
  });

  it('prefers a review object to the film’s own reviews', async () => {
    const el = await fixture<ReviewCard>(html`<review-card style="width: 700px" review="ohmynews"></review-card>`);
    el.film = await loadBallerina();
    await settled(el, 'ready');
    expect(text($(el, '.outlet'))).to.equal('OhmyNews');
    el.review = quoteOf;
    await el.updateComplete;
    expect(text($(el, '.outlet'))).to.equal('The Daily Reel');
  });

  it('links only to a safe URL', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await alone({ ...quoteOf, url: 'javascript:alert(1)', critic: { name: 'Ada', url: 'data:text/html,x' } });
      expect($(el, 'a')).to.equal(null);
      expect(text($(el, '.critic'))).to.equal('Ada');
    } finally {
      console.warn = warn;
    }
  });

  it('renders hostile review text as text', async () => {
    const attack = '<img src=x onerror="window.__pwned=1">';
    const el = await alone({
      outlet: attack, critic: attack, quote: attack, body: attack, verdict: attack, rating: attack,
      pros: [attack], cons: [attack], audience: attack, recommendations: [{ title: attack, note: attack }],
      criteria: [{ name: attack, rating: '3/5' }],
    });
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(text($(el, 'blockquote'))).to.equal(attack);
    expect(text($(el, '.verdict-label'))).to.equal(attack);
    expect(text($(el, '.pros li'))).to.equal(attack);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('<review-card> layouts', () => {
  it('is a compact quote card in a narrow column, whose details open from a native <details>', async () => {
    const el = await card(await loadBallerina(), { review: 'blog-review', width: 260 });
    const more = $(el, '.more-button') as HTMLElement;
    const disclosure = $(el, 'details.more') as HTMLDetailsElement;
    expect(more.localName).to.equal('summary');
    expect(shown(more)).to.equal(true);
    expect(shown($(el, '.details'))).to.equal(false);
    expect(shown($(el, 'blockquote'))).to.equal(true);
    expect(disclosure.open).to.equal(false);
    expect(words(more)).to.equal('More from this review');
    await expect(el).to.be.accessible();

    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.detailsOpen, 'detailsOpen follows the details');
    await el.updateComplete;
    expect(disclosure.open).to.equal(true);
    expect(words(more)).to.equal('Show less');
    expect(shown($(el, '.details'))).to.equal(true);
    // The spoiler button inside is the next stop for the keyboard.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal($(el, '.spoiler-button'));
    await expect(el).to.be.accessible();
  });

  it('shows the whole review box when there is room, with pros and cons side by side', async () => {
    const el = await alone({ ...quoteOf, pros: ['Sharp'], cons: ['Long'] }, { width: 700 });
    expect(shown($(el, '.more'))).to.equal(false);
    expect(shown($(el, '.more-button'))).to.equal(false);
    expect(shown($(el, '.details'))).to.equal(true);
    const [pros, cons] = [$(el, '.pros')!, $(el, '.cons')!];
    expect(pros.getBoundingClientRect().top).to.equal(cons.getBoundingClientRect().top);
    expect(pros.getBoundingClientRect().right).to.be.below(cons.getBoundingClientRect().left + 1);
    const narrow = await alone({ ...quoteOf, pros: ['Sharp'], cons: ['Long'] }, { width: 300 });
    ($(narrow, '.more-button') as HTMLElement).click();
    await waitUntil(() => narrow.detailsOpen, 'detailsOpen follows the details');
    await narrow.updateComplete;
    expect($(narrow, '.cons')!.getBoundingClientRect().top).to.be.above($(narrow, '.pros')!.getBoundingClientRect().bottom - 1);
  });

  it('variant="quote" shows only the pull quote and who said it', async () => {
    const el = await card(await loadBallerina(), { variant: 'quote' });
    expect(shadow(el).querySelector('figure blockquote')).to.not.equal(null);
    expect(text($(el, 'figcaption'))).to.equal('James Marsh, South China Morning Post');
    expect($(el, '.rating')).to.equal(null);
    expect($(el, '.body')).to.equal(null);
    expect($(el, 'button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('variant="quote" links the outlet when the review has a URL, and falls back to the card without a quote', async () => {
    const el = await alone({ ...quoteOf, url: 'https://example.com/r' }, { variant: 'quote' });
    expect(($(el, 'cite a') as HTMLAnchorElement).getAttribute('href')).to.equal('https://example.com/r');
    const noQuote = await alone({ outlet: 'Paper', rating: '4/5' }, { variant: 'quote' });
    expect($(noQuote, 'article')).to.not.equal(null);
    expect(alternative(noQuote)).to.equal('Rated 4 out of 5');
  });
});
