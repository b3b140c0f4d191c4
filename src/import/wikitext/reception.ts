/**
 * The aggregators' figures in a Reception section, sentence by sentence, as the film articles
 * write them: the Manual of Style's wordings ("On the review aggregator website Rotten Tomatoes,
 * 88% of 101 critics' reviews are positive, with an average rating of 8.2/10"), older ones
 * ("holds a 98% approval rating on Rotten Tomatoes, based on 63 reviews, with a weighted
 * average of 9.2/10"), and the templates that write those sentences. A sentence's references
 * are the score's sources. Only numbers the text gives are kept: a template that takes its
 * figures from Wikidata, or a sentence whose figure cannot be read, is reported instead.
 */
import { type Context, cite, plain } from './inline.js';
import type { Span, Template } from './markup.js';
import { topTemplates } from './markup.js';
import { sentences } from './sentences.js';

export interface ScoreJson {
  source: string;
  name?: string;
  value: number;
  best: number;
  unit?: 'percent' | 'stars';
  count?: number;
  average?: { value: number; best: number };
  sources: string[];
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s.replace(/,/g, '')));
const COUNT = /(?:based on|from|of|out of)\s+(\d[\d,]*)\s+(?:critics?'?\s*)?(?:reviews?|critics)|(\d[\d,]*)\s+(?:critics'?|professional)\s+reviews?/i;
const AVERAGE = /average(?:\s+(?:rating|score))?(?:\s+(?:of|is|was))?\s+(\d{1,2}(?:\.\d+)?)\s*(?:\/|out of)\s*(10|5)\b/i;

/** "88% of 101 critics' reviews are positive", "an approval rating of 98%", "a score of 88%". */
function rottenTomatoes(text: string, sources: string[]): ScoreJson | undefined {
  const percent = /(\d{1,3})(?:%|\s*percent)/i.exec(text.replace(/audience score of \d{1,3}%/i, ''));
  const value = num(percent?.[1]);
  if (value === undefined || value > 100) return undefined;
  const score: ScoreJson = { source: 'Rotten Tomatoes', value, best: 100, unit: 'percent', sources };
  const count = COUNT.exec(text);
  if (count) score.count = num(count[1] ?? count[2])!;
  const average = AVERAGE.exec(text);
  if (average) score.average = { value: Number(average[1]), best: Number(average[2]) };
  return score;
}

/** "assigned the film a score of 76 out of 100, based on 22 critics", "a weighted average score of 76/100". */
function metacritic(text: string, sources: string[]): ScoreJson | undefined {
  const m = /(\d{1,3})\s*(?:out of|\/)\s*100\b/i.exec(text) ?? /(?:metascore|score)\s+(?:of\s+)?(\d{1,3})\b(?!\s*%)/i.exec(text);
  const value = num(m?.[1]);
  if (value === undefined || value > 100) return undefined;
  const score: ScoreJson = { source: 'Metacritic', value, best: 100, sources };
  const count = COUNT.exec(text);
  if (count) score.count = num(count[1] ?? count[2])!;
  return score;
}

/** "gave it an 85% overall positive score, with 70% saying they would definitely recommend it", "4.5 out of 5 stars". */
function postTrak(text: string, sources: string[]): ScoreJson[] {
  const out: ScoreJson[] = [];
  const positive = /(\d{1,3})%\s+(?:overall\s+)?positive|positive\s+score\s+of\s+(\d{1,3})%|(\d{1,3})%\s+of\s+(?:audience members|audiences|filmgoers|moviegoers)\s+(?:gave|giving)\s+(?:it|the film)\s+a\s+positive/i.exec(text);
  const value = num(positive?.[1] ?? positive?.[2] ?? positive?.[3]);
  if (value !== undefined && value <= 100) out.push({ source: 'PostTrak', name: 'positive', value, best: 100, unit: 'percent', sources });
  const recommend = /(\d{1,3})%\s+(?:saying|said|who said)\s+they\s+would\s+definitely\s+recommend/i.exec(text);
  if (recommend && Number(recommend[1]) <= 100) out.push({ source: 'PostTrak', name: 'definite recommendation', value: Number(recommend[1]), best: 100, unit: 'percent', sources });
  const stars = /(\d(?:\.\d)?)\s+out\s+of\s+(5)\s+stars/i.exec(text);
  if (stars && Number(stars[1]) <= 5) out.push({ source: 'PostTrak', value: Number(stars[1]), best: 5, unit: 'stars', sources });
  return out;
}

/**
 * `{{Rotten Tomatoes prose|88|8.2|101}}` (score, average, count) and `{{Metacritic film
 * prose|76|22|generally favorable}}` (score, count, verdict); without their figures they read
 * Wikidata, and the importer has only the text.
 */
function fromTemplate(t: Template, ctx: Context, sources: string[], at: number): ScoreJson | undefined {
  const p = (i: number, ...names: string[]) => {
    const named = names.map((n) => t.named.get(n)?.text.trim()).find(Boolean);
    return named ?? t.positional[i]?.text.trim() ?? '';
  };
  const figure = (s: string) => (/^\d+(?:\.\d+)?%?$/.test(s) ? Number(s.replace('%', '')) : undefined);
  if (/^(?:rotten tomatoes prose|rt prose)$/.test(t.name)) {
    const value = figure(p(0, 'score', '1'));
    if (value === undefined || value > 100) return void ctx.notes.add(ctx.wiki.lineAt(at), `{{${t.name}}}`, 'a Rotten Tomatoes sentence whose figures come from Wikidata, not from the text: add the score by hand', { section: 'scores' });
    const score: ScoreJson = { source: 'Rotten Tomatoes', value, best: 100, unit: 'percent', sources };
    const average = figure(p(1, 'average', '2'));
    const count = figure(p(2, 'count', 'reviews', '3'));
    if (count !== undefined && Number.isInteger(count)) score.count = count;
    if (average !== undefined && average <= 10) score.average = { value: average, best: 10 };
    return score;
  }
  const value = figure(p(0, 'score', '1'));
  if (value === undefined || value > 100) return void ctx.notes.add(ctx.wiki.lineAt(at), `{{${t.name}}}`, 'a Metacritic sentence whose figures come from Wikidata, not from the text: add the score by hand', { section: 'scores' });
  const score: ScoreJson = { source: 'Metacritic', value, best: 100, sources };
  const count = figure(p(1, 'count', 'reviews', '2'));
  if (count !== undefined && Number.isInteger(count)) score.count = count;
  return score;
}

const PROSE_TEMPLATE = /^(?:rotten tomatoes prose|rt prose|metacritic film prose|metacritic prose|mc film prose)$/;

/**
 * How a wiki's articles name the aggregators and word their figures: `named` finds each name
 * (global), `read` reads one aggregator's part of a sentence, by the name it was found by.
 */
export interface Aggregators {
  named: RegExp;
  read(name: string, part: string, sources: string[]): ScoreJson[];
}

const one = (score: ScoreJson | undefined) => (score ? [score] : []);

/** English Wikipedia's: the Manual of Style's wordings and older ones. */
export const englishAggregators: Aggregators = {
  named: /rotten tomatoes|metacritic|posttrak|cinemascore/gi,
  read: (name, part, sources) => {
    const which = name.toLowerCase();
    return which === 'rotten tomatoes' ? one(rottenTomatoes(part, sources)) : which === 'metacritic' ? one(metacritic(part, sources))
      : which === 'posttrak' ? postTrak(part, sources) : [];
  },
};

/**
 * Korean Wikipedia's: "로튼 토마토에서는 451개의 리뷰 중 99%가 긍정적이며, 평균 평점은 9.4/10이다",
 * "메타크리틱에서는 50명의 평론가에 근거하여 100점 만점에 96점을 기록했다".
 */
export const koreanAggregators: Aggregators = {
  named: /로튼\s?토마토|메타크리틱/g,
  read: (name, part, sources) => {
    const count = /(\d[\d,]*)\s*(?:개|건|편|명)(?:의)?\s*(?:리뷰|평론|비평|평가)/.exec(part) ?? /(?:리뷰|평론가|비평가)\s*(\d[\d,]*)\s*(?:개|건|편|명)/.exec(part);
    if (name.startsWith('로튼')) {
      // The audience's score (관객 점수) is not the critics'.
      const percent = /(\d{1,3})\s*%/.exec(part.replace(/관객\s*(?:점수|지수|평점)[^%\d]{0,12}\d{1,3}\s*%/g, ''));
      if (!percent || Number(percent[1]) > 100) return [];
      const score: ScoreJson = { source: 'Rotten Tomatoes', value: Number(percent[1]), best: 100, unit: 'percent', sources };
      if (count) score.count = num(count[1])!;
      const average = /평균\s*(?:평점|점수)?\s*(?:은|는|이|가|으로)?\s*(\d{1,2}(?:\.\d+)?)\s*(?:점\s*)?\/\s*(10)\b/.exec(part) ?? /평균\s*(?:평점|점수)?\s*(?:은|는)?\s*10점\s*만점에\s*(\d{1,2}(?:\.\d+)?)/.exec(part);
      if (average && Number(average[1]) <= 10) score.average = { value: Number(average[1]), best: 10 };
      return [score];
    }
    // A Metacritic score is out of 100 however it is written: "100점 만점에 96점", "96/100", "96점".
    const m = /100점\s*만점에\s*(\d{1,3})\s*점/.exec(part) ?? /(\d{1,3})\s*(?:점\s*)?\/\s*100\b/.exec(part) ?? /메타스코어\s*(\d{1,3})/.exec(part) ??
      /(?<![\d.])(\d{1,3})\s*점(?!\s*만점)/.exec(part);
    if (!m || Number(m[1]) > 100) return [];
    const score: ScoreJson = { source: 'Metacritic', value: Number(m[1]), best: 100, sources };
    if (count) score.count = num(count[1])!;
    return [score];
  },
};

/** The scores a Reception section gives; the sentences it could not read are reported by line. */
/**
 * A section names the aggregators a few times; past this many sentences that name one (only
 * hostile text has them) the rest are reported, not read.
 */
const MAX_SENTENCES = 100;
/** How far on a sentence without a reference looks for the one that backs it. */
const REFERENCE_REACH = 4;

export function readReception(body: Span, ctx: Context, aggregators: Aggregators = englishAggregators): ScoreJson[] {
  const names = aggregators.named;
  const naming = (text: string) => text.search(names) >= 0;
  const scores: ScoreJson[] = [];
  const all = sentences(body, ctx.wiki, PROSE_TEMPLATE);
  const seen = new Map<number, { templates: Template[]; cited: ReturnType<typeof cite> }>();
  const read = (i: number) => {
    let found = seen.get(i);
    if (found) return found;
    const sentence = all[i]!;
    let text = sentence.text;
    const templates = text.includes('{{') ? topTemplates({ text, offset: 0 }, ctx.wiki).filter((t) => PROSE_TEMPLATE.test(t.name)) : [];
    for (const t of [...templates].reverse()) text = text.slice(0, t.start) + ' '.repeat(t.end - t.start) + text.slice(t.end);
    found = { templates, cited: cite({ text, offset: sentence.offset }, ctx) };
    seen.set(i, found);
    return found;
  };
  const ends = (i: number) => /\n\s*\n\s*$/.test(all[i]!.text);
  // What the sentence itself says, its references aside (a citation may name Rotten Tomatoes as its website).
  const namesOne = (i: number) => read(i).templates.length > 0 || naming(read(i).cited.text);
  let named = 0;
  all.forEach((sentence, i) => {
    if (!naming(sentence.text) && !/\{\{\s*(?:rotten|rt |metacritic|mc )/i.test(sentence.text)) return;
    if (++named > MAX_SENTENCES) {
      if (named === MAX_SENTENCES + 1) ctx.notes.add(ctx.wiki.lineAt(sentence.offset), sentence.text, `more than ${MAX_SENTENCES} sentences name an aggregator: from this one on they were not read`);
      return;
    }
    const { templates, cited } = read(i);
    // A reference at the end of a run of sentences backs each of them ("… 88% …. The website's
    // consensus reads: "…".<ref>"): a sentence without its own takes the next one's in its
    // paragraph, up to a sentence that names an aggregator, whose reference is that one's.
    let refs = cited.sources;
    for (let j = i + 1; !refs.length && !ends(j - 1) && j < all.length && j <= i + REFERENCE_REACH && !namesOne(j); j++) refs = read(j).cited.sources;
    const sources = [...new Set([ctx.citations.article.id, ...refs])];
    const line = ctx.wiki.lineAt(sentence.offset + sentence.text.length - sentence.text.trimStart().length);
    for (const t of templates) {
      const score = fromTemplate(t, ctx, sources, sentence.offset + t.start);
      if (score) scores.push(score);
    }
    if (!naming(cited.text)) return;
    const words = plain(cited, ctx);
    // Each aggregator named reads its own part of the sentence, up to the next one named.
    const found = [...words.matchAll(names)];
    const part = (k: number) => words.slice(k === 0 ? 0 : found[k]!.index, found[k + 1]?.index ?? words.length);
    const same = (a: string, b: string) => a.toLowerCase().replace(/\s/g, '') === b.toLowerCase().replace(/\s/g, '');
    const scored = found.flatMap((m, k) => (found.findIndex((n) => same(n[0], m[0])) === k ? aggregators.read(m[0], part(k), sources) : []));
    const grade = /cinemascore/i.test(words) && /grade of\s+["“]?([A-F][+−–-]?)["”]?/i.exec(words);
    if (grade) {
      ctx.notes.add(line, `CinemaScore "${grade[1]}"`, 'a letter grade from audience polls: a film\'s scores are numbers, and a grade is not turned into one', { reason: 'letterGrade' });
    }
    if (!scored.length && !grade) ctx.notes.add(line, words, 'a sentence about an aggregator whose figure could not be read: add the score by hand', { section: 'scores', reason: 'scoreUnread' });
    scores.push(...scored);
  });
  // Sources last, as every other fact of the film JSON writes them.
  return scores.map(({ sources, ...score }) => ({ ...score, sources }));
}
