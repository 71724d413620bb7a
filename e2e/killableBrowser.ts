/**
 * A Chromium the test can kill like a crash: started as its own process group with a
 * persistent profile and driven over the DevTools protocol, so `kill()` sends SIGKILL (no
 * unload, no flush) and `relaunch()` reopens the same profile, as a user restarting would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

/** One browser process over a profile folder that outlives it. */
export interface KillableBrowser {
  context: BrowserContext;
  /** SIGKILL to the whole process group, then wait until it is gone. */
  kill(): Promise<void>;
}

function start(profile: string): Promise<{ proc: ChildProcess; ws: string }> {
  const proc = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${err.slice(-500)}`)), 30_000);
    proc.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, ws: m[1]! });
      }
    });
    proc.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${err.slice(-500)}`)));
  });
}

/** Makes a profile folder; `open` starts a browser over it; `dispose` removes it. */
export function killableProfile() {
  const profile = mkdtempSync(join(tmpdir(), 'polyvox-kill-'));
  let browser: Browser | null = null;
  return {
    async open(): Promise<KillableBrowser> {
      const { proc, ws } = await start(profile);
      browser = await chromium.connectOverCDP(ws);
      const context = browser.contexts()[0]!;
      return {
        context,
        kill: async () => {
          const gone = new Promise((resolve) => proc.once('exit', resolve));
          process.kill(-proc.pid!, 'SIGKILL');
          await gone;
          browser = null;
        },
      };
    },
    dispose(): void {
      void browser?.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
