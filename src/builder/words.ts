// The builder's words: the tables of demo/builder/strings.js, with the words of the fields added
// since (the date fields, the note on an amount, the trailer's thumbnail), merged in by key.
import { tables as written } from '../../demo/builder/strings.js';

const more = {
  en: {
    fields: { moneyNote: 'What the figure covers', name: 'Name', thumbnail: 'Thumbnail', uploadDate: 'Upload date' },
    hints: {
      budgetNote: 'Optional, in a few words: "estimated", "net", "as of 2024".',
      boxOfficeNote: 'Optional, in a few words: where or when the figure is from, such as "worldwide", "US and Canada", "as of March 2024".',
      thumbnailSrc: 'A still from the trailer, not the poster. Search engines show a video only with a thumbnail and an upload date.',
      thumbnailAlt: 'For readers who cannot see the image: what the still shows, in a sentence.',
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
  },
  ko: {
    fields: { moneyNote: '금액이 가리키는 범위', name: '이름', thumbnail: '썸네일', uploadDate: '올린 날짜' },
    hints: {
      budgetNote: '선택, 몇 단어로: "추정", "순제작비", "2024년 기준".',
      boxOfficeNote: '선택, 몇 단어로: 어디 또는 언제의 수치인지. 예: "전 세계", "미국과 캐나다", "2024년 3월 기준".',
      thumbnailSrc: '포스터가 아닌 예고편의 한 장면. 검색 엔진은 썸네일과 올린 날짜가 있는 동영상만 보여 줍니다.',
      thumbnailAlt: '이미지를 볼 수 없는 독자를 위해 장면에 무엇이 있는지 한 문장으로.',
      uploadDate: '동영상이 올라온 날짜. 동영상 페이지에 나온 대로 적으세요.',
    },
    date: {
      placeholder: '1995-09-15 또는 1995',
      // The date control beside the field shows a day as the field takes it (연도-월-일): the
      // placeholder gives what the control cannot hold, a year or a month alone.
      besidePicker: '1995 또는 1995-09',
      hint: '1995-09-15, 1995-09, 1995처럼 적거나 (영어 표기 September 15, 1995도 됩니다) 달력에서 날짜를 고르세요.',
      pick: '달력에서 고르기',
      readsAs: (date: string) => `${date}(으)로 읽습니다.`,
      notADate: '아직 날짜가 아닙니다: 1995-09-15, 1995-09, 1995 또는 September 15, 1995처럼 적으세요.',
    },
  },
};

const merged = <B extends { fields: object; hints: object }, M extends { fields: object; hints: object }>(base: B, added: M) =>
  ({ ...base, ...added, fields: { ...base.fields, ...added.fields }, hints: { ...base.hints, ...added.hints } });

export const tables = { en: merged(written.en, more.en), ko: merged(written.ko, more.ko) };
export type Words = typeof tables.en;
export type UiLanguage = keyof typeof tables;
