/**
 * Focus inside an element's shadow root: following its in-page links, and keeping the reader's
 * place when a render moves the focused node.
 */

/**
 * A `#fragment` link cannot reach into a shadow root, so in-element links (footnotes) are
 * followed here: scroll to the target and move focus to it.
 */
export function followInPageLink(root: ParentNode, event: MouseEvent): void {
  const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
  const id = link?.getAttribute('href')?.match(/^#(.+)/)?.[1];
  const target = id && root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (!target) return;
  event.preventDefault();
  target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
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
