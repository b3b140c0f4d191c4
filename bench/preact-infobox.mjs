// The infobox as a Preact component, for the benchmark only.
import { h, render } from 'preact';
import { parseFilm } from '../dist/model/index.js';
import { infobox } from './infobox-markup.mjs';

function element(type, props, ...children) {
  const own = {};
  for (const name in props) if (props[name] !== undefined) own[name] = props[name];
  return h(type, own, ...children);
}

const Infobox = ({ film }) => infobox(element, film);

export const framework = {
  parse: (raw) => parseFilm(raw).film,
  mount: (shadowRoots, film) => {
    shadowRoots.forEach((root) => render(h(Infobox, { film }), root));
    return shadowRoots;
  },
  update: (roots, film) => roots.forEach((root) => render(h(Infobox, { film }), root)),
};
