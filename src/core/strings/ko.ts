import type { Strings } from './en.js';
import { loadingWords } from './loading.js';

/** Korean. The type makes a missing or misnamed entry a compile error. */
export const ko: Strings = {
  loading: loadingWords.ko,
  errorTitle: '영화 정보를 표시할 수 없습니다',
  retry: '다시 시도',
  empty: '이 요소에 영화 데이터가 주어지지 않았습니다.',
  notFound: (url) => `${url}에서 영화 데이터를 찾을 수 없습니다(404).`,
  httpStatus: (url, status) => `${url}의 영화 데이터 요청에 서버가 ${status}(으)로 응답했습니다.`,
  network: (url) => `${url}의 영화 데이터에 연결할 수 없습니다. 주소와 네트워크 연결을 확인하세요.`,
  timeout: (url, seconds) => `${url}의 영화 데이터가 ${seconds.toLocaleString('ko')}초 안에 도착하지 않았습니다.`,
  htmlNotJson: (where) => `${where}에서 JSON 영화 데이터 대신 웹 페이지를 보냈습니다.`,
  notJson: (where, detail) => `${where}의 내용이 올바른 JSON이 아닙니다: ${detail}`,
  missingId: (id) => `페이지에서 id="${id}"인 <script>를 찾을 수 없습니다.`,
  notFilm: (detail) => `데이터가 영화를 설명하지 않습니다: ${detail}`,
  jsonLdReaderMissing: '이 영화 데이터는 schema.org JSON-LD로 작성되어 있으나, 이를 읽는 위젯 구성 요소를 불러오지 못했습니다. 네트워크 연결을 확인하고 페이지를 새로 고치세요.',
  inlineScript: '요소 안의 스크립트',
  problemsLogged: (n) => `문제 ${n.toLocaleString('ko')}건`,

  directors: '감독',
  producers: '제작',
  writers: '각본',
  screenplay: '각색',
  story: '원안',
  basedOn: '원작',
  starring: '출연',
  narrators: '내레이션',
  music: '음악',
  cinematography: '촬영',
  editors: '편집',
  production: () => '제작사',
  distributors: '배급사',
  released: () => '개봉일',
  runtime: '상영 시간',
  countries: () => '국가',
  languages: () => '언어',
  budget: '제작비',
  boxOffice: '흥행 수입',
  originalTitle: '원제',
  inAnotherSource: (value) => `다른 출처: ${value}`,
  sources: '출처',
  source: (n) => `출처 ${n}`,
  infobox: (title) => `${title}: 영화 정보`,
  footnoteKeys: '각주: 화살표 키로 각주 사이를 이동합니다.',
  footnoteBack: '본문으로 돌아가기',

  // Element strings below, one block per element.
  // <review-card>
  reviewBy: (by) => (by ? `${by}의 리뷰` : '리뷰'),
  reviewRated: (rating) => `평점 ${rating}`,
  reviewVerdict: '총평',
  reviewCriteria: '항목별 점수',
  reviewPros: '장점',
  reviewCons: '단점',
  reviewAudience: '이런 분께 권합니다',
  reviewRecommendations: '이 영화가 마음에 들었다면',
  reviewReaders: '독자 평점',
  reviewNoReaderRatings: '아직 독자 평점이 없습니다',
  reviewReaderRatings: (n) => `${n.toLocaleString('ko')}명 참여`,
  reviewReadFull: '리뷰 전문 읽기',
  reviewIn: (outlet) => ` (${outlet})`,
  reviewSpoilers: '이 리뷰에는 줄거리 누설(스포일러)이 있습니다.',
  reviewShowSpoilers: '리뷰 보기',
  reviewHideSpoilers: '리뷰 숨기기',
  reviewMore: '리뷰 자세히 보기',
  reviewLess: '간단히 보기',
  reviewNone: '이 영화 데이터에는 리뷰가 없습니다.',
  reviewEmpty: '이 리뷰에는 표시할 내용이 없습니다.',
  reviewMissing: (which, known) => `이 영화 데이터에 “${which}” 리뷰가 없습니다. 있는 리뷰: ${known}.`,

  // <film-scores>
  scoresLabel: (title) => (title ? `${title}: 평점과 시청 기록` : '평점과 시청 기록'),
  scoresCritics: '평단의 평가',
  scoresReviews: (n) => `리뷰 ${n.toLocaleString('ko')}편`,
  scoresAverage: (rating) => `평균 ${rating}`,
  scoresQuoted: '여기 인용된 리뷰',
  scoresRated: (rated) => (rated === 0 ? '점수를 매긴 리뷰 없음' : `${rated.toLocaleString('ko')}편이 점수를 매김`),
  scoresMean: (mean) => `평균 ${mean}`,
  scoresDerived: '이 페이지에 인용된 리뷰로 계산한 값이며, 어느 매체가 발표한 수치가 아닙니다.',
  scoresViewing: '시청 기록',
  scoresPeriod: '기간',
  scoresViews: '조회수',
  scoresHours: '시청 시간',
  scoresHoursValue: (hours) => `${hours} 시간`,
  scoresChart: '순위',
  scoresRank: (rank, chart) => `${chart} ${rank.toLocaleString('ko')}위`,
  scoresNone: '이 영화 데이터에는 평점이나 시청 기록이 없습니다.',

  // <film-card>
  cardGenres: '장르',
  cardDirectedBy: (names) => `${names} 감독`,
  cardScoreShort: (value, best) => `${value}/${best}`,
  // <film-hatnote>
  hatnoteAbout: (year, countries) => `이 문서는 ${[year, countries].filter(Boolean).join(' ')} 영화에 관한 것입니다.`,
  hatnoteOne: (film, year) => [`같은 제목의 ${year ? `${year} ` : '다른 '}영화에 대해서는 `, film, ' 문서를 참고하십시오.'],
  hatnoteMany: (films) => ['같은 제목의 다른 영화에 대해서는 ', ...films, ' 문서를 참고하십시오.'],
  hatnoteFilmName: (title, year) => (year ? `${title} (${year} 영화)` : title),
  // <film-timeline>
  timelineHeading: '제작 및 공개',
  timelineEmpty: '알려진 제작·공개 일정이 없습니다.',
  timelineRelease: (place, note) => (place ? `공개: ${place}${note ? ` (${note})` : ''}` : note ? `공개 (${note})` : '공개'),
  // <accolade-table>
  accoladeTitle: (title) => (title ? `${title} 수상 및 후보 내역` : '수상 및 후보 내역'),
  accoladeAward: '시상식',
  accoladeDate: '개최일',
  accoladeCategory: '부문',
  accoladeRecipients: '수상(후보)자',
  accoladeResult: '결과',
  accoladeRefs: '출처',
  accoladeWon: '수상',
  accoladeNominated: '후보',
  accoladePending: '발표 전',
  accoladeUnknown: '결과 미상',
  accoladeTotals: (wins, nominations, pending, unknown) => {
    const known = !nominations ? '' :
      (wins ? `후보 ${nominations.toLocaleString('ko')}회 중 ${wins.toLocaleString('ko')}회 수상` : `후보 ${nominations.toLocaleString('ko')}회`) +
      (pending ? `, 결과 발표 전 ${pending.toLocaleString('ko')}건` : '');
    if (!unknown) return known || '후보 0회';
    return known ? `${known}; 결과 미상 ${unknown.toLocaleString('ko')}건` : `${unknown.toLocaleString('ko')}건, 결과 미상`;
  },
  accoladeAwardTotals: (award, totals) => `${award}: ${totals}`,
  accoladeByAward: '시상식별 집계',
  accoladeAllResults: '모든 결과',
  accoladeAllAwards: '모든 시상식',
  accoladeOption: (label, n) => `${label} (${n.toLocaleString('ko')})`,
  accoladeSeveral: (labels) => labels.join(', '),
  accoladeAscending: '오름차순',
  accoladeDescending: '내림차순',
  accoladeStatus: (shown, total, filtered, sort) =>
    [
      filtered ? `전체 ${total.toLocaleString('ko')}건 중 ${shown.toLocaleString('ko')}건 표시` : '',
      sort ? `${sort.column} ${sort.direction} 정렬(시상식별 묶음 해제)` : '',
    ].filter(Boolean).join(', '),
  accoladeNoMatch: '조건에 맞는 수상 내역이 없습니다.',
  accoladeShowAll: '모두 보기',
  accoladeNone: '이 영화의 수상 내역이 없습니다.',

  // <cast-list>
  castTitle: '출연진',
  castLabel: (title) => (title ? `${title} 출연진` : '출연진'),
  castLine: (actor, character, note) => [
    actor,
    ...(character ? [' — ', character, ' 역'] : []),
    ...(note ? [' (', note, ')'] : []),
  ],
  castKnownFor: (works) => `대표작: ${works}`,
  castShowAll: (n) => `전체 ${n.toLocaleString('ko')}명 보기`,
  castShowFewer: '접기',
  castNone: '이 영화의 출연진 정보가 없습니다.',
  castGuide: (character: string) => `${character} 인물 소개 (스포일러)`,

  // <content-advisory>
  advisoryTitle: '관람 등급',
  advisoryLabel: (rating) => `관람 등급: ${rating}`,
  advisoryContains: '내용 정보',
  advisoryCategories: {
    dialog: '대사',
    violence: '폭력성',
    sexual: '선정성',
    misc: '기타',
  },
  advisoryNone: '이 영화의 관람 등급 정보가 없습니다.',

  // <film-plot>
  plotTitle: '줄거리',
  plotLabel: (title) => (title ? `${title} 줄거리` : '줄거리'),
  plotReveal: '전체 줄거리 보기(스포일러 포함)',
  plotHide: '전체 줄거리 숨기기',
  plotFull: '전체 줄거리',
  plotNone: '이 영화의 줄거리 정보가 없습니다.',

};
