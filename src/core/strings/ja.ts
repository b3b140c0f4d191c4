import type { Strings } from './en.js';
import { loadingWords } from './loading.js';
import { formatNumber } from '../../model/format.js';

/** Japanese, in the words of Japanese Wikipedia's film infobox. Japanese has no plural forms. */
const num = (n: number) => formatNumber(n, 'ja');

export const ja: Strings = {
  loading: loadingWords.ja,
  errorTitle: 'この映画情報を表示できませんでした',
  retry: '再試行',
  errorDetails: 'ページ作成者向けの詳細',
  atLine: (line, column) => `${num(line)}行目、${num(column)}列目`,
  empty: 'この要素には映画データが指定されていません。',
  notFound: (url) => `${url} に映画データが見つかりません（404）。`,
  httpStatus: (url, status) => `${url} の映画データに対し、サーバーが ${status} を返しました。`,
  network: (url) => `${url} の映画データに接続できませんでした。アドレスと接続を確認してください。`,
  timeout: (url, seconds) => `${url} の映画データが${num(seconds)}秒以内に届きませんでした。`,
  htmlNotJson: (where) => `${where} は JSON の映画データではなくウェブページを返しました。`,
  notJson: (where, detail) => `${where} は正しい JSON ではありません: ${detail}`,
  missingId: (id) => `ページに id="${id}" の <script> が見つかりません。`,
  notFilm: (detail) => `このデータは映画を表していません: ${detail}`,
  readerMissing: 'この映画データを読み込むウィジェットの部品を取得できませんでした。接続を確認してページを再読み込みしてください。',
  inlineScript: '要素内のスクリプト',
  problemsLogged: (n) => `${num(n)}件の問題`,

  directors: '監督',
  producers: '製作',
  writers: '脚本',
  screenplay: '脚色',
  story: '原案',
  basedOn: '原作',
  starring: '出演者',
  narrators: 'ナレーター',
  music: '音楽',
  cinematography: '撮影',
  editors: '編集',
  production: () => '製作会社',
  distributors: '配給',
  released: () => '公開',
  runtime: '上映時間',
  countries: () => '製作国',
  languages: () => '言語',
  budget: '製作費',
  boxOffice: '興行収入',
  originalTitle: '原題',
  inAnotherSource: (value) => `別の出典では${value}`,
  sources: '出典',
  sourceOfAll: '出典：',
  mainSource: '主な出典：',
  source: (n) => `出典${num(n)}`,
  infobox: (title) => `${title}：映画情報`,
  footnoteKeys: '脚注：矢印キーで脚注の間を移動できます。',
  footnoteBack: '本文に戻る',

  // <review-card>
  reviewBy: (by) => (by ? `${by}によるレビュー` : 'レビュー'),
  reviewRated: (rating) => `評価：${rating}`,
  reviewVerdict: '総評',
  reviewCriteria: '項目別評価',
  reviewPros: '良い点',
  reviewCons: '悪い点',
  reviewAudience: 'こんな人におすすめ',
  reviewRecommendations: 'この映画が気に入ったら',
  reviewReaders: '読者の評価',
  reviewNoReaderRatings: 'まだ読者の評価はありません',
  reviewReaderRatings: (n) => `${num(n)}件の評価`,
  reviewReadFull: 'レビュー全文を読む',
  reviewIn: (outlet) => `（${outlet}）`,
  reviewSpoilers: 'このレビューにはネタバレが含まれます。',
  reviewShowSpoilers: 'レビューを表示',
  reviewHideSpoilers: 'レビューを隠す',
  reviewMore: 'このレビューの続き',
  reviewLess: '閉じる',
  reviewNone: 'この映画のデータにはレビューがありません。',
  reviewEmpty: 'このレビューには表示する内容がありません。',
  reviewMissing: (which, known) => `この映画のデータにレビュー「${which}」はありません。あるレビュー：${known}。`,

  // <film-scores>
  scoresLabel: (title) => (title ? `${title}：評価と視聴記録` : '評価と視聴記録'),
  scoresCritics: '批評家',
  scoresReviews: (n) => `レビュー${num(n)}件`,
  scoresAverage: (rating) => `平均${rating}`,
  scoresQuoted: 'ここに引用したレビュー',
  scoresRated: (rated) => (rated === 0 ? '点数をつけたものはなし' : `うち${num(rated)}件が点数をつけている`),
  scoresMean: (mean) => `平均${mean}`,
  scoresDerived: 'このページに引用したレビューから算出した値で、どの媒体も発表していません。',
  scoresViewing: '視聴記録',
  scoresPeriod: '期間',
  scoresViews: '視聴回数',
  scoresHours: '視聴時間',
  scoresHoursValue: (hours) => `${hours}時間`,
  scoresChart: 'ランキング',
  scoresRank: (rank, chart) => `${chart}で${num(rank)}位`,
  scoresNone: 'この映画のデータには評価も視聴記録もありません。',

  // <film-card>
  cardGenres: 'ジャンル',
  cardDirectedBy: (names) => `監督：${names}`,
  cardScoreShort: (value, best) => `${value}/${best}`,
  // <film-hatnote>
  hatnoteAbout: (year, countries) =>
    `この記事は${year ? `${year}の` : ''}${countries ? `${countries}の` : ''}映画について説明しています。`,
  hatnoteOne: (film, year) => [`同名の${year ? `${year}の` : '別の'}映画については「`, film, '」をご覧ください。'],
  hatnoteMany: (films) => ['同名の他の映画については', ...films, 'をご覧ください。'],
  hatnoteFilmName: (title, year) => (year ? `${title} (${year}の映画)` : title),
  // <film-timeline>
  timelineHeading: '製作と公開',
  timelineEmpty: '製作や公開の日付はわかっていません。',
  timelineRelease: (place, note) => (place ? `公開：${place}${note ? `（${note}）` : ''}` : note ? `公開（${note}）` : '公開'),
  // <accolade-table>
  accoladeTitle: (title) => (title ? `${title}の受賞とノミネート` : '受賞とノミネート'),
  accoladeAward: '賞',
  accoladeDate: '授賞式の日付',
  accoladeCategory: '部門',
  accoladeRecipients: '対象',
  accoladeResult: '結果',
  accoladeRefs: '出典',
  accoladeWon: '受賞',
  accoladeNominated: 'ノミネート',
  accoladePending: '発表待ち',
  accoladeUnknown: '不明',
  accoladeTotals: (wins, nominations, pending, unknown) => {
    const known = !nominations ? '' :
      (wins ? `ノミネート${num(nominations)}件中${num(wins)}件受賞` : `ノミネート${num(nominations)}件`) +
      (pending ? `、発表待ち${num(pending)}件` : '');
    if (!unknown) return known || 'ノミネート0件';
    return known ? `${known}。ほか結果不明${num(unknown)}件` : `${num(unknown)}件（結果不明）`;
  },
  accoladeAwardTotals: (award, totals) => `${award}：${totals}`,
  accoladeByAward: '賞ごとの集計',
  accoladeAllResults: 'すべての結果',
  accoladeAllAwards: 'すべての賞',
  accoladeOption: (label, n) => `${label}（${num(n)}）`,
  accoladeSeveral: (labels) => labels.join('、'),
  accoladeAscending: '昇順',
  accoladeDescending: '降順',
  accoladeStatus: (shown, total, filtered, sort) =>
    [
      filtered ? `全${num(total)}件中${num(shown)}件を表示` : '',
      sort ? `${sort.column}の${sort.direction}で並べ替え（賞ごとのまとまりは解除）` : '',
    ].filter(Boolean).join('、') + (filtered || sort ? '。' : ''),
  accoladeNoMatch: 'この条件に合う受賞歴はありません。',
  accoladeShowAll: 'すべて表示',
  accoladeNone: 'この映画の受賞歴は載っていません。',

  // <cast-list>
  castTitle: 'キャスト',
  castLabel: (title) => (title ? `${title}のキャスト` : 'キャスト'),
  castLine: (actor, character, note) => [
    actor,
    ...(character ? ['：', character, '役'] : []),
    ...(note ? ['（', note, '）'] : []),
  ],
  castKnownFor: (works) => `主な出演作：${works}`,
  castShowAll: (n) => `全${num(n)}人を表示`,
  castShowFewer: '閉じる',
  castNone: 'この映画のキャストは載っていません。',
  castGuide: (character) => `${character}について（ネタバレ）`,

  // <content-advisory>
  advisoryTitle: 'レーティング',
  advisoryLabel: (rating) => `レーティング：${rating}`,
  advisoryContains: '含まれる内容',
  advisoryCategories: {
    dialog: '台詞',
    violence: '暴力',
    sexual: '性的な内容',
    misc: 'その他',
  },
  advisoryNone: 'この映画のレーティングは示されていません。',

  // <film-plot>
  plotTitle: 'あらすじ',
  plotLabel: (title) => (title ? `${title}のあらすじ` : 'あらすじ'),
  plotReveal: 'あらすじをすべて表示（ネタバレを含む）',
  plotHide: 'あらすじを隠す',
  plotFull: 'あらすじ（全文）',
  plotNone: 'この映画のあらすじは示されていません。',

  // <film-trailer>
  trailerPlay: (name) => `予告編を再生: ${name}`,
  trailerWatch: (name) => `予告編を見る: ${name}`,
  trailerFrame: (name) => `予告編: ${name}`,
  trailerNone: 'この映画の予告編のアドレスは示されていません。',
  // <film-list>
  listUntitled: '映画',
  listFacts: '作品情報',
  listEmpty: 'このリストには映画がありません。',
  listNotList: (detail) => `データは映画のリストではありません: ${detail}`,
  listDirectedBy: (names) => `監督: ${names}`,
};
