/**
 * What a widget says while it loads, in each language: the words are needed before a language
 * fetched on demand has arrived, so they live here rather than only in its table.
 */
export const loadingWords = {
  en: 'Loading film information…',
  ko: '영화 정보를 불러오는 중…',
  ja: '映画情報を読み込んでいます…',
  zh: '正在加载电影信息…',
  es: 'Cargando la información de la película…',
  fr: 'Chargement des informations sur le film…',
  de: 'Filminformationen werden geladen …',
  ar: 'جارٍ تحميل معلومات الفيلم…',
};
