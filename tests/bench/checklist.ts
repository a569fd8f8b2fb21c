/**
 * `npm run bench:checklist`: what the checklist island costs a reader of the KG이니시스 guide — the JS it
 * adds at first paint (gzip, the island's own files beside the rest of the page's JS) and the chunks it loads
 * only when asked (restore link, QR code, calendar), how long after navigation it is ready to tick, and how
 * long a tick takes to reach `localStorage`. Medians of several fresh loads.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../setup/chromium.ts';
import { checklistWeight } from '../setup/page-scripts.ts';
import { serveStatic } from '../setup/static-server.ts';
import { build, CONTENT_SETS, kb, median, table } from './builds.ts';
import { saveResults } from './results.ts';

const LOADS = Number(process.env.CHECKLIST_LOADS ?? 7);
const GUIDE = '/guides/kg-inicis-contract/';


async function main() {
	const built = await build('ours', CONTENT_SETS[0]!);
	const server = await serveStatic(built.outDir, 4465);
	const url = `http://127.0.0.1:4465${GUIDE}`;
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
	try {
		const weight = await checklistWeight(url);
		const interactive: number[] = [];
		const tickSaved: number[] = [];
		for (let load = 0; load < LOADS; load++) {
			// A fresh context each time: a first visit, no service worker, no stored progress.
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(url, { waitUntil: 'commit' });
			await page.waitForFunction(() => customElements.get('pg-checklist') && document.querySelector('pg-checklist input[type=checkbox]'));
			interactive.push(await page.evaluate(() => performance.now()));
			tickSaved.push(
				await page.evaluate(async () => {
					const box = document.querySelector<HTMLInputElement>('pg-checklist input[type=checkbox]')!;
					const before = JSON.stringify({ ...localStorage });
					const started = performance.now();
					box.click();
					while (JSON.stringify({ ...localStorage }) === before) await new Promise(requestAnimationFrame);
					return performance.now() - started;
				}),
			);
			await context.close();
		}
		const onDemand = weight.onDemand.map(({ file, bytes }) => ({ file: file.split('/').pop()!, bytes }));
		const results = { islandBytes: weight.islandBytes, onDemand, otherJsBytes: weight.otherBytes, interactiveMs: median(interactive), tickSavedMs: median(tickSaved) };
		saveResults('checklist', results);
		console.log(`\n## Checklist island (${new Date().toISOString().slice(0, 10)}, ${process.version}, median of ${LOADS} first visits)\n`);
		console.log(
			table(
				['island JS at first paint (gzip)', 'island JS on demand (gzip)', 'rest of the guide page’s JS (gzip)', 'ready to tick after navigation', 'tick → saved'],
				[
					[
						kb(results.islandBytes),
						kb(onDemand.reduce((sum, chunk) => sum + chunk.bytes, 0)),
						kb(results.otherJsBytes),
						`${Math.round(results.interactiveMs)} ms`,
						`${Math.round(results.tickSavedMs)} ms`,
					],
				],
			),
		);
		console.log('\nOn demand, each loaded only when asked for:\n');
		console.log(table(['chunk', 'gzip'], onDemand.map((chunk) => [chunk.file, kb(chunk.bytes)])));
	} finally {
		await browser.close();
		server.close();
	}
}

await main();
