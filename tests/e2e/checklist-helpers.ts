/** Drives the checklist island on the KG이니시스 guide as a reader does, and reads what it shows and stores. */
import type { Browser, Page } from 'playwright-core';
import { RECORD_VERSION } from '../../src/lib/checklist/record';
import { storageKey } from '../../src/lib/checklist/store';
import { planTypes } from '../../src/lib/procedure/schema';
import type { PaymentType } from '../../src/lib/procedure/vocabulary';
import { openPage, type OpenPageOptions } from '../setup/browser';
import { readProcedures } from '../setup/procedures';

export const GUIDE = '/guides/kg-inicis-contract/';
export const GUIDE_ID = 'guides/kg-inicis-contract';
/** The guide's slot in `localStorage`. */
export const KEY = storageKey(GUIDE_ID);

/** The guide's procedure, as the build reads it: what the checklist must show is computed from it, never pinned. */
export const PROCEDURE = readProcedures().find((procedure) => procedure.guide === GUIDE_ID)!;

/** The ids of the steps a reader following `types` sees (all of them when none is chosen), in procedure order. */
export function stepsFor(types: PaymentType[] | null): string[] {
	const plans = new Map(PROCEDURE.plans.map((plan) => [plan.id, planTypes(plan)]));
	return PROCEDURE.steps
		.filter((step) => !types || !step.plans || step.plans.some((plan) => plans.get(plan)!.some((type) => types.includes(type as PaymentType))))
		.map((step) => step.id);
}

/** Opens `path` (the guide unless given) in a fresh context, once the checklist element is defined. */
export async function openGuide(browser: Browser, options?: OpenPageOptions, path = GUIDE) {
	const tracked = await openPage(browser, path, options);
	await tracked.page.waitForFunction(() => customElements.get('pg-checklist'));
	return tracked;
}

export const checkbox = (page: Page, id: string) => page.locator(`#checklist-${id}`);
/** The line under an item: the day it was ticked and the dates counted from it. */
export const dates = (page: Page, id: string) => page.locator(`[data-item="${id}"] [data-dates]`).textContent();
export const status = (page: Page) => page.locator('pg-checklist [data-status]').textContent();
/** The guide's record as stored, or null. */
export const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** A stored record of the guide, of the current version (dates may be anything: what storage might hold). */
export const record = (checked: Record<string, unknown>, types: string[] | null = null) => ({
	version: RECORD_VERSION,
	guide: GUIDE_ID,
	checked,
	types,
	fingerprints: {},
});

/** A payment type's box in the guide's checklist, by its Korean label (일반결제, 정기결제, 간편결제). */
export const typeBox = (page: Page, label: string) => page.locator('pg-checklist fieldset').getByRole('checkbox', { name: label, exact: true });

/** Puts `value` in the guide's storage slot and reloads. */
export async function seed(page: Page, value: string) {
	await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [KEY, value]);
	await page.reload();
}
