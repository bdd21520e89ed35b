import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, fixturesDir, packageDir } from './run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const artifacts = join(packageDir, 'test-artifacts');
/** The README's screenshot: written when missing, or refreshed with COPYDESK_UPDATE_SCREENSHOT=1. */
const readmeScreenshot = join(packageDir, 'docs/playground.png');

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}; the playground test needs it. Install it with: apt-get update && apt-get install -y chromium`);
  }
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: build the package first (npx --yes pnpm@10 --filter copydesk build)`);
  server = spawn(process.execPath, [cliPath, 'serve', '--port', '0'], { cwd: packageDir, stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise<string>((resolve, reject) => {
    server!.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(chunk);
      if (match) resolve(match[0]);
    });
    server!.on('exit', (code) => reject(new Error(`copydesk serve exited with ${code}`)));
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  await mkdir(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

async function openPlayground(): Promise<{ page: Page; requests: string[]; loadMs: number }> {
  const page = await browser!.newPage({ viewport: { width: 1680, height: 1050 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Also failed requests and policy violations, which the console reports as errors.
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await page.waitForSelector('body[data-state="ready"]');
  // Measured by the page itself: from navigation start to the first article parsed and shown.
  const loadMs = Number(await page.locator('body').getAttribute('data-ready-ms'));
  expect(errors).toEqual([]);
  return { page, requests, loadMs };
}

describe('the playground page', () => {
  it('loads fast, offline, with the example article parsed in the page', async () => {
    const { page, requests, loadMs } = await openPlayground();
    console.log(`playground: the example parsed and shown ${loadMs} ms after navigation started`);
    expect(loadMs).toBeLessThan(2000);
    // Everything comes from the local server: the page works without a network.
    expect(requests.filter((r) => !r.startsWith(url) && !r.startsWith('about:') && !r.startsWith('data:'))).toEqual([]);
    await expect.poll(() => page.locator('#markdown').textContent()).toContain('# Last Stronghold of ISIS Caliphate');
    expect(await page.locator('mark.removed').count()).toBeGreaterThan(0);
    if (!existsSync(readmeScreenshot) || process.env.COPYDESK_UPDATE_SCREENSHOT === '1') {
      // Show the end of the article, where most of the set-aside lines are, with one explained.
      await page.locator('#highlighted').evaluate((pre) => {
        pre.scrollTop = pre.scrollHeight;
      });
      await page.locator('mark.removed').last().hover();
      await page.screenshot({ path: readmeScreenshot });
    }
    await page.close();
  });

  it('parses a pasted article into the three panes and highlights what it set aside', async () => {
    const { page } = await openPlayground();
    const article = await readFile(join(fixturesDir, 'articles/business/bakery.txt'), 'utf8');
    await page.locator('#input').fill(article);

    await expect.poll(() => page.locator('#markdown').textContent()).toContain('# Village bakery wins national bread award');
    // HTML: rendered inside the sandboxed frame, from srcdoc.
    const preview = page.locator('#preview');
    expect(await preview.getAttribute('sandbox')).toBe('');
    expect(await preview.getAttribute('srcdoc')).toContain('Village bakery wins national bread award');
    await expect.poll(() => page.frameLocator('#preview').locator('body').textContent()).toContain('wood-fired oven');
    // JSON: the article model.
    const json = JSON.parse((await page.locator('#json').textContent()) ?? '') as {
      type: string;
      meta: { title: string };
      removed: Array<{ kind: string; text: string; reason: string }>;
    };
    expect(json.type).toBe('article');
    expect(json.meta.title).toBe('Village bakery wins national bread award');
    // The input, with the share line highlighted and explained on hover, as the model says.
    const removedShare = json.removed.find((r) => r.text.includes('Share this article on Facebook'));
    expect(removedShare).toBeDefined();
    const mark = page.locator('mark.removed', { hasText: 'Share this article on Facebook' });
    expect(await mark.count()).toBe(1);
    expect(await mark.getAttribute('data-kind')).toBe(removedShare!.kind);
    expect(await mark.getAttribute('title')).toBe(`${removedShare!.kind}: ${removedShare!.reason}`);
    await mark.hover();
    expect(await page.locator('#removal-detail').textContent()).toBe(`${removedShare!.kind}: ${removedShare!.reason}`);
    // Nothing is lost from the input view: it shows the pasted text exactly.
    expect(await page.locator('#highlighted').textContent()).toBe(article);
    await page.screenshot({ path: join(artifacts, 'playground-pasted.png') });
    await page.close();
  });

  it('reads a chosen or dropped file by the parser’s decoding rules', async () => {
    const { page } = await openPlayground();
    const bytes = await readFile(join(fixturesDir, 'articles/business/harbour-wire.txt'));
    await page.locator('#file').setInputFiles({ name: 'harbour-wire.txt', mimeType: 'text/plain', buffer: bytes });
    await expect.poll(() => page.locator('#markdown').textContent()).toContain('Port strike ends after three days');
    await page.screenshot({ path: join(artifacts, 'playground-file.png') });

    // Dropped anywhere on the page: a Windows-1252 file, decoded as the parser decodes it.
    const latin1 = [...Buffer.from('Caf\xe9 owners protest new rules\n\nThe owners of the caf\xe9s in the old town said on Monday that the new rules would cost them customers.\n', 'latin1')];
    await page.evaluate((bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'cafe.txt', { type: 'text/plain' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, latin1);
    await expect.poll(() => page.locator('#markdown').textContent()).toContain('# Café owners protest new rules');
    expect(await page.locator('#input').inputValue()).toContain('cafés in the old town');
    await page.close();
  });
});
