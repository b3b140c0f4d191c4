// Served under a strict Content Security Policy (see web-test-runner.config.mjs): proves the
// policy is live, builds the elements the framing test names in `?elements=`, lets them load
// and be operated, and posts every `securitypolicyviolation` back to the test.
(() => {
  let violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} (${e.sample})`);
  }, true);
  const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  async function probe() {
    let evalBlocked = false;
    try { (0, eval)('1'); } catch { evalBlocked = true; }
    let htmlSinkBlocked = false;
    try { document.createElement('div').innerHTML = '<b>probe</b>'; } catch { htmlSinkBlocked = true; }
    await tick(50);
    const seen = violations.length;
    violations = [];
    return { evalBlocked, htmlSinkBlocked, trustedTypes: typeof trustedTypes !== 'undefined', seen };
  }

  async function run() {
    const probes = await probe();
    const wanted = JSON.parse(new URLSearchParams(location.search).get('elements') || '[]');
    const elements = wanted.map(({ tag, attrs }) => {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      return el;
    });
    document.body.append(...elements);
    await Promise.all(wanted.map(({ tag }) => customElements.whenDefined(tag)));
    const deadline = Date.now() + 8000;
    while (elements.some((el) => el.status !== 'ready' && el.status !== 'error') && Date.now() < deadline) await tick(50);
    await frames();
    // Every button once (reveal, sort, show all), then again to put it back.
    for (let round = 0; round < 2; round++) {
      for (const el of elements) for (const button of el.shadowRoot?.querySelectorAll('button') ?? []) button.click();
      await frames();
    }
    await tick(100);
    parent.postMessage({
      type: 'strict-csp',
      probes,
      violations,
      jsonLd: document.head.querySelectorAll('script[type="application/ld+json"][data-film-jsonld]').length,
      elements: elements.map((el) => ({ tag: el.localName, status: el.status, text: (el.shadowRoot?.textContent ?? '').trim().length })),
    }, '*');
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
  else run();
})();
