/**
 * The film's title in its own language and script: `{{Infobox name module|hangul=…|rr=…}}`,
 * `{{Infobox Korean name|…}}`, `{{Native name|fr|…}}` or `{{lang|ja|…}}`. The first title in
 * the film's own script is the original title; romanisations and other scripts are kept as
 * alternative titles with their language tags.
 */
import type { Span } from './markup.js';
import { topTemplates } from './markup.js';
import { type Context, cite, plain } from './inline.js';

export interface TitleJson { text: string; lang?: string }

/** Name-module parameters, the language tag of each, and whether it is a native script. */
const SCRIPTS: Record<string, [string, boolean]> = {
  hangul: ['ko', true], hanja: ['ko-Hani', false], rr: ['ko-Latn', false], mr: ['ko-Latn', false],
  japanese: ['ja', true], kanji: ['ja', true], kana: ['ja-Hrkt', false], hiragana: ['ja-Hira', false], katakana: ['ja-Kana', false],
  hepburn: ['ja-Latn', false], romaji: ['ja-Latn', false], revhep: ['ja-Latn', false],
  chinese: ['zh', true], c: ['zh', true], traditional: ['zh-Hant', true], t: ['zh-Hant', true], tc: ['zh-Hant', true],
  simplified: ['zh-Hans', true], s: ['zh-Hans', true], sc: ['zh-Hans', true], pinyin: ['zh-Latn', false], p: ['zh-Latn', false],
  jyutping: ['yue-Latn', false], j: ['yue-Latn', false], hindi: ['hi', true], thai: ['th', true], rtgs: ['th-Latn', false],
  vietnamese: ['vi', true], vi: ['vi', true], russian: ['ru', true], arabic: ['ar', true], persian: ['fa', true], hebrew: ['he', true],
  tamil: ['ta', true], telugu: ['te', true], bengali: ['bn', true], urdu: ['ur', true], greek: ['el', true],
};
const NAME_MODULES = /^(?:infobox name module|infobox korean name|korean name|film name|infobox chinese|infobox japanese|infobox japanese name)$/;

export function titlesOf(value: Span, ctx: Context): { original?: TitleJson; others: TitleJson[] } {
  const cited = cite(value, ctx);
  const found: { title: TitleJson; native: boolean }[] = [];
  for (const template of topTemplates(cited, ctx.wiki)) {
    if (NAME_MODULES.test(template.name)) {
      for (const [key, span] of template.named) {
        const script = SCRIPTS[key];
        const text = span.text && plain(span, ctx);
        if (!text) continue;
        if (script) found.push({ title: { text, lang: script[0] }, native: script[1] });
        else ctx.notes.add(span.line, `${key}=${span.text}`, `a parameter of {{${template.name}}} that is not read`);
      }
    } else if (/^(?:native name|lang)$/.test(template.name) && template.positional.length >= 2) {
      const text = plain(template.positional[1]!, ctx);
      if (text) found.push({ title: { text, lang: template.positional[0]!.text.trim() }, native: true });
    } else {
      ctx.notes.add(ctx.wiki.lineAt(template.start), `{{${template.name}|…}}`, 'a title template the importer does not know');
    }
  }
  if (!found.length) {
    const text = plain(cited, ctx);
    return text ? { original: { text }, others: [] } : { others: [] };
  }
  const first = found.findIndex((f) => f.native);
  const original = first === -1 ? undefined : found.splice(first, 1)[0]!.title;
  return original ? { original, others: found.map((f) => f.title) } : { others: found.map((f) => f.title) };
}
