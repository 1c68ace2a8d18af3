/**
 * A test-runner command that emulates forced colours (Windows high contrast) in Chromium:
 * `emulateMedia` of @web/test-runner-commands passes only the colour scheme and reduced motion to
 * Puppeteer. Browser side: `executeServerCommand('emulate-forced-colors', { active: true })`.
 */
export function forcedColorsCommand() {
  // Puppeteer's emulateMediaFeatures refuses `forced-colors`; the DevTools protocol takes it. The
  // session is kept, since an emulation ends with the session that set it.
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('Forced colours are emulated in Chromium only.');
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
