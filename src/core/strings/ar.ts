import type { Strings } from './en.js';
import { loadingWords } from './loading.js';
import { formatNumber } from '../../model/format.js';
import { counter, type PluralForms } from './plural.js';

/**
 * Arabic, in the words of Arabic Wikipedia's film infobox. Counted words take the six forms
 * that `Intl.PluralRules('ar')` tells apart: zero and one and two are said without a figure
 * ("مراجعتان"), 3 to 10 take the plural ("٣ مراجعات"), 11 to 99 the accusative singular
 * ("١١ تقييمًا") and 100 and up the genitive singular ("١٠٠ تقييم").
 */
const num = (n: number) => formatNumber(n, 'ar');
const count = counter('ar');

const reviews: PluralForms = { zero: 'لا مراجعات', one: 'مراجعة واحدة', two: 'مراجعتان', few: '# مراجعات', many: '# مراجعة', other: '# مراجعة' };
const ratings: PluralForms = { zero: 'لا تقييمات', one: 'تقييم واحد', two: 'تقييمان', few: '# تقييمات', many: '# تقييمًا', other: '# تقييم' };
const awards: PluralForms = { zero: 'لا جوائز', one: 'جائزة واحدة', two: 'جائزتان', few: '# جوائز', many: '# جائزة', other: '# جائزة' };
const nominations: PluralForms = { zero: 'لا ترشيحات', one: 'ترشيح واحد', two: 'ترشيحان', few: '# ترشيحات', many: '# ترشيحًا', other: '# ترشيح' };
/** After "من أصل" the dual is genitive. */
const ofNominations: PluralForms = { ...nominations, two: 'ترشيحين' };

export const ar: Strings = {
  loading: loadingWords.ar,
  errorTitle: 'تعذّر عرض معلومات هذا الفيلم',
  retry: 'إعادة المحاولة',
  errorDetails: 'تفاصيل لكاتب الصفحة',
  atLine: (line, column) => `السطر ${num(line)}، العمود ${num(column)}`,
  empty: 'لم تُقدَّم لهذا العنصر أي بيانات عن فيلم.',
  notFound: (url) => `لم يُعثر على بيانات الفيلم في ${url} (404).`,
  httpStatus: (url, status) => `ردّ الخادم بالرمز ${status} على طلب بيانات الفيلم في ${url}.`,
  network: (url) => `تعذّر الوصول إلى بيانات الفيلم في ${url}. تحقّق من العنوان ومن اتصالك.`,
  timeout: (url, seconds) => `استغرق وصول بيانات الفيلم من ${url} أكثر من ${count(seconds,
    { zero: '٠ ثانية', one: 'ثانية واحدة', two: 'ثانيتين', few: '# ثوانٍ', many: '# ثانية', other: '# ثانية' })}.`,
  htmlNotJson: (where) => `أرسل ${where} صفحة ويب بدلًا من بيانات فيلم بصيغة JSON.`,
  notJson: (where, detail) => `${where} ليس بصيغة JSON صحيحة: ${detail}`,
  missingId: (id) => `لا يوجد في الصفحة عنصر <script> له id="${id}".`,
  notFilm: (detail) => `هذه البيانات لا تصف فيلمًا: ${detail}`,
  readerMissing: 'تعذّر تحميل الجزء الذي يقرأ هذا الفيلم من الأداة. تحقّق من اتصالك وأعد تحميل الصفحة.',
  inlineScript: 'السكربت المضمَّن في العنصر',
  problemsLogged: (n) => count(n, { zero: 'لا مشكلات', one: 'مشكلة واحدة', two: 'مشكلتان', few: '# مشكلات', many: '# مشكلة', other: '# مشكلة' }),

  directors: 'إخراج',
  producers: 'إنتاج',
  writers: 'سيناريو',
  screenplay: 'إعداد السيناريو',
  story: 'قصة',
  basedOn: 'مقتبس من',
  starring: 'بطولة',
  narrators: 'الراوي',
  music: 'موسيقى',
  cinematography: 'تصوير سينمائي',
  editors: 'مونتاج',
  production: (n) => (n === 1 ? 'شركة الإنتاج' : 'شركات الإنتاج'),
  distributors: 'توزيع',
  released: (n) => (n === 1 ? 'تاريخ الصدور' : 'تواريخ الصدور'),
  runtime: 'مدة العرض',
  countries: (n) => (n === 1 ? 'البلد' : 'البلدان'),
  languages: (n) => (n === 1 ? 'اللغة' : 'اللغات'),
  budget: 'الميزانية',
  boxOffice: 'الإيرادات',
  originalTitle: 'العنوان الأصلي',
  inAnotherSource: (value) => `${value} في مصدر آخر`,
  sources: 'المراجع',
  sourceOfAll: 'المصدر: ',
  mainSource: 'المصدر الرئيسي: ',
  source: (n) => `المرجع ${num(n)}`,
  infobox: (title) => `${title}: معلومات الفيلم`,
  footnoteKeys: 'الحواشي: تنقّل بينها بمفاتيح الأسهم.',
  footnoteBack: 'العودة إلى النص',

  // <review-card>
  reviewBy: (by) => (by ? `مراجعة بقلم ${by}` : 'مراجعة'),
  reviewRated: (rating) => `التقييم: ${rating}`,
  reviewVerdict: 'الحكم',
  reviewCriteria: 'الدرجات',
  reviewPros: 'الإيجابيات',
  reviewCons: 'السلبيات',
  reviewAudience: 'لمن هذا الفيلم؟',
  reviewRecommendations: 'إن أعجبك هذا الفيلم فجرّب',
  reviewReaders: 'تقييم القرّاء',
  reviewNoReaderRatings: 'لا توجد تقييمات من القرّاء بعد',
  reviewReaderRatings: (n) => count(n, ratings),
  reviewReadFull: 'اقرأ المراجعة كاملة',
  reviewIn: (outlet) => ` في ${outlet}`,
  reviewSpoilers: 'تكشف هذه المراجعة أحداث القصة.',
  reviewShowSpoilers: 'عرض المراجعة',
  reviewHideSpoilers: 'إخفاء المراجعة',
  reviewMore: 'المزيد من هذه المراجعة',
  reviewLess: 'عرض أقل',
  reviewNone: 'لا تتضمن بيانات هذا الفيلم أي مراجعات.',
  reviewEmpty: 'لا يوجد في هذه المراجعة ما يُعرض.',
  reviewMissing: (which, known) => `لا تتضمن بيانات هذا الفيلم مراجعة «${which}». مراجعاته هي: ${known}.`,

  // <film-scores>
  scoresLabel: (title) => (title ? `${title}: التقييمات وأرقام المشاهدة` : 'التقييمات وأرقام المشاهدة'),
  scoresCritics: 'النقّاد',
  scoresReviews: (n) => count(n, reviews),
  scoresAverage: (rating) => `بمتوسط ${rating}`,
  scoresQuoted: 'المراجعات المقتبسة هنا',
  scoresRated: (rated) => count(rated,
    { zero: 'لا تمنح أيٌّ منها درجة', one: 'واحدة منها تمنح درجة', two: 'اثنتان منها تمنحان درجة', few: '# منها تمنح درجة', many: '# منها تمنح درجة', other: '# منها تمنح درجة' }),
  scoresMean: (mean) => `المتوسط ${mean}`,
  scoresDerived: 'محسوب من المراجعات المقتبسة في هذه الصفحة، ولم تنشره أي جهة.',
  scoresViewing: 'أرقام المشاهدة',
  scoresPeriod: 'الفترة',
  scoresViews: 'المشاهدات',
  scoresHours: 'ساعات المشاهدة',
  scoresHoursValue: (hours) => `${hours} ساعة`,
  scoresChart: 'الترتيب',
  scoresRank: (rank, chart) => `المرتبة ${num(rank)} في ${chart}`,
  scoresNone: 'لا تتضمن بيانات هذا الفيلم تقييمات ولا أرقام مشاهدة.',

  // <film-card>
  cardGenres: 'الأنواع',
  cardDirectedBy: (names) => `إخراج ${names}`,
  cardScoreShort: (value, best) => `${value}/${best}`,
  // <film-hatnote>
  hatnoteAbout: (year, countries) =>
    `هذه المقالة عن الفيلم${year ? ` الصادر عام ${year}` : ''}${countries ? ` (${countries})` : ''}.`,
  hatnoteOne: (film, year) => [`للفيلم ${year ? `الصادر عام ${year}` : 'الآخر'} الذي يحمل العنوان نفسه، انظر `, film, '.'],
  hatnoteMany: (films) => ['للأفلام الأخرى التي تحمل العنوان نفسه، انظر ', ...films, '.'],
  hatnoteFilmName: (title, year) => (year ? `${title} (فيلم ${year})` : title),
  // <film-timeline>
  timelineHeading: 'الإنتاج والصدور',
  timelineEmpty: 'لا تُعرف أي تواريخ للإنتاج أو الصدور.',
  timelineRelease: (place, note) =>
    place ? `صدر في ${place}${note ? ` (${note})` : ''}` : note ? `صدر (${note})` : 'صدر',
  // <accolade-table>
  accoladeTitle: (title) => (title ? `جوائز وترشيحات ${title}` : 'الجوائز والترشيحات'),
  accoladeAward: 'الجائزة',
  accoladeDate: 'تاريخ الحفل',
  accoladeCategory: 'الفئة',
  accoladeRecipients: 'المرشَّح',
  accoladeResult: 'النتيجة',
  accoladeRefs: 'المرجع',
  accoladeWon: 'فوز',
  accoladeNominated: 'ترشيح',
  accoladePending: 'لم تُعلن بعد',
  accoladeUnknown: 'غير معروفة',
  accoladeTotals: (wins, nominated, pending, unknown) => {
    const known = !nominated ? '' :
      (wins ? `${count(wins, awards)} من أصل ${count(nominated, ofNominations)}` : count(nominated, nominations)) +
      (pending ? `، ${count(pending, { one: 'واحد لم تُعلن نتيجته', two: 'اثنان لم تُعلن نتيجتهما', few: '# لم تُعلن نتائجها', many: '# لم تُعلن نتائجها', other: '# لم تُعلن نتائجها' })}` : '');
    if (!unknown) return known || count(0, nominations);
    return known
      ? `${known}؛ ${count(unknown, { one: 'وواحد آخر بلا نتيجة معروفة', two: 'واثنان آخران بلا نتيجة معروفة', few: 'و# أخرى بلا نتيجة معروفة', many: 'و# أخرى بلا نتيجة معروفة', other: 'و# أخرى بلا نتيجة معروفة' })}`
      : `${count(unknown, { one: 'إدراج واحد', two: 'إدراجان', few: '# إدراجات', many: '# إدراجًا', other: '# إدراج' })}، ${unknown === 1 ? 'نتيجته غير معروفة' : 'نتائجها غير معروفة'}`;
  },
  accoladeAwardTotals: (award, totals) => `${award}: ${totals}`,
  accoladeByAward: 'حسب الجائزة',
  accoladeAllResults: 'كل النتائج',
  accoladeAllAwards: 'كل الجوائز',
  accoladeOption: (label, n) => `${label} (${num(n)})`,
  accoladeSeveral: (labels) => labels.join('، '),
  accoladeAscending: 'تصاعديًا',
  accoladeDescending: 'تنازليًا',
  accoladeStatus: (shown, total, filtered, sort) =>
    [
      filtered ? `عرض ${num(shown)} من أصل ${num(total)}` : '',
      sort ? `مرتّبة حسب ${sort.column} ${sort.direction}، دون تجميع حسب الجائزة` : '',
    ].filter(Boolean).join('، ') + (filtered || sort ? '.' : ''),
  accoladeNoMatch: 'لا توجد جوائز تطابق عوامل التصفية هذه.',
  accoladeShowAll: 'عرض الكل',
  accoladeNone: 'لا توجد جوائز مدرجة لهذا الفيلم.',

  // <cast-list>
  castTitle: 'طاقم التمثيل',
  castLabel: (title) => (title ? `طاقم تمثيل ${title}` : 'طاقم التمثيل'),
  castLine: (actor, character, note) => [
    actor,
    ...(character ? [' بدور ', character] : []),
    ...(note ? ['، ', note] : []),
  ],
  castKnownFor: (works) => `أبرز الأعمال: ${works}`,
  castShowAll: (n) => `عرض الكل (${num(n)})`,
  castShowFewer: 'عرض أقل',
  castNone: 'لا يوجد طاقم تمثيل مدرج لهذا الفيلم.',
  castGuide: (character) => `عن شخصية ${character} (تكشف الأحداث)`,

  // <content-advisory>
  advisoryTitle: 'التصنيف العمري',
  advisoryLabel: (rating) => `التصنيف العمري: ${rating}`,
  advisoryContains: 'يحتوي على',
  advisoryCategories: {
    dialog: 'ألفاظ',
    violence: 'عنف',
    sexual: 'محتوى جنسي',
    misc: 'متفرقات',
  },
  advisoryNone: 'لم يُذكر تصنيف عمري لهذا الفيلم.',

  // <film-plot>
  plotTitle: 'القصة',
  plotLabel: (title) => (title ? `قصة ${title}` : 'القصة'),
  plotReveal: 'عرض القصة كاملة (تكشف الأحداث)',
  plotHide: 'إخفاء القصة الكاملة',
  plotFull: 'القصة كاملة',
  plotNone: 'لم يُقدَّم ملخص لقصة هذا الفيلم.',

  // <film-trailer>
  trailerPlay: (name) => `تشغيل الإعلان الترويجي: ${name}`,
  trailerWatch: (name) => `مشاهدة الإعلان الترويجي: ${name}`,
  trailerFrame: (name) => `الإعلان الترويجي: ${name}`,
  trailerNone: 'لم يُذكر عنوان الإعلان الترويجي لهذا الفيلم.',
  // <film-list>
  listUntitled: 'أفلام',
  listFacts: 'معلومات الفيلم',
  listEmpty: 'لا تضم هذه القائمة أي فيلم.',
  listNotList: (detail) => `البيانات ليست قائمة أفلام: ${detail}`,
  listDirectedBy: (names) => `إخراج ${names}`,
};
