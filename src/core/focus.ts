/**
 * Focus inside an element's shadow root: following its in-page links (footnotes and the way
 * back from them), one Tab stop for a box full of footnote markers, and keeping the reader's
 * place when a render moves the focused node.
 */

/** The footnote marker each shadow root's reader followed last: where the back link returns. */
const followed = new WeakMap<Node, HTMLElement>();

/**
 * A `#fragment` link cannot reach into a shadow root, so in-element links (footnotes) are
 * followed here: scroll to the target and move focus to it. Following a footnote marker shows
 * the source entry's back link, which returns focus to that marker (or, if it is gone, to the
 * first marker of that source), so a keyboard user goes to a source and back to the fact.
 */
export function followInPageLink(root: ParentNode, event: MouseEvent): void {
  const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
  if (!link || link.getRootNode() !== root) return;
  if (link.parentElement?.classList.contains('back')) return goBack(root, link, event);
  const id = link.getAttribute('href')?.match(/^#(.+)/)?.[1];
  const target = id && root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (!target) return;
  event.preventDefault();
  if (link.classList.contains('ref')) {
    followed.set(root, link);
    takeStop(root, link);
    for (const back of root.querySelectorAll('.back')) back.remove();
    const words = target.closest('ol[data-back]')?.getAttribute('data-back');
    if (words) target.append(backLink(words));
  }
  focusAt(target);
}

/**
 * The way back from a source to the marker followed, added at the end of the source's entry
 * (after the nodes its template renders, which a later render leaves alone).
 */
function backLink(words: string): HTMLElement {
  const back = document.createElement('span');
  back.className = 'back';
  const link = back.appendChild(document.createElement('a'));
  link.href = '#';
  link.title = words;
  link.setAttribute('aria-label', words);
  link.textContent = '↩';
  back.prepend(' ');
  return back;
}

function goBack(root: ParentNode, link: HTMLElement, event: Event): void {
  const entry = link.closest('li[id]');
  const last = followed.get(root);
  const marker = last?.isConnected && last.getRootNode() === root
    ? last
    : entry && root.querySelector<HTMLElement>(`a.ref[href="#${CSS.escape(entry.id)}"]`);
  event.preventDefault();
  if (!marker) return;
  link.parentElement!.remove();
  takeStop(root, marker);
  marker.focus();
  marker.scrollIntoView({ block: 'nearest' });
}

/**
 * Moves focus to `target`, which need not be a control. It is a Tab stop while it has focus,
 * so the next Tab (or Shift+Tab) starts from it rather than from wherever the engine keeps its
 * starting point, and it leaves the Tab order when focus leaves.
 */
function focusAt(target: HTMLElement): void {
  if (!target.hasAttribute('tabindex')) {
    target.tabIndex = 0;
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}

/**
 * One Tab stop for all the footnote markers of an element (those `Citations` renders with
 * `roving`): the marker last used holds `tabindex="0"`, the others `-1`; the arrow keys move
 * to the previous or next marker, Home and End to the first and last. A reader tabbing through
 * a box of 26 footnoted facts meets the markers once instead of 26 times, and every marker is
 * still a link to its source (Enter follows it) and still listed by a screen reader.
 * Call `claim` after each render, and give `onKey` the host's key presses.
 */
export const rovingFootnotes = {
  /** Makes sure exactly one marker is the Tab stop: the one focused or followed last, else the first. */
  claim(root: ParentNode): void {
    const markers = [...root.querySelectorAll<HTMLElement>('a.ref')];
    if (!markers.length) return;
    const current = markers.find((m) => m.tabIndex === 0) ?? markers[0]!;
    // Written only where it changes: a render that changed nothing writes nothing.
    for (const m of markers) if (m.tabIndex !== (m === current ? 0 : -1)) m.tabIndex = m === current ? 0 : -1;
  },

  onKey(root: ParentNode, event: KeyboardEvent): void {
    const marker = event.composedPath()[0];
    if (!(marker instanceof HTMLAnchorElement) || !marker.classList.contains('ref')) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const markers = [...root.querySelectorAll<HTMLElement>('a.ref')];
    const at = markers.indexOf(marker);
    if (at < 0) return;
    const rtl = getComputedStyle(marker).direction === 'rtl';
    const step: Record<string, number> = {
      ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1,
      Home: -markers.length, End: markers.length,
    };
    if (!(event.key in step)) return;
    event.preventDefault();
    const next = markers[Math.max(0, Math.min(markers.length - 1, at + step[event.key]!))]!;
    takeStop(root, next);
    next.focus();
  },
};

/** A marker used (moved to, followed, returned to) becomes the Tab stop, when markers share one. */
function takeStop(root: ParentNode, marker: HTMLElement): void {
  if (marker.getAttribute('tabindex') === null) return;
  for (const m of root.querySelectorAll<HTMLElement>('a.ref')) if (m.tabIndex !== (m === marker ? 0 : -1)) m.tabIndex = m === marker ? 0 : -1;
}

/**
 * Runs `render`, giving focus back to the node that had it. A keyed list that moves rows (a
 * table re-sorting) takes the focused node out and back in, and the browser drops focus on the way.
 */
export function keepingFocus(root: ShadowRoot | null, render: () => void): void {
  const focused = root?.activeElement as HTMLElement | null | undefined;
  render();
  if (focused?.isConnected && focused.getRootNode() === root && root!.activeElement !== focused) {
    focused.focus({ preventScroll: true });
  }
}
