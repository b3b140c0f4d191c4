import { expect } from '@open-wc/testing';
import { keepUnchanged } from '../../src/model/share.js';

describe('keepUnchanged', () => {
  const before = {
    title: 'Ballerina',
    credits: { directors: [{ name: 'Lee Chung-hyun' }], starring: [{ name: 'Jun Jong-seo' }, { name: 'Kim Ji-hoon' }] },
    runtime: [{ value: 93 }, { value: 92 }],
  };

  it('gives back the previous object itself when nothing changed', () => {
    expect(keepUnchanged(before, structuredClone(before))).to.equal(before);
  });

  it('keeps unchanged sections and items, and takes the changed ones', () => {
    const next = structuredClone(before);
    next.title = 'Ballerina (restored)';
    next.credits.starring[1].name = 'Shin Se-hwi';
    const kept = keepUnchanged(before, next);
    expect(kept).to.not.equal(before);
    expect(kept).to.deep.equal(next);
    expect(kept.runtime).to.equal(before.runtime);
    expect(kept.credits.directors).to.equal(before.credits.directors);
    expect(kept.credits.starring).to.not.equal(before.credits.starring);
    expect(kept.credits.starring[0]).to.equal(before.credits.starring[0]);
    expect(kept.credits.starring[1]).to.equal(next.credits.starring[1]);
  });

  it('notices added, removed and reordered entries', () => {
    const added = { ...before, year: 2023 };
    expect(keepUnchanged(before, added)).to.deep.equal(added);
    const { runtime, ...removed } = before;
    expect(runtime).to.exist;
    expect(keepUnchanged(before, removed)).to.deep.equal(removed);
    const reordered = { ...before, runtime: [{ value: 92 }, { value: 93 }] };
    expect(keepUnchanged(before, reordered).runtime).to.deep.equal([{ value: 92 }, { value: 93 }]);
    const shorter = { ...before, runtime: [{ value: 93 }] };
    expect(keepUnchanged(before, shorter).runtime).to.deep.equal([{ value: 93 }]);
  });

  it('takes a value whose kind changed', () => {
    expect(keepUnchanged<unknown>({ a: [1] }, { a: { 0: 1 } })).to.deep.equal({ a: { 0: 1 } });
    expect(keepUnchanged<unknown>({ a: { b: 1 } }, { a: null })).to.deep.equal({ a: null });
    expect(keepUnchanged<unknown>({ a: 1 }, { a: '1' })).to.deep.equal({ a: '1' });
  });
});
