// A blog post with a film widget at the top does not jump on a throttled phone (Chromium with a
// phone's screen, 400 ms latency, 4× CPU): the script-tag snippet keeps the widget's room from
// the first paint, and the builder's static-first snippet never moves. Reads the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutShifts } from '../../bench/layout-shift.mjs';

test('the Cumulative Layout Shift of a post with a widget at the top, on a throttled phone', { timeout: 180000 }, async () => {
  const results = await layoutShifts(['script-tag', 'static']);
  for (const [kind, { cls, shifts, title }] of Object.entries(results)) {
    assert.equal(title, 'Ballerina', `${kind}: the widget drew the film`);
    const detail = shifts.map((s) => `${s.value.toFixed(3)} at ${s.at} ms: ${s.moved}`).join('; ');
    if (kind === 'static') assert.equal(cls, 0, `static-first: ${detail}`);
    else assert.ok(cls <= 0.1, `${kind}: CLS ${cls} is over 0.1 (${detail})`);
  }
});

test('static HTML keeps its own height until it upgrades, where it is shorter than the loader\'s room', { timeout: 180000 }, async () => {
  // A film card at the top of a post on a wide screen: 8 em of card against 10 em of room.
  const { 'static-card': { cls, shifts, title } } = await layoutShifts(['static-card'], { width: 1350, height: 940 });
  assert.equal(title, 'Ballerina');
  assert.equal(cls, 0, shifts.map((s) => `${s.value.toFixed(3)} at ${s.at} ms: ${s.moved}`).join('; '));
});
