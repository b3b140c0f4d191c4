import type { Strings } from './en.js';
import { loadingWords } from './loading.js';
import { formatNumber } from '../../model/format.js';

/**
 * Chinese in simplified characters, in the words of Chinese Wikipedia's film infobox. Chinese
 * has no plural forms. Traditional-script readers (zh-TW, zh-Hant…) are not given this table:
 * see `index.ts`.
 */
const num = (n: number) => formatNumber(n, 'zh');

export const zh: Strings = {
  loading: loadingWords.zh,
  errorTitle: '无法显示此电影信息',
  retry: '重试',
  errorDetails: '供页面作者查看的详细信息',
  atLine: (line, column) => `第 ${num(line)} 行，第 ${num(column)} 列`,
  empty: '没有为此元素提供电影数据。',
  notFound: (url) => `在 ${url} 找不到电影数据（404）。`,
  httpStatus: (url, status) => `请求 ${url} 的电影数据时，服务器返回了 ${status}。`,
  network: (url) => `无法访问 ${url} 的电影数据。请检查地址和网络连接。`,
  timeout: (url, seconds) => `${url} 的电影数据在 ${num(seconds)} 秒内未能送达。`,
  htmlNotJson: (where) => `${where} 返回的是网页，而不是 JSON 电影数据。`,
  notJson: (where, detail) => `${where} 不是有效的 JSON：${detail}`,
  missingId: (id) => `页面上找不到 id="${id}" 的 <script>。`,
  notFilm: (detail) => `这些数据描述的不是电影：${detail}`,
  readerMissing: '无法加载读取此电影数据的组件。请检查网络连接并重新加载页面。',
  inlineScript: '元素内的脚本',
  problemsLogged: (n) => `${num(n)} 个问题`,

  directors: '导演',
  producers: '监制',
  writers: '编剧',
  screenplay: '剧本',
  story: '故事',
  basedOn: '原著',
  starring: '主演',
  narrators: '旁白',
  music: '配乐',
  cinematography: '摄影',
  editors: '剪辑',
  production: () => '制片公司',
  distributors: '片商',
  released: () => '上映日期',
  runtime: '片长',
  countries: () => '产地',
  languages: () => '语言',
  budget: '成本',
  boxOffice: '票房',
  originalTitle: '原名',
  inAnotherSource: (value) => `另一来源作${value}`,
  sources: '参考资料',
  sourceOfAll: '来源：',
  mainSource: '主要来源：',
  source: (n) => `参考资料 ${num(n)}`,
  infobox: (title) => `${title}：电影信息`,
  footnoteKeys: '脚注：用方向键在脚注之间移动。',
  footnoteBack: '返回正文',

  // <review-card>
  reviewBy: (by) => (by ? `${by}的影评` : '影评'),
  reviewRated: (rating) => `评分：${rating}`,
  reviewVerdict: '总评',
  reviewCriteria: '分项评分',
  reviewPros: '优点',
  reviewCons: '缺点',
  reviewAudience: '适合谁看？',
  reviewRecommendations: '喜欢这部电影，也可以看看',
  reviewReaders: '读者评分',
  reviewNoReaderRatings: '暂无读者评分',
  reviewReaderRatings: (n) => `${num(n)} 人评分`,
  reviewReadFull: '阅读影评全文',
  reviewIn: (outlet) => `（${outlet}）`,
  reviewSpoilers: '这篇影评含有剧透。',
  reviewShowSpoilers: '显示影评',
  reviewHideSpoilers: '隐藏影评',
  reviewMore: '展开此影评',
  reviewLess: '收起',
  reviewNone: '这部电影的数据中没有影评。',
  reviewEmpty: '这篇影评没有可显示的内容。',
  reviewMissing: (which, known) => `这部电影的数据中没有影评“${which}”。现有影评：${known}。`,

  // <film-scores>
  scoresLabel: (title) => (title ? `${title}：评分与观看数据` : '评分与观看数据'),
  scoresCritics: '影评人',
  scoresReviews: (n) => `${num(n)} 篇影评`,
  scoresAverage: (rating) => `平均 ${rating}`,
  scoresQuoted: '本页引用的影评',
  scoresRated: (rated) => (rated === 0 ? '均未打分' : `其中 ${num(rated)} 篇打了分`),
  scoresMean: (mean) => `平均 ${mean}`,
  scoresDerived: '根据本页引用的影评计算得出，并非任何媒体公布的数字。',
  scoresViewing: '观看数据',
  scoresPeriod: '统计期间',
  scoresViews: '观看次数',
  scoresHours: '观看时长',
  scoresHoursValue: (hours) => `${hours} 小时`,
  scoresChart: '排行榜',
  scoresRank: (rank, chart) => `${chart}第 ${num(rank)} 名`,
  scoresNone: '这部电影的数据中没有评分或观看数据。',

  // <film-card>
  cardGenres: '类型',
  cardDirectedBy: (names) => `导演：${names}`,
  cardScoreShort: (value, best) => `${value}/${best}`,
  // <film-hatnote>
  hatnoteAbout: (year, countries) => `本文介绍的是${year ?? ''}${countries ?? ''}电影。`,
  hatnoteOne: (film, year) => [`关于同名的${year ? `${year}` : '另一部'}电影，请见“`, film, '”。'],
  hatnoteMany: (films) => ['关于其他同名电影，请见', ...films, '。'],
  hatnoteFilmName: (title, year) => (year ? `${title} (${year}电影)` : title),
  // <film-timeline>
  timelineHeading: '制作与上映',
  timelineEmpty: '没有已知的制作或上映日期。',
  timelineRelease: (place, note) => (place ? `上映：${place}${note ? `（${note}）` : ''}` : note ? `上映（${note}）` : '上映'),
  // <accolade-table>
  accoladeTitle: (title) => (title ? `${title}获奖与提名` : '获奖与提名'),
  accoladeAward: '奖项',
  accoladeDate: '颁奖日期',
  accoladeCategory: '类别',
  accoladeRecipients: '获奖或提名者',
  accoladeResult: '结果',
  accoladeRefs: '参考',
  accoladeWon: '获奖',
  accoladeNominated: '提名',
  accoladePending: '待揭晓',
  accoladeUnknown: '不详',
  accoladeTotals: (wins, nominations, pending, unknown) => {
    const known = !nominations ? '' :
      (wins ? `${num(nominations)} 项提名中获 ${num(wins)} 项奖` : `${num(nominations)} 项提名`) +
      (pending ? `，${num(pending)} 项待揭晓` : '');
    if (!unknown) return known || '0 项提名';
    return known ? `${known}；另有 ${num(unknown)} 项结果不详` : `共 ${num(unknown)} 项，结果不详`;
  },
  accoladeAwardTotals: (award, totals) => `${award}：${totals}`,
  accoladeByAward: '按奖项统计',
  accoladeAllResults: '所有结果',
  accoladeAllAwards: '所有奖项',
  accoladeOption: (label, n) => `${label}（${num(n)}）`,
  accoladeSeveral: (labels) => labels.join('、'),
  accoladeAscending: '升序',
  accoladeDescending: '降序',
  accoladeStatus: (shown, total, filtered, sort) =>
    [
      filtered ? `显示 ${num(total)} 项中的 ${num(shown)} 项` : '',
      sort ? `按${sort.column}${sort.direction}排列，未按奖项分组` : '',
    ].filter(Boolean).join('，') + (filtered || sort ? '。' : ''),
  accoladeNoMatch: '没有符合筛选条件的奖项。',
  accoladeShowAll: '显示全部',
  accoladeNone: '这部电影没有列出奖项。',

  // <cast-list>
  castTitle: '演员表',
  castLabel: (title) => (title ? `${title}演员表` : '演员表'),
  castLine: (actor, character, note) => [
    actor,
    ...(character ? [' 饰 ', character] : []),
    ...(note ? ['，', note] : []),
  ],
  castKnownFor: (works) => `代表作：${works}`,
  castShowAll: (n) => `显示全部 ${num(n)} 人`,
  castShowFewer: '收起',
  castNone: '这部电影没有列出演员。',
  castGuide: (character) => `关于${character}（含剧透）`,

  // <content-advisory>
  advisoryTitle: '分级',
  advisoryLabel: (rating) => `分级：${rating}`,
  advisoryContains: '包含',
  advisoryCategories: {
    dialog: '对白',
    violence: '暴力',
    sexual: '性内容',
    misc: '其他',
  },
  advisoryNone: '没有给出这部电影的分级。',

  // <film-plot>
  plotTitle: '剧情',
  plotLabel: (title) => (title ? `${title}剧情` : '剧情'),
  plotReveal: '显示完整剧情（含剧透）',
  plotHide: '隐藏完整剧情',
  plotFull: '完整剧情',
  plotNone: '没有给出这部电影的剧情简介。',

  // <film-trailer>
  trailerPlay: (name) => `播放预告片：${name}`,
  trailerWatch: (name) => `观看预告片：${name}`,
  trailerFrame: (name) => `预告片：${name}`,
  trailerNone: '未提供这部电影的预告片地址。',
  // <film-list>
  listUntitled: '电影',
  listFacts: '影片信息',
  listEmpty: '此列表中没有电影。',
  listNotList: (detail) => `数据不是电影列表：${detail}`,
  listDirectedBy: (names) => `导演：${names}`,
};
