// Times parseFilm on the Ballerina data and on a generated ~5 MB film, from the built model.
// Run after `npm run build`: node scripts/bench-model.mjs. Prints medians, not a pass or fail.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const { parseFilm } = await import(new URL('../dist/model/index.js', import.meta.url));
const ballerina = readFileSync(new URL('../demo/data/ballerina.json', import.meta.url), 'utf8');

/** A film as big as a long-running franchise page: thousands of reviews, accolades and cast. */
function bigFilm(targetBytes) {
  const base = JSON.parse(ballerina);
  const [critic, , , blog] = base.reviews;
  delete critic.id;
  delete blog.id;
  const reviews = [];
  const accolades = [];
  const cast = [];
  // Sizes are counted as items are made: re-measuring the whole list each time is quadratic.
  const size = (item) => JSON.stringify(item).length + 1;
  // Lists stay within the 2,000 entries the parser keeps, so every byte is read: the reviews
  // carry long bodies instead of being many.
  const longBody = `${critic.body}\n\n`.repeat(Math.ceil((targetBytes * 0.9) / 2000 / (critic.body.length + 2)));
  for (let i = 0, bytes = 0; bytes < targetBytes * 0.9 && i < 2000; i++) {
    const review = { ...(i % 3 ? critic : blog), outlet: `Outlet ${i}`, critic: { name: `Critic ${i}` }, date: '2023-10-06', body: longBody, rating: i % 2 ? { value: i % 5, best: 5 } : { value: i % 100, best: 100, unit: 'percent' } };
    reviews.push(review);
    bytes += size(review);
  }
  for (let j = 0, bytes = 0; bytes < targetBytes * 0.15 && j < 2000; j++) {
    const accolade = { award: `Award ${j % 40}`, date: String(2000 + (j % 25)), category: `Category ${j}`, recipients: [`Person ${j}`, { name: `Person ${j + 1}` }], result: j % 2 ? 'won' : 'nominated', sources: ['encyclopedia'] };
    accolades.push(accolade);
    bytes += size(accolade);
  }
  for (let j = 0, bytes = 0; bytes < targetBytes * 0.15 && j < 2000; j++) {
    const member = { actor: { name: `Actor ${j}`, altNames: [`배우 ${j}`] }, character: `Character ${j}`, note: 'a role', sources: ['encyclopedia'] };
    cast.push(member);
    bytes += size(member);
  }
  console.log(`generated: ${reviews.length} reviews, ${accolades.length} accolades, ${cast.length} cast members`);
  return JSON.stringify({ ...base, reviews, accolades, cast });
}

function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** `input` is JSON text or the object it parses to; `bytes` is the size of the text. */
function bench(name, input, bytes, runs) {
  for (let i = 0; i < 5; i++) parseFilm(input); // warm up the JIT
  const times = [];
  const cpu = [];
  let problems = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    problems = parseFilm(input).problems.length;
    const { user, system } = process.cpuUsage(used);
    times.push(performance.now() - start);
    cpu.push((user + system) / 1000);
  }
  const ms = median(times);
  const mb = bytes / 1e6;
  // CPU time counts this process only, so it stays meaningful on a busy machine.
  console.log(`${name.padEnd(24)} ${mb.toFixed(2).padStart(6)} MB  median ${ms.toFixed(2).padStart(7)} ms wall, ${median(cpu).toFixed(2).padStart(7)} ms CPU  ${(mb / (ms / 1000)).toFixed(1).padStart(6)} MB/s  (${runs} runs, ${problems} problems)`);
}

const big = bigFilm(5e6);
bench('ballerina.json, text', ballerina, ballerina.length, 200);
bench('ballerina.json, object', JSON.parse(ballerina), ballerina.length, 200);
bench('generated film, text', big, big.length, 30);
bench('generated film, object', JSON.parse(big), big.length, 30);
// For scale: the engine's own JSON.parse of the same text, which the text case includes.
const parseTimes = [];
for (let i = 0; i < 30; i++) {
  const start = performance.now();
  JSON.parse(big);
  parseTimes.push(performance.now() - start);
}
console.log(`${'JSON.parse alone'.padEnd(24)} ${(big.length / 1e6).toFixed(2).padStart(6)} MB  median ${median(parseTimes).toFixed(2).padStart(7)} ms wall`);
console.log(`loadavg ${(await import('node:os')).loadavg().map((n) => n.toFixed(1)).join(' ')}`);
