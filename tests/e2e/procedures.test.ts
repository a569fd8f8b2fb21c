/**
 * Every PG's procedure on a 390 px phone: its guide has a step overview and a checklist of at least 5 items; 신청 전
 * 준비 and every step that applies to all plans (such as 키파일) show in the overview and in the checklist whatever plan
 * is chosen; and the procedure's pages are reachable in step order from the sidebar and from 이전/다음.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../setup/browser';
import { readProcedures } from '../setup/procedures';

const PROCEDURES = readProcedures();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

test('there is a procedure for each of the 22 PGs', () => {
	expect(PROCEDURES.length).toBeGreaterThanOrEqual(22);
});

describe.each(PROCEDURES.map((procedure) => [procedure.pg.name, procedure] as const))('%s', (_, procedure) => {
	test('its guide opens with the steps and ends with a checklist; steps for every plan show whichever payment types are chosen', async () => {
		const tracked = await openPage(browser, `/${procedure.guide}/`, { context: PHONE });
		const { page } = tracked;
		await page.waitForFunction(() => customElements.get('pg-checklist'));
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		const overview = await page.locator('.step-overview ol > li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.step));
		expect(overview).toEqual(procedure.steps.map((step) => step.id));
		expect(overview[0]).toBe('prepare');
		const items = page.locator('pg-checklist li[data-item]');
		expect(await items.count()).toBeGreaterThanOrEqual(5);
		expect(await items.first().getAttribute('data-item')).toBe('prepare');

		const everyPlan = procedure.steps.filter((step) => !step.plans || step.plans.length === procedure.plans.length).map((step) => step.id);
		expect(everyPlan).toContain('prepare');
		const shown = () => items.evaluateAll((list) => list.filter((item) => !(item as HTMLElement).hidden).map((item) => (item as HTMLElement).dataset.item));
		const plans = procedure.plans.length > 1 ? procedure.plans : [];
		const boxes = page.locator('pg-checklist fieldset input[data-type]');
		for (const plan of plans) {
			// Exactly the plan's payment types chosen.
			const types = (plan as { types?: string[] }).types ?? [plan.id];
			for (const box of await boxes.all()) await box.setChecked(types.includes((await box.getAttribute('value'))!));
			const visible = await shown();
			for (const id of everyPlan) expect(visible, `${plan.label}: ${id}`).toContain(id);
			const own = procedure.steps.filter((step) => step.plans?.includes(plan.id)).map((step) => step.id);
			for (const id of own) expect(visible, `${plan.label}: ${id}`).toContain(id);
		}
		expect(tracked.errors()).toEqual([]);
		await tracked.close();
	});
});

test('KG이니시스: the 키파일 step is its own step, in the overview and in the checklist of both plans', async () => {
	const tracked = await openPage(browser, '/guides/kg-inicis-contract/', { context: PHONE });
	const { page } = tracked;
	await page.waitForFunction(() => customElements.get('pg-checklist'));
	expect(await page.locator('.step-overview li[data-step="key-file"]').textContent()).toContain('키파일');
	for (const type of ['일반결제', '정기결제', '간편결제']) {
		for (const box of await page.locator('pg-checklist fieldset input[data-type]').all()) await box.uncheck();
		await page.locator('pg-checklist fieldset').getByRole('checkbox', { name: type, exact: true }).check();
		expect(await page.locator('pg-checklist li[data-item="key-file"]').isVisible(), type).toBe(true);
		expect(await page.locator('pg-checklist li[data-item="prepare"]').isVisible(), type).toBe(true);
	}
	await tracked.close();
});

test('KG이니시스: its pages in step order, from the phone menu and from 이전/다음', async () => {
	const order = ['/guides/service-requirements/', '/guides/pg-application/', '/guides/kg-inicis-contract/', '/guides/contract-documents/', '/guides/kg-inicis-channel-setup/'];
	const tracked = await openPage(browser, '/guides/kg-inicis-contract/', { context: PHONE });
	const { page } = tracked;
	await page.getByRole('button', { name: '메뉴' }).click();
	const group = page.locator('.pg-sidebar-nav > ul > li', { has: page.locator('.pg-sidebar-group', { hasText: 'KG이니시스 계약 순서' }) });
	expect(await group.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(order);
	expect(await group.locator('a[aria-current="page"]').getAttribute('href')).toBe('/guides/kg-inicis-contract/');
	await page.keyboard.press('Escape');

	// From the guide, 다음 walks on along the procedure, and 이전 walks back.
	await page.locator('.pagination-links a[rel="next"]').click();
	await page.waitForURL(`**${order[3]}`);
	await page.goto('/guides/kg-inicis-channel-setup/');
	expect(await page.locator('.pagination-links a[rel="prev"]').getAttribute('href')).toBe(order[3]);
	await page.goto('/guides/kg-inicis-contract/');
	expect(await page.locator('.pagination-links a[rel="prev"]').getAttribute('href')).toBe(order[1]);
	await tracked.close();
});
