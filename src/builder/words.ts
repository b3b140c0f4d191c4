// The builder's words: the tables of demo/builder/strings.js, with the words of the fields added
// since (the date fields, the note on an amount, the trailer's thumbnail), merged in by key; and
// the refusals of the importers and of the JSON reader, which are English sentences of their
// own, said in Korean from what they refused and the values they name.
import { tables as written } from '../../demo/builder/strings.js';
import { DEFAULT_MAX_DEPTH, MAX_JSON_CHARS } from '../model/json-depth.js';
import type { RefusalReason, Refusals } from '../import/importer.js';
import type { NoteReason, NoteReasons } from '../import/notes.js';

/** An importer's refusal (src/import/importer.ts), in one language. */
type RefusalWords = { [R in RefusalReason]: (values: Refusals[R]) => string };
/** Why the JSON reader read no JSON at all (src/model/json-text.ts). */
type Unreadable = NonNullable<Refusals['notJson']['refused']>;

const unreadableKo: Record<Unreadable, string> = {
  html: '웹 페이지의 HTML입니다',
  deep: `영화 데이터가 ${DEFAULT_MAX_DEPTH}단계보다 깊이 중첩되어 읽지 않았습니다`,
  long: `영화 데이터가 읽을 수 있는 ${MAX_JSON_CHARS.toLocaleString('ko')}자보다 깁니다`,
  empty: '비어 있습니다',
};

/** What an import noted and could not use (src/import/notes.ts), in one language. */
type NoteWords = { [R in NoteReason]: (values: NoteReasons[R]) => string };

const notedKo: NoteWords = {
  wikiFile: () => '위키백과의 파일 이름이지 웹 주소가 아닙니다',
  imageCaption: () => '정보상자 그림의 설명으로, 가져오지 않습니다',
  notAParameter: ({ key, template }) => `“${key}”은(는) 영화에 넣을 자리가 있는 ${template}의 매개변수가 아닙니다`,
  strayText: () => '정보상자 안에 매개변수 이름 없이 적힌 글입니다',
  notRuntime: () => '분 단위의 상영 시간이 아닙니다',
  notMoney: () => '통화가 있는 금액이 아닙니다',
  moneyRange: () => '금액의 범위입니다. 영화에는 금액이 하나만 들어가니 하나를 골라 직접 넣으세요',
  unknownTemplate: ({ template }) => `가져오기가 읽지 못하는 틀 {{${template}}}입니다`,
  explanatoryFootnote: () => '설명 각주입니다. 영화에는 사실에 붙는 설명을 넣을 자리가 없습니다',
  nameAside: ({ aside }) => `“${aside}”은(는) 이름 뒤에 덧붙인 말로, 영화에는 넣을 자리가 없습니다`,
  scoreUnread: () => '평점 집계 사이트를 말하는 문장이지만 점수를 읽지 못했습니다',
  castTrivia: () => '출연 줄 가운데 캐스팅이나 배우에 관한 이야기입니다. 영화에는 배역과 인물에 관한 설명만 들어갑니다',
  secondInfobox: () => '두 번째 영화 정보상자입니다. 첫 번째만 읽었습니다',
  sectionsUnread: () => '가져오기가 읽지 않는 문단입니다. 정보상자, 출연 목록, 줄거리, 수상 표를 읽고, 영어 위키백과에서는 평가의 점수도 읽습니다',
  notReleaseDate: () => '달력의 날짜가 아닌 개봉일입니다',
  citationDate: () => '달력의 날짜가 아닌 인용 날짜입니다',
  citationEmpty: () => '제목도, 출판사도, URL도 없는 인용입니다',
  referenceEmpty: () => '가져오기가 읽을 수 있는 글이 없는 각주입니다',
  referenceMissing: () => '내용이 이 위키텍스트에 없는 각주입니다. 문서의 원본 전체를 붙여 넣으면 남습니다',
  htmlRemoved: () => '글 안의 HTML 태그를 지웠습니다. 영화의 글은 일반 텍스트입니다',
  schemaUnread: () => 'JSON-LD 읽기가 읽지 않는 schema.org 속성입니다',
  scoreWhose: () => '누가 매긴 것인지 밝히지 않은 점수입니다',
  otherRatings: () => '다른 나라의 관람 등급입니다. 영화에는 등급이 하나만 들어갑니다',
  tmdbUnread: () => 'TMDB가 주지만 영화에 넣을 자리가 없는 것입니다: 태그라인, 속한 시리즈, 배경 이미지',
  letterGrade: () => '숫자가 아닌 등급 점수입니다. 영화의 점수는 숫자이고, 등급을 숫자로 바꾸지 않습니다',
  unlabelled: () => '위키데이터 ID만 있고 이름이 없어 뺐습니다. 이름까지 가져오려면 영화를 ID(Q…)로 가져오세요',
  notJsonLd: () => 'JSON이 아닌 JSON-LD 블록이라 건너뛰었습니다',
  relativeLinks: () => '페이지가 자기 주소를 밝히지 않아(canonical 링크, og:url, <base> 없음) 상대 링크를 뺐습니다',
};

/** The services a film is fetched from, as Korean names them. */
const serviceKo = (name: string) => ({ Wikipedia: '위키백과', Wikidata: '위키데이터' } as Record<string, string>)[name] ?? name;
const kindKo = (kind: string) => (written.ko.kinds as Record<string, string>)[kind] ?? (written.ko.moreKinds as Record<string, string>)[kind] ?? kind;

const refusedKo: RefusalWords = {
  empty: () => '텍스트가 비어 있습니다',
  noKind: ({ kinds }) => `${kinds.map(kindKo).join(', ')} 가운데 어느 것도 아니어서 영화를 읽을 수 없습니다. 위키백과 문서의 원본을 편집 페이지에서 복사하거나 영화 페이지를 저장해 그 파일을 여세요`,
  noTitle: () => '읽을 수 있는 영화 제목이 없습니다. 원본에 제목을 넣거나 다른 것을 가져오세요',
  notJson: ({ line, column, detail, refused }) =>
    `올바른 JSON이 아닙니다${line === undefined ? '' : ` (${line}번째 줄, ${column}번째 글자)`}: ${refused ? unreadableKo[refused] : detail}`,
  notAFilm: ({ detail }) => `이 JSON은 영화가 아닙니다: ${detail}`,
  jsonLdNotAFilm: ({ detail }) => `이 JSON-LD에서 영화를 읽지 못했습니다: ${detail}`,
  jsonLdNoName: () => '이 JSON-LD의 Movie는 "name"이 비어 있어 영화 제목이 없습니다. 이름을 넣거나 다른 페이지를 가져오세요',
  wikitextNoInfobox: () => '이 위키텍스트에는 영화 정보상자({{Infobox film}}이나 {{영화 정보}})도 수상 표도 없어 영화를 읽을 수 없습니다. 문서의 원본을 편집 페이지에서 복사하세요',
  wikitextOtherInfobox: ({ template }) => `이 문서의 정보상자 {{${template}}}는 다른 언어 위키백과의 것이라 읽지 못합니다. 영어나 한국어 위키백과 문서를 가져오거나, 모든 언어의 이름을 주는 위키데이터 ID로 영화를 가져오세요`,
  notWikitext: () => '위키텍스트도, 웹 페이지도, JSON도 아니어서 영화를 읽을 수 없습니다',
  wikitextNoTitle: () => '정보상자에 "name"이 없고 문서에 굵은 제목도 없어 영화 제목이 없습니다. 정보상자에 "| name = …"을 넣으세요',
  pageWikipedia: ({ title }) => `위키백과 문서 "${title}"을(를) 웹 페이지로 저장한 것이라 사실을 읽을 수 없습니다. 문서 제목으로 가져오거나, 편집 페이지에서 원본을 붙여 넣으세요`,
  pageNoJsonLd: () => '이 페이지에는 schema.org JSON-LD가 없어 영화를 읽을 수 없습니다. 영화 자체의 페이지(IMDb나 Letterboxd의 영화 메인 페이지)를 저장하세요',
  notTmdb: () => 'TMDB 영화가 아닙니다. TMDB API에서 /movie/{id}를 가져오세요',
  tmdbPartAlone: ({ part, id }) => `TMDB 영화의 ${part}만 있고 영화는 없습니다. 대신 /movie/${id}?append_to_response=${part}를 가져오세요`,
  tmdbNoTitle: () => '이 TMDB 영화에는 제목이 없습니다. 영화의 상세 정보(/movie/{id})를 다시 가져오세요',
  notWikidata: () => '위키데이터 항목이 아닙니다. 영화의 Special:EntityData/Q….json을 가져오세요',
  wikidataNoEntity: () => '이 위키데이터 문서에는 진술이 있는 항목이 없습니다. 영화의 Special:EntityData/Q….json을 가져오세요',
  wikidataNoLabel: ({ id }) => `위키데이터 항목 ${id}에 레이블이 없어 영화 제목이 없습니다. 위키데이터에서 레이블을 넣거나 다른 출처를 가져오세요`,
  timeout: ({ service, seconds }) => `${serviceKo(service)}에서 ${seconds}초 안에 응답이 없습니다. 인터넷 연결을 확인하고 다시 해 보세요`,
  unreachable: ({ service, host }) => `${serviceKo(service)}에 연결할 수 없습니다. 인터넷 연결과, ${host}을(를) 막는 확장 프로그램이 없는지 확인한 뒤 다시 해 보세요`,
  tmdbKeyRefused: () => 'TMDB가 API 키를 받아들이지 않았습니다. themoviedb.org(설정, API)에서 키를 다시 복사해 넣고 다시 해 보세요',
  serviceRefused: ({ service, status }) => `${serviceKo(service)}에서 요청을 거절했습니다(HTTP ${status}). 나중에 다시 해 보세요`,
  tooManyRequests: ({ service, seconds }) => `${serviceKo(service)}에 요청이 너무 많습니다. ${seconds === undefined ? '1분' : `${seconds}초`} 기다린 뒤 다시 해 보세요`,
  serviceError: ({ service, status }) => `${serviceKo(service)}에서 오류로 응답했습니다(HTTP ${status}). 몇 분 뒤에 다시 해 보세요`,
  answerNotJson: ({ service }) => `${serviceKo(service)}의 응답이 JSON이 아닙니다. 몇 분 뒤에 다시 해 보세요`,
  answerNotFilm: ({ service }) => `${serviceKo(service)}의 응답에 영화가 없습니다. 몇 분 뒤에 다시 해 보세요`,
  tmdbId: ({ given }) => `“${given}”은(는) TMDB 영화 ID가 아닙니다. 영화의 TMDB 주소에 있는 숫자를 넣으세요(themoviedb.org/movie/496243-parasite 라면 496243)`,
  tmdbKey: () => 'TMDB에서 가져오려면 내 API 키가 필요합니다. themoviedb.org(설정, API)에서 무료로 받아 ID와 함께 넣으세요',
  tmdbMissing: ({ id }) => `TMDB에 ${id}번 영화가 없습니다. 영화의 TMDB 주소에 있는 숫자를 확인하세요(themoviedb.org/movie/496243-parasite 라면 496243)`,
  wikidataId: ({ given }) => `“${given}”은(는) 위키데이터 ID가 아닙니다. 영화의 위키데이터 페이지 맨 위에 있는 Q와 숫자를 넣으세요(Q61448040)`,
  wikidataMissing: ({ id }) => `위키데이터에 ${id} 항목이 없습니다. 영화의 위키데이터 페이지 맨 위에 있는 ID를 확인하세요`,
  wikidataLabels: () => '위키데이터에서 영화에 나오는 이름들을 받지 못했습니다. 나중에 다시 해 보세요',
  noArticleTitle: () => '문서 제목이 없습니다. 문서 맨 위에 나오는 제목을 넣으세요(기생충 (영화))',
  wikiLanguage: ({ wiki }) => `“${wiki}”은(는) 위키백과 언어 코드가 아닙니다. ko.wikipedia.org의 ko처럼 코드를 넣으세요(ko, en, ja)`,
  wikipediaMissing: ({ wiki, title }) => `위키백과(${wiki})에 “${title}” 문서가 없습니다. 문서 맨 위에 나오는 제목과 위키백과 언어를 확인하세요`,
};

const more = {
  en: {
    fields: { moneyNote: 'What the figure covers', name: 'Name', thumbnail: 'Thumbnail', uploadDate: 'Upload date', photo: 'Photo' },
    linesLocal: 'A line given in several languages shows one of them here; its other languages are kept while the line stays as it is. The JSON view shows them all.',
    hints: {
      budgetNote: 'Optional, in a few words: "estimated", "net", "as of 2024".',
      boxOfficeNote: 'Optional, in a few words: where or when the figure is from, such as "worldwide", "US and Canada", "as of March 2024".',
      thumbnailSrc: 'A still from the trailer, not the poster. Search engines show a video only with a thumbnail and an upload date.',
      thumbnailAlt: 'For readers who cannot see the image: what the still shows, in a sentence.',
      photoSrc: 'A photo of the actor, at an address you may use (your own site, or one whose licence allows it).',
      photoAlt: 'For readers who cannot see the photo: who it shows, such as "Jeon Jong-seo".',
      uploadDate: 'The day the video was put online, as its page shows it.',
    },
    date: {
      placeholder: 'September 15, 1995 or 1995',
      // Beside the date control, whose own format is in numbers (mm/dd/yyyy), the words are no repeat.
      besidePicker: 'September 15, 1995 or 1995',
      hint: 'Type it as you would write it (September 15, 1995; 15 September 1995; September 1995; 1995), or pick a day.',
      pick: 'Pick a day',
      readsAs: (date: string) => `Reads as ${date}.`,
      notADate: 'Not a date yet: write it as September 15, 1995, 15 September 1995, September 1995 or 1995.',
    },
    // In English, a refusal or a note is the importer's or the reader's own sentence.
    refused: {} as Partial<RefusalWords>,
    noted: {} as Partial<NoteWords>,
    unreadable: {} as Partial<Record<Unreadable, string>>,
  },
  ko: {
    fields: { moneyNote: '금액이 가리키는 범위', name: '이름', thumbnail: '썸네일', uploadDate: '올린 날짜', photo: '사진' },
    linesLocal: '여러 언어로 적힌 줄은 여기서 그중 한 언어로 보입니다. 줄을 고치지 않으면 다른 언어도 그대로 남습니다. JSON 보기에서 모두 볼 수 있습니다.',
    hints: {
      budgetNote: '선택, 몇 단어로: "추정", "순제작비", "2024년 기준".',
      boxOfficeNote: '선택, 몇 단어로: 어디 또는 언제의 수치인지. 예: "전 세계", "미국과 캐나다", "2024년 3월 기준".',
      thumbnailSrc: '포스터가 아닌 예고편의 한 장면. 검색 엔진은 썸네일과 올린 날짜가 있는 동영상만 보여 줍니다.',
      thumbnailAlt: '이미지를 볼 수 없는 독자를 위해 장면에 무엇이 있는지 한 문장으로.',
      photoSrc: '배우 사진의 주소. 써도 되는 사진이어야 합니다(내 사이트, 또는 라이선스가 허락하는 곳).',
      photoAlt: '사진을 볼 수 없는 독자를 위해 누구의 사진인지. 예: "전종서".',
      uploadDate: '동영상이 올라온 날짜. 동영상 페이지에 나온 대로 적으세요.',
    },
    date: {
      placeholder: '1995년 9월 15일 또는 1995',
      // The date control beside the field shows a day as the field takes it (연도-월-일): the
      // placeholder gives what the control cannot hold, a year or a month alone.
      besidePicker: '1995년 또는 1995년 9월',
      hint: '1995년 9월 15일, 1995년 9월, 1995년처럼 적거나 (1995-09-15나 영어 표기 September 15, 1995도 됩니다) 달력에서 날짜를 고르세요.',
      pick: '달력에서 고르기',
      readsAs: (date: string) => `${date}(으)로 읽습니다.`,
      notADate: '아직 날짜가 아닙니다: 1995년 9월 15일, 1995년 9월, 1995년 또는 1995-09-15처럼 적으세요.',
    },
    refused: refusedKo,
    noted: notedKo,
    unreadable: unreadableKo,
  },
};

const merged = <B extends { fields: object; hints: object }, M extends { fields: object; hints: object }>(base: B, added: M) =>
  ({ ...base, ...added, fields: { ...base.fields, ...added.fields }, hints: { ...base.hints, ...added.hints } });

export const tables = { en: merged(written.en, more.en), ko: merged(written.ko, more.ko) };
export type Words = typeof tables.en;
export type UiLanguage = keyof typeof tables;
