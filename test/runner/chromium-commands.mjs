/**
 * Chromium-only commands for test/trust/: `emulate-forced-colors` (`{ active }`; puppeteer's
 * emulateMedia lacks it), `set-font-sizes` (`{ standard, fixed }`,
 * the browser's default font sizes as a reader sets them), `a11y-full-tree`, the whole accessibility tree (a11ySnapshot gives
 * only the "interesting" nodes: no tables, no lists), and `heap-used`, the page's JS heap in
 * bytes after a full garbage collection (`performance.memory` is cached and does not move).
 */
export function chromiumCommands() {
  return {
    name: 'film-chromium-commands',
    async executeCommand({ command, payload, session }) {
      if (!['emulate-forced-colors', 'set-font-sizes', 'a11y-full-tree', 'heap-used'].includes(command)) return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession || session.browser.type !== 'puppeteer') throw new Error(`${command} needs Chromium`);
      if (command === 'a11y-full-tree') return page.accessibility.snapshot({ interestingOnly: false });
      const cdp = await page.createCDPSession();
      if (command === 'set-font-sizes') return cdp.send('Page.setFontSizes', { fontSizes: payload });
      if (command === 'heap-used') {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
