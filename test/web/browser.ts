/**
 * Headless Debian chromium through playwright-core for the browser tests and
 * the UI benchmark: a fresh profile per launch, no network services.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.ENTENTE_CHROMIUM ?? '/usr/bin/chromium';

/** Test option: skip, with a message, when chromium is absent. */
export function needsChromium(): { skip: string | false } {
  return { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent: browser tests skipped (apt-get install chromium)` };
}

export interface Launched {
  browser: BrowserContext;
  page: Page;
  dialogs: string[];
  errors: string[];
  close(): Promise<void>;
}

export async function launch(width = 1400, height = 880): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'entente-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    viewport: { width, height },
    // the page's CSP forbids eval; tests evaluate their probes as strings
    bypassCSP: true,
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    browser, page, dialogs, errors,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type { Browser, Page };
