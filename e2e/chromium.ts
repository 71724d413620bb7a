/**
 * How every test launches Debian's Chromium: the system binary (Playwright's own browser
 * download does not work here) with the project's standard flags. Specs that need more
 * flags (e.g. a fake microphone) add to these.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
