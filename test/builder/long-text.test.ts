// Long text a reader sees, given per language as film JSON allows ({ "en": …, "ko": … }): a
// film's plot and its logline, its description, a milestone's text, a review's body. The form
// shows each language's text in a field of its own, never the map as JSON, and writes back what
// the author edits in the shape it was written.
import { expect } from '@open-wc/testing';
import { type Page, button, closeAll, describedBy, expectAccessible, labelled, openBuilder, openSection, reopen, type } from './page.js';

type Control = HTMLInputElement | HTMLTextAreaElement;

/** What an author sees in `scope`: each label's words and the value of the control it names. */
const shown = (scope: ParentNode) =>
  [...scope.querySelectorAll('label')].map((l) => [l.textContent!.trim(), (l.control as Control).value]);

/** The row of the language whose field (labelled `language`) says `tag`, within `scope`. */
function inLanguage(scope: ParentNode, tag: string, language = 'Language'): HTMLElement {
  const row = [...scope.querySelectorAll<HTMLElement>('.lang-row')].find((r) => labelled(r, language).value === tag);
  if (!row) throw new Error(`no row in "${tag}"`);
  return row;
}

const en = 'Ok-ju sets out to avenge Min-hee, who took her own life.\n\nShe finds the club where Choi sells drugs.';
const ko = '옥주는 스스로 목숨을 끊은 민희의 복수에 나선다.\n\n최프로가 약을 파는 클럽을 찾아낸다.';

describe('the builder, with long text per language', function () {
  this.timeout(40000);
  let page: Page;
  afterEach(closeAll);

  it('shows a plot given per language as a field per language, edits one language, and keeps both across a reload', async () => {
    const plot = { logline: { en: 'A bodyguard avenges her friend.', ko: '경호원이 친구의 복수에 나선다.' }, text: { en, ko }, spoilers: true };
    page = await openBuilder({ draft: JSON.stringify({ title: 'Ballerina', plot }, null, 2) });
    const section = openSection(page, 'Plot');
    const text = page.holder('plot.text');
    expect(text.querySelector('legend')!.textContent).to.equal('Text, in each language');
    expect(shown(text)).to.deep.equal([['Language (such as ko)', 'en'], ['Text', en], ['Language (such as ko)', 'ko'], ['Text', ko]]);
    const korean = labelled<HTMLTextAreaElement>(inLanguage(text, 'ko'), 'Text');
    expect(korean.localName).to.equal('textarea');
    expect(korean.lang).to.equal('ko');
    expect(page.holder('plot.logline').querySelector('legend')!.textContent).to.equal('One line without spoilers, in each language');
    expect(shown(page.holder('plot.logline'))).to.deep.equal([['Language (such as ko)', 'en'], ['One line without spoilers', plot.logline.en],
      ['Language (such as ko)', 'ko'], ['One line without spoilers', plot.logline.ko]]);
    expect([...section.querySelectorAll<Control>('input, textarea')].filter((c) => c.value.includes('{')), 'no field shows JSON').to.deep.equal([]);
    // The rows stack, each as wide as the form: a rule says where the English one ends.
    const rule = (row: HTMLElement) => getComputedStyle(row).borderTopStyle;
    expect([rule(inLanguage(text, 'en')), rule(inLanguage(text, 'ko'))]).to.deep.equal(['none', 'solid']);
    expect(page.$('summary').textContent!.trim()).to.equal('No problems.');

    // An edit in one language changes that language only.
    type(korean, `${ko}\n\n옥주는 노트를 들고 떠난다.`);
    type(labelled(inLanguage(page.holder('plot.logline'), 'en'), 'One line without spoilers'), 'A bodyguard avenges her best friend.');
    const edited = { ...plot, logline: { ...plot.logline, en: 'A bodyguard avenges her best friend.' }, text: { en, ko: `${ko}\n\n옥주는 노트를 들고 떠난다.` } };
    expect(page.json().plot).to.deep.equal(edited);
    await expectAccessible(page);

    page = await reopen(page);
    openSection(page, 'Plot');
    expect(page.json().plot).to.deep.equal(edited);
    expect(shown(page.holder('plot.text'))).to.deep.equal([['Language (such as ko)', 'en'], ['Text', en], ['Language (such as ko)', 'ko'], ['Text', edited.text.ko]]);
    expect(labelled(inLanguage(page.holder('plot.logline'), 'en'), 'One line without spoilers').value).to.equal('A bodyguard avenges her best friend.');
  });

  it('shows and edits a plot written as plain text as before, and keeps a plot that is only its text written short', async () => {
    page = await openBuilder({ draft: JSON.stringify({ title: 'Ballerina', plot: 'Ok-ju sets out.' }) });
    openSection(page, 'Plot');
    const text = () => page.holder('plot.text');
    expect(text().querySelector('fieldset')).to.equal(null);
    expect(shown(text())).to.deep.equal([['Text', 'Ok-ju sets out.']]);
    type(labelled<HTMLTextAreaElement>(text(), 'Text'), en);
    expect(page.json().plot).to.equal(en);

    // Another language: the text so far becomes the English one, and the plot the map of both.
    button(text(), 'Add a language').click();
    const tag = page.doc.activeElement as HTMLInputElement;
    expect(tag).to.equal(labelled(inLanguage(text(), ''), 'Language'));
    type(tag, 'ko');
    type(labelled(inLanguage(text(), 'ko'), 'Text'), ko);
    expect(page.json().plot).to.deep.equal({ en, ko });
    expect(shown(text())).to.deep.equal([['Language (such as ko)', 'en'], ['Text', en], ['Language (such as ko)', 'ko'], ['Text', ko]]);

    // A logline beside it makes the plot an object; without it, the plot is its text again.
    const logline = labelled<HTMLTextAreaElement>(page.holder('plot.logline'), 'One line without spoilers');
    type(logline, 'A bodyguard avenges her friend.');
    expect(page.json().plot).to.deep.equal({ text: { en, ko }, logline: 'A bodyguard avenges her friend.' });
    type(logline, '');
    expect(page.json().plot).to.deep.equal({ en, ko });

    page = await reopen(page);
    openSection(page, 'Plot');
    expect(page.json().plot).to.deep.equal({ en, ko });
    expect(shown(text())).to.deep.equal([['Language (such as ko)', 'en'], ['Text', en], ['Language (such as ko)', 'ko'], ['Text', ko]]);
    button(inLanguage(text(), 'ko'), 'Remove').click();
    expect(page.json().plot).to.deep.equal({ en });
  });

  it('gives a film\'s description, a milestone\'s text and a review\'s body per language too, in Korean, and gives them back unchanged', async () => {
    const film = {
      title: 'Ballerina',
      description: { en: 'A 2023 South Korean action thriller film.', ko: '2023년 한국 액션 스릴러 영화.' },
      reviews: [{ outlet: 'Paper', body: { en: 'Style carries it.\n\nThe plot does not.', ko: '스타일이 끌고 간다.\n\n이야기는 그렇지 못하다.' } }],
      milestones: [{ date: '2023-10-06', text: { en: 'Released on Netflix.', ko: '넷플릭스 공개.' } }],
    };
    const written = JSON.stringify(film, null, 2);
    page = await openBuilder({ ui: 'ko', draft: written });
    openSection(page, '리뷰');
    openSection(page, '제작 일정');
    const expected: [string, string, string, Record<string, string>][] = [
      ['description', '언어별 짧은 설명', '짧은 설명', film.description],
      ['reviews[0].body', '언어별 리뷰 본문', '리뷰 본문', film.reviews[0]!.body],
      ['milestones[0].text', '언어별 글', '글', film.milestones[0]!.text],
    ];
    for (const [path, legend, label, map] of expected) {
      const field = page.holder(path);
      expect(field.querySelector('legend')!.textContent, path).to.equal(legend);
      expect(shown(field), path).to.deep.equal([['언어 (ko 같은 코드)', 'en'], [label, map.en], ['언어 (ko 같은 코드)', 'ko'], [label, map.ko]]);
      expect(labelled(inLanguage(field, 'ko', '언어'), label).localName, path).to.equal('textarea');
    }
    expect(page.$<HTMLTextAreaElement>('json').value).to.equal(written);

    type(labelled(inLanguage(page.holder('milestones[0].text'), 'ko', '언어'), '글'), '넷플릭스에서 공개.');
    expect(page.json()).to.deep.equal({ ...film, milestones: [{ ...film.milestones[0], text: { en: 'Released on Netflix.', ko: '넷플릭스에서 공개.' } }] });
    await expectAccessible(page);
  });

  it('shows any short text given per language as a field per language: an outlet, a verdict, an award, another film\'s title', async () => {
    const film = {
      title: 'Ballerina',
      reviews: [{ outlet: { en: 'Korea JoongAng Daily', ko: '코리아중앙데일리' }, verdict: { en: 'Worth it', ko: '볼 만하다' }, quote: 'Stylish.' }],
      accolades: [{ award: { en: 'Blue Dragon Film Awards', ko: '청룡영화상' }, category: 'Best New Director', result: 'nominated' }],
      otherFilms: [{ title: { en: 'Time to Hunt', ko: '사냥의 시간' }, year: 2020 }],
    };
    const written = JSON.stringify(film, null, 2);
    page = await openBuilder({ draft: written });
    for (const heading of ['Reviews', 'Accolades', 'Other films with this title']) openSection(page, heading);
    for (const [path, label, map] of [['reviews[0].outlet', 'Outlet', film.reviews[0]!.outlet], ['reviews[0].verdict', 'Verdict', film.reviews[0]!.verdict],
      ['accolades[0].award', 'Award', film.accolades[0]!.award], ['otherFilms[0].title', 'Title', film.otherFilms[0]!.title]] as const) {
      const field = page.holder(path);
      expect(shown(field), path).to.deep.equal([['Language (such as ko)', 'en'], [label, map.en], ['Language (such as ko)', 'ko'], [label, map.ko]]);
      expect(labelled(inLanguage(field, 'ko'), label).lang, path).to.equal('ko');
    }
    // Given as one text, a field stays one text; a pasted map is not turned into one.
    expect(shown(page.holder('accolades[0].category'))).to.deep.equal([['Category', 'Best New Director']]);
    expect(page.$<HTMLTextAreaElement>('json').value).to.equal(written);

    type(labelled(inLanguage(page.holder('accolades[0].award'), 'ko'), 'Award'), '청룡영화상 시상식');
    expect(page.json().accolades[0].award).to.deep.equal({ en: 'Blue Dragon Film Awards', ko: '청룡영화상 시상식' });
    await expectAccessible(page);
  });

  it('shows a list of text with entries per language one language to a line, and keeps each entry while its line is unchanged', async () => {
    const film = {
      title: 'Ballerina',
      credits: { directors: [{ name: 'Lee Chung-hyun', altNames: [{ text: '이충현', lang: 'ko' }] }] },
      reviews: [{ outlet: 'Blog', pros: [{ en: 'Tense action', ko: '긴장감 있는 액션' }, 'Short'] }],
    };
    page = await openBuilder({ draft: JSON.stringify(film, null, 2) });
    for (const heading of ['Credits', 'Reviews']) openSection(page, heading);
    const pros = labelled<HTMLTextAreaElement>(page.holder('reviews[0].pros'), 'Pros');
    expect(pros.value).to.equal('Tense action\nShort');
    expect(describedBy(page, pros)).to.deep.equal(['A line given in several languages shows one of them here; its other languages are kept while the line stays as it is. The JSON view shows them all.']);
    type(pros, 'Tense action\nShort\nA fine score');
    expect(page.json().reviews[0].pros).to.deep.equal([{ en: 'Tense action', ko: '긴장감 있는 액션' }, 'Short', 'A fine score']);
    // A line the author changed is the author's new text.
    type(pros, 'Tense fights\nShort');
    expect(page.json().reviews[0].pros).to.deep.equal(['Tense fights', 'Short']);

    // Other spellings given with their language keep it when another is added.
    const spellings = labelled<HTMLTextAreaElement>(page.holder('credits.directors[0]'), 'Other spellings');
    expect(spellings.value).to.equal('이충현');
    type(spellings, '이충현\nLee Choong-hyun');
    expect(page.json().credits.directors[0].altNames).to.deep.equal([{ text: '이충현', lang: 'ko' }, 'Lee Choong-hyun']);
    await expectAccessible(page);
  });

  it('shows text that is neither one text nor text per language as its JSON, rather than an empty field', async () => {
    page = await openBuilder({ draft: JSON.stringify({ title: 'Ballerina', description: { english: 'A thriller.' } }) });
    expect(labelled(page.holder('description'), 'Short description').value).to.equal('{"english":"A thriller."}');
  });
});
