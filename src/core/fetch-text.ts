/**
 * Fetching a film's `src`: widgets that share a URL share its request (a page with five widgets
 * fetches the film once), and each widget has its own time limit.
 */
import { safeUrl } from '../model/url.js';
import { pageUrl } from './film-source.js';
import { LoadFailure } from './load-failure.js';

interface Answer {
  status: number;
  ok: boolean;
  url: string;
  text: string;
}

interface Request {
  answer: Promise<Answer>;
  abort: AbortController;
  waiting: number;
}

const requests = new Map<string, Request>();

/**
 * The answer for `url`, from the request already under way when there is one. The request is
 * aborted only when every widget waiting for it has stopped (a newer `src`, a time limit, a
 * widget removed from the page); once it settles, the next ask fetches afresh.
 */
function request(url: string, signal: AbortSignal): Promise<Answer> {
  let shared = requests.get(url);
  if (!shared) {
    const abort = new AbortController();
    const answer = fetch(url, {
      signal: abort.signal,
      headers: { accept: 'application/json, application/ld+json;q=0.9, */*;q=0.1' },
    }).then(async (r) => ({ status: r.status, ok: r.ok, url: r.url || url, text: r.ok ? await r.text() : '' }));
    const made: Request = (shared = { answer, abort, waiting: 0 });
    const forget = () => requests.get(url) === made && requests.delete(url);
    answer.then(forget, forget);
    requests.set(url, made);
  }
  const wanted = shared;
  wanted.waiting++;
  return new Promise((resolve, reject) => {
    let waiting = true;
    const stop = () => {
      if (!waiting) return false;
      waiting = false;
      signal.removeEventListener('abort', giveUp);
      wanted.waiting--;
      return true;
    };
    const giveUp = () => {
      if (!stop()) return;
      if (!wanted.waiting) {
        wanted.abort.abort();
        if (requests.get(url) === wanted) requests.delete(url);
      }
      reject(new DOMException('The widget stopped waiting', 'AbortError'));
    };
    if (signal.aborted) return giveUp();
    signal.addEventListener('abort', giveUp);
    wanted.answer.then((answer) => stop() && resolve(answer), (error) => stop() && reject(error));
  });
}

/**
 * The text at `src` and the address it came from, within `timeout` milliseconds unless `abort`
 * stops it first. Fails with a `LoadFailure` that names `src` as the author wrote it.
 */
export async function fetchText(src: string, timeout: number, abort: AbortController): Promise<{ text: string; url: string }> {
  const url = safeUrl(src, pageUrl());
  if (!url) throw new LoadFailure((s) => s.network(src));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeout);
  try {
    const answer = await request(url, abort.signal);
    if (answer.status === 404) throw new LoadFailure((s) => s.notFound(src));
    if (!answer.ok) throw new LoadFailure((s) => s.httpStatus(src, answer.status));
    return { text: answer.text, url: answer.url };
  } catch (error) {
    if (error instanceof LoadFailure) throw error;
    if (timedOut) throw new LoadFailure((s) => s.timeout(src, timeout / 1000));
    throw new LoadFailure((s) => s.network(src));
  } finally {
    clearTimeout(timer);
  }
}
