import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../setup/browser';

describe('smoke', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('/ is Korean and loads without console or page errors', async () => {
    const tracked = await openPage(browser, '/');
    try {
      expect(tracked.response?.status()).toBe(200);
      expect(await tracked.page.locator('html').getAttribute('lang')).toBe('ko');
      expect(tracked.errors()).toEqual([]);
    } finally {
      await tracked.close();
    }
  });
});
