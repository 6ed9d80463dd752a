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

/**
 * Features left off. Chromium reads only the last --disable-features switch, so
 * this repeats the ones playwright-core turns off for a quiet start (its
 * chromiumSwitches) and adds the omnibox popup's WebUIs: Chromium 15x preloads
 * them in two renderers as it starts, about 2 s of CPU at the moment of the
 * first navigation (measured on a 2-core VM: a fresh browser's CPU until the COW
 * page was drawn fell from 5.9 s to 3.8 s), for a popup a headless browser never opens.
 */
const DISABLED_FEATURES = [
  // playwright-core's
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  // the omnibox popup's WebUIs
  'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup',
];

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
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', `--disable-features=${DISABLED_FEATURES.join(',')}`],
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
