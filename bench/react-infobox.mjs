// The infobox as a React 19 component, for the benchmark only (bundled in production mode).
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { parseFilm } from '../dist/model/index.js';
import { infobox } from './infobox-markup.mjs';

const renamed = { class: 'className', datetime: 'dateTime' };

function h(type, props, ...children) {
  const reactProps = {};
  for (const name in props) if (props[name] !== undefined) reactProps[renamed[name] ?? name] = props[name];
  return createElement(type, reactProps, ...children);
}

const Infobox = ({ film }) => infobox(h, film);

export const framework = {
  parse: (raw) => parseFilm(raw).film,
  mount: (shadowRoots, film) => {
    const roots = shadowRoots.map((root) => createRoot(root));
    flushSync(() => roots.forEach((root) => root.render(createElement(Infobox, { film }))));
    return roots;
  },
  update: (roots, film) => flushSync(() => roots.forEach((root) => root.render(createElement(Infobox, { film })))),
};
