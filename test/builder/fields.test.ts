// Fields an author fills without knowing JSON: dates as people write them, beside the browser's
// own date control, and what a budget or a box-office figure covers.
import { expect, waitUntil } from '@open-wc/testing';
import { type Page, expectAccessible, forget, openBuilder } from './page.js';

/** Types `text` into a field as a person does: its value, then the input event. */
function type(control: HTMLInputElement, text: string): void {
  control.focus();
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The control a visible label names, within `scope`. */
function labelled(scope: ParentNode, words: string): HTMLInputElement {
  const label = [...scope.querySelectorAll('label')].find((l) => l.textContent!.trim() === words);
  if (!label?.control) throw new Error(`no field labelled "${words}"`);
  return label.control as HTMLInputElement;
}

describe('the builder\'s fields', function () {
  this.timeout(40000);
  let page: Page;
  afterEach(() => {
    page?.frame.remove();
    forget();
  });

  it('takes a date as it is written, keeps a year or a month as one, and offers the browser\'s date control for a day', async () => {
    page = await openBuilder({ draft: '{"title": "Heat", "releases": [{"date": "1995-12-15", "place": "United States"}]}' });
    page.doc.querySelector<HTMLDetailsElement>('details[data-section="releases"]')!.open = true;
    const release = page.holder('releases[0]');
    const date = labelled(release, 'Date');
    expect(date.type).to.equal('text');
    expect(date.value, 'a day written out, as the reader reads it back').to.equal('December 15, 1995');
    const day = labelled(release, 'Pick a day');
    expect(day.type).to.equal('date');
    expect(day.value).to.equal('1995-12-15');

    for (const [written, iso] of [['September 15, 1995', '1995-09-15'], ['15 September 1995', '1995-09-15'], ['Sept. 1995', '1995-09'], ['1995', '1995']]) {
      type(date, written);
      expect(page.json().releases[0].date, written).to.equal(iso);
      expect(date.value, 'the field keeps what was typed').to.equal(written);
      expect(day.value, `the date control for ${written}`).to.equal(iso.length === 10 ? iso : '');
    }
    type(date, 'Sept. 1995');
    expect(page.$(date.getAttribute('aria-describedby')!).textContent).to.equal('Reads as September 1995.');

    // A day picked in the date control is written in the text field too.
    day.value = '2001-02-03';
    day.dispatchEvent(new Event('change', { bubbles: true }));
    expect(page.json().releases[0].date).to.equal('2001-02-03');
    expect(labelled(page.holder('releases[0]'), 'Date').value).to.equal('February 3, 2001');

    // What is no date is kept as typed, and the model's problem sits by the field.
    type(date, 'sometime in 1995');
    expect(page.json().releases[0].date).to.equal('sometime in 1995');
    await waitUntil(() => page.holder('releases[0].date')?.querySelector('.problem'), 'the problem sits by the date');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(page);
  });

  it('says what a box-office figure covers, with a hint, and the infobox shows it', async () => {
    page = await openBuilder({ draft: '{"title": "Heat", "budget": {"amount": 60000000, "currency": "USD"}, "boxOffice": {"amount": 187400000, "currency": "USD"}}' });
    page.doc.querySelector<HTMLDetailsElement>('details[data-section="money"]')!.open = true;
    const covers = labelled(page.holder('boxOffice'), 'What the figure covers');
    expect(page.$(covers.getAttribute('aria-describedby')!).textContent).to.match(/^Optional, in a few words: where or when the figure is from, such as "worldwide"/);
    type(covers, 'worldwide');
    type(labelled(page.holder('budget'), 'What the figure covers'), 'estimated');
    expect(page.json().boxOffice).to.deep.equal({ amount: 187400000, currency: 'USD', note: 'worldwide' });
    expect(page.json().budget).to.deep.equal({ amount: 60000000, currency: 'USD', note: 'estimated' });
    await waitUntil(() => page.preview().status === 'ready' && page.shadowText().includes('(worldwide)'), `the infobox says so (${page.shadowText()})`);
    expect(page.shadowText()).to.contain('(estimated)');
    await expectAccessible(page);
  });
});
