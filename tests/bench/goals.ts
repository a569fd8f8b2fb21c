/**
 * The quality budget's goals, checked against the figures the benchmarks saved (./results.ts): one row
 * per goal with ours, plain Starlight where it has a counterpart, and whether the goal is met.
 */
import { kb } from './builds.ts';
import { FIRST_VISIT_BUDGET } from '../../src/offline/contract.ts';
import { LIGHTHOUSE_CATEGORIES, loadResults } from './results.ts';

const ratio = (value: number) => `${value.toFixed(2)}×`;
const met = (ok: boolean, detail = '') => (ok ? 'yes' : 'no') + (detail ? ` (${detail})` : '');

export function goalsTable(): string[][] {
	const site = loadResults('site');
	const search = loadResults('search');
	const checklist = loadResults('checklist');
	const scale = loadResults('scale');
	const rows: string[][] = [];

	// Build scale: time against plain Starlight at each N, and the guide page's HTML as N grows.
	const sizes = [...new Set(scale.runs.map((run) => run.n))].sort((a, b) => a - b);
	const scaleRun = (n: number, engine: string) => scale.runs.find((run) => run.n === n && run.engine === engine)!;
	const plainSizes = sizes.filter((n) => scaleRun(n, 'plain'));
	for (const n of sizes) {
		const ours = scaleRun(n, 'ours');
		const plain = scaleRun(n, 'plain');
		if (!plain) {
			rows.push([`build, N = ${n.toLocaleString('en')} (plain Starlight not built)`, `${ours.seconds.toFixed(1)} s`, '—', '—']);
			continue;
		}
		rows.push([`build ≤ 1.15× plain, N = ${n.toLocaleString('en')}`, `${ours.seconds.toFixed(1)} s`, `${plain.seconds.toFixed(1)} s`, met(ours.seconds <= plain.seconds * 1.15, ratio(ours.seconds / plain.seconds))]);
	}
	const growth = (engine: string) => scaleRun(sizes.at(-1)!, engine).guideHtmlBytes / scaleRun(sizes[0]!, engine).guideHtmlBytes;
	const htmlAt = (engine: string) => (engine === 'ours' ? sizes : plainSizes).map((n) => kb(scaleRun(n, engine).guideHtmlBytes)).join(' → ');
	rows.push([`guide HTML flat as N grows (≤ 1.1× from N = ${sizes[0]} to ${sizes.at(-1)!.toLocaleString('en')})`, htmlAt('ours'), htmlAt('plain'), met(growth('ours') <= 1.1, ratio(growth('ours')))]);

	// Page weight and Lighthouse.
	const page = (label: string, engine: string) => site.pages.find((entry) => entry.page === label && entry.engine === engine);
	const guideOurs = page('guide', 'ours');
	const guidePlain = page('guide', 'plain');
	if (guideOurs && guidePlain) {
		rows.push(['guide JS ≤ plain + 6 KB (gzip)', kb(guideOurs.jsBytes), kb(guidePlain.jsBytes), met(guideOurs.jsBytes <= guidePlain.jsBytes + 6 * 1024)]);
	}
	const corpusHtml = (engine: string) => site.guideHtml.find((entry) => entry.set === 'corpus' && entry.engine === engine);
	if (corpusHtml('ours')) {
		rows.push(['guide page HTML ≤ 40 KB with the corpus', kb(corpusHtml('ours')!.bytes), corpusHtml('plain') ? kb(corpusHtml('plain')!.bytes) : '—', met(corpusHtml('ours')!.bytes <= 40 * 1024)]);
	}
	const scores = (entry: (typeof site.pages)[number] | undefined) =>
		entry ? (['mobile', 'desktop'] as const).map((preset) => `${preset} ${LIGHTHOUSE_CATEGORIES.map((id) => entry.lighthouse[preset][id]).join('/')}`).join(', ') : '—';
	for (const label of [...new Set(site.pages.map((entry) => entry.page))]) {
		const ours = page(label, 'ours');
		if (!ours) continue;
		const all100 = (['mobile', 'desktop'] as const).every((preset) => LIGHTHOUSE_CATEGORIES.every((id) => ours.lighthouse[preset][id] === 100));
		rows.push([`Lighthouse 100/100/100/100: ${label}`, scores(ours), scores(page(label, 'plain')), met(all100)]);
	}

	// The first visit's whole download, the service worker's background work included, at every N measured.
	const visits = (engine: string) => (site.firstVisit ?? []).filter((visit) => visit.engine === engine).sort((a, b) => a.n - b.n);
	if (visits('ours').length > 0) {
		const list = (engine: string) => visits(engine).map((visit) => `${visit.n.toLocaleString('en')}: ${kb(visit.bytes)}`).join(', ');
		rows.push([
			`first visit ≤ 1.5 MB on the wire, precache included (N = ${visits('ours').map((visit) => visit.n.toLocaleString('en')).join(', ')})`,
			list('ours'),
			list('plain'),
			met(visits('ours').every((visit) => visit.bytes <= FIRST_VISIT_BUDGET)),
		]);
	}

	// Search, per content set.
	// The goals are read on the dev sets as each site is built (ours with the content's searchTags, plain without).
	const searchRun = (set: string, engine: string, queries = 'dev') =>
		search.runs.find((run) => run.set === set && run.engine === engine && run.queries === queries && run.searchTags === (engine === 'ours'))!;
	const sets = [...new Set(search.runs.filter((run) => run.queries === 'dev').map((run) => run.set))];
	const perSet = (value: (set: string, engine: string) => string, engine: string) => sets.map((set) => value(set, engine)).join(' / ');
	const everySet = (test: (set: string) => boolean) => sets.every(test);
	rows.push([
		`search recall@1 ≥ 0.95 (${sets.join(' / ')})`,
		perSet((set, engine) => searchRun(set, engine).recall1.toFixed(3), 'ours'),
		perSet((set, engine) => searchRun(set, engine).recall1.toFixed(3), 'plain'),
		met(everySet((set) => searchRun(set, 'ours').recall1 >= 0.95)),
	]);
	// The question sets: the first seven were tuned on after their first run (docs/benchmarks.md says what), the eighth and ninth
	// never, the tenth and eleventh read for the English table since their first run, the twelfth never; issue 24's sets over
	// this site's own pages (written blind, half naming no PG), the first tuned on since, the second, third, fifth, sixth,
	// seventh to eleventh since their first run, the fourth never, the twelfth never.
	for (const [set, queries, label] of [
		['corpus', 'questions', 'questions (first set, tuned on since)'],
		['corpus', 'fresh questions', 'questions (second set, tuned on since)'],
		['corpus', 'third questions', 'questions (third set, tuned on since)'],
		['corpus', 'fourth questions', 'questions (fourth set, tuned on since)'],
		['corpus', 'fifth questions', 'questions (fifth set, tuned on since)'],
		['corpus', 'sixth questions', 'questions (sixth set, tuned on since)'],
		['corpus', 'seventh questions', 'questions (seventh set, tuned on since)'],
		['corpus', 'eighth questions', 'questions (eighth set, never tuned on)'],
		['corpus', 'ninth questions', 'questions (ninth set, held out, never tuned on)'],
		['corpus', 'tenth questions', 'questions (tenth set, its English misses read since its first run)'],
		['corpus', 'eleventh questions', 'questions (eleventh set, its English misses read since its first run)'],
		['corpus', 'twelfth questions', 'questions (twelfth set, held out, never tuned on)'],
		['default', 'site questions', 'site questions (first set, tuned on since)'],
		['default', 'second site questions', 'site questions (second set, tuned on since its first run)'],
		['default', 'third site questions', 'site questions (third set, tuned on since its first run)'],
		['default', 'fourth site questions', 'site questions (fourth set, never tuned on)'],
		['default', 'fifth site questions', 'site questions (fifth set, tuned on since its first run)'],
		['default', 'sixth site questions', 'site questions (sixth set, tuned on since its first run)'],
		['default', 'seventh site questions', 'site questions (seventh set, tuned on since its first run)'],
		['default', 'eighth site questions', 'site questions (eighth set, tuned on since its first run)'],
		['default', 'ninth site questions', 'site questions (ninth set, tuned on since its first run)'],
		['default', 'tenth site questions', 'site questions (tenth set, tuned on since its first run)'],
		['default', 'eleventh site questions', 'site questions (eleventh set, tuned on since its first run)'],
		['default', 'twelfth site questions', 'site questions (twelfth set, held out, never tuned on)'],
	] as const) {
		const ours = searchRun(set, 'ours', queries);
		if (!ours) continue;
		const plain = searchRun(set, 'plain', queries);
		rows.push([
			`${label}: recall@1 ≥ 0.9, no empty list`,
			`${ours.recall1.toFixed(3)}, ${ours.noResultRate.toFixed(3)} empty`,
			`${plain.recall1.toFixed(3)}, ${plain.noResultRate.toFixed(3)} empty`,
			met(ours.recall1 >= 0.9 && ours.noResultRate === 0),
		]);
	}
	rows.push([
		'search warm p95 ≤ 150 ms',
		perSet((set, engine) => `${Math.round(searchRun(set, engine).p95)} ms`, 'ours'),
		perSet((set, engine) => `${Math.round(searchRun(set, engine).p95)} ms`, 'plain'),
		met(everySet((set) => searchRun(set, 'ours').p95 <= 150)),
	]);
	const versus = (set: string, key: 'indexBytes' | 'firstQueryBytes') => searchRun(set, 'ours')[key] / searchRun(set, 'plain')[key];
	rows.push([
		'search index ≤ 2.5× plain',
		perSet((set, engine) => kb(searchRun(set, engine).indexBytes), 'ours'),
		perSet((set, engine) => kb(searchRun(set, engine).indexBytes), 'plain'),
		met(everySet((set) => versus(set, 'indexBytes') <= 2.5), sets.map((set) => ratio(versus(set, 'indexBytes'))).join(' / ')),
	]);
	rows.push([
		'first-query bytes ≤ 2× plain',
		perSet((set, engine) => kb(searchRun(set, engine).firstQueryBytes), 'ours'),
		perSet((set, engine) => kb(searchRun(set, engine).firstQueryBytes), 'plain'),
		met(everySet((set) => versus(set, 'firstQueryBytes') <= 2), sets.map((set) => ratio(versus(set, 'firstQueryBytes'))).join(' / ')),
	]);

	// The checklist island.
	rows.push(['checklist island ≤ 6 KB gzip', kb(checklist.islandBytes), '—', met(checklist.islandBytes <= 6 * 1024)]);
	return rows;
}
