// Writes demo/data/accolades-large.json: a generated film with about 600 accolades across many
// fictional awards and ceremonies, with every kind of result (won, nominated, pending, words of
// the data's own such as "Runner-up", and none at all), for the demo and the benchmark.
//   node scripts/make-large-accolades.mjs [--count 600] [--out demo/data/accolades-large.json]
// The same seed gives the same file. `makeAccoladeFilm` is also imported by the benchmark.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const AWARDS = [
  'Glimmerfrost Film Prize', 'Order of the Paper Lantern', 'Marrowgate Critics’ Circle',
  'Velvet Anchor Awards', 'Quillmoor Festival of Moving Pictures', 'Saltmarsh Screen Guild',
  'Ninefold Moon Awards', 'Brassfinch Society Honours', 'Lanternfish International Film Festival',
  'Copperkettle Awards', 'Hollowpine Cinema Honours', 'Driftglass Critics Association',
  'Tinwhistle Awards', 'Emberreach Film Festival', 'Gossamer Reel Prize', 'Thistledown Screen Awards',
  'Owlbridge Circle of Film Writers', 'Cobaltcove Film Critics', 'Starling Vale Trophy',
  'Awards of the Vale, Northern Chapter', 'Puddleford Picture Medals', 'Silverkelp Awards',
  'Moonquarry Film Week', 'Fernwhistle Audience Prize', 'Grand Teapot of Cinema',
  'Rookspire Festival', 'Kettlewick Film Society', 'Amberloom Screen Prize',
];

const CATEGORIES = [
  'Best Picture', 'Best Director', 'Best Actress', 'Best Actor', 'Best Supporting Actress',
  'Best Supporting Actor', 'Best Original Screenplay', 'Best Adapted Screenplay', 'Best Cinematography',
  'Best Editing', 'Best Music', 'Best Art Direction', 'Best Costume Design', 'Best Sound',
  'Best Visual Effects', 'Best New Director', 'Best New Actress', 'Audience Award', 'Best Ensemble',
  'Best Makeup', 'Best Original Song', 'Best Stunt Work', 'Best Poster', 'Best Trailer',
];

const GIVEN = ['Mirabel', 'Otto', 'Seo-yun', 'Dario', 'Ines', 'Kwame', 'Yara', 'Bastian', 'Hana', 'Lio',
  'Petra', 'Joon', 'Ottilie', 'Rafe', 'Noor', 'Emrys', 'Sunniva', 'Tomas', 'Min-ji', 'Caspian'];
const FAMILY = ['Quoss', 'Vantree', 'Ardley', 'Pimblewick', 'Oakhurst', 'Santorel', 'Brindle', 'Marlow-Fenn',
  'Jeong', 'Ilvane', 'Corrow', 'Tessaly', 'Wrenfield', 'Halloran', 'Moss', 'Delacourt', 'Yoon', 'Farrow'];

const KEPT_WORDS = ['Runner-up', 'Shortlisted', 'Tie', 'Honourable mention', 'Special mention'];

/** A small seeded generator, so the file is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A film document with `count` accolades: each award holds one to four ceremonies, each
 * ceremony several categories; ceremonies after 2025 are pending.
 */
export function makeAccoladeFilm({ count = 600, seed = 2023 } = {}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const person = () => `${pick(GIVEN)} ${pick(FAMILY)}`;
  const film = 'The Lantern Keeper';
  const sources = [
    { id: 'ledger', title: 'Generated awards ledger (fictional)', kind: 'generated' },
    { id: 'almanac', title: 'Generated festival almanac (fictional)', kind: 'generated' },
  ];

  const accolades = [];
  let round = 0;
  while (accolades.length < count) {
    for (const award of AWARDS) {
      if (accolades.length >= count) break;
      const year = 2019 + ((round * 3 + AWARDS.indexOf(award)) % 8);
      const ceremonies = 1 + Math.floor(rand() * 3);
      for (let c = 0; c < ceremonies && accolades.length < count; c++) {
        const y = year + c;
        // Some ceremonies are known to the day, others only by year.
        const date = rand() < 0.6
          ? `${y}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`
          : String(y);
        const pending = y > 2025;
        const categories = [...CATEGORIES].sort(() => rand() - 0.5).slice(0, 3 + Math.floor(rand() * 6));
        for (const category of categories) {
          if (accolades.length >= count) break;
          const accolade = { award, date, category };
          const r = rand();
          if (/Picture|Ensemble|Audience|Poster|Trailer/.test(category)) accolade.recipients = [film];
          else if (r < 0.15) accolade.recipients = [person(), person()];
          else if (r < 0.92) accolade.recipients = [person()];
          const kind = rand();
          if (pending) accolade.result = kind < 0.8 ? 'pending' : 'nominated';
          else if (kind < 0.36) accolade.result = 'won';
          else if (kind < 0.8) accolade.result = 'nominated';
          else if (kind < 0.9) accolade.result = pick(KEPT_WORDS);
          // The rest carry no result: unknown.
          if (rand() < 0.6) accolade.sources = [rand() < 0.7 ? 'ledger' : 'almanac'];
          accolades.push(accolade);
        }
      }
    }
    round++;
  }

  return {
    title: `${film} (generated sample with ${count} fictional accolades)`,
    description: 'Generated test data: every award, person and result in this file is fictional.',
    year: 2021,
    sources,
    accolades,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '600' },
      out: { type: 'string', default: 'demo/data/accolades-large.json' },
    },
  });
  const film = makeAccoladeFilm({ count: Number(values.count) });
  writeFileSync(values.out, `${JSON.stringify(film, null, 2)}\n`);
  const awards = new Set(film.accolades.map((a) => a.award)).size;
  const ceremonies = new Set(film.accolades.map((a) => `${a.award}|${a.date}`)).size;
  console.log(`${values.out}: ${film.accolades.length} accolades, ${awards} awards, ${ceremonies} ceremonies`);
}
