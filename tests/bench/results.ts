/**
 * Each benchmark's key figures, saved beside its printed tables so that `npm run bench` can set them
 * against the goals in one summary table (tests/bench/all.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH, type Engine } from './builds.ts';

/** The Lighthouse categories measured, in the order the tables show them. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export interface SiteResults {
	guideHtml: { engine: Engine; set: string; bytes: number }[];
	pages: {
		page: string;
		engine: Engine;
		set: string;
		jsBytes: number;
		totalBytes: number;
		lighthouse: Record<'mobile' | 'desktop', Record<string, number>>;
	}[];
	/** Bytes on the wire of a first visit to the guide, the service worker's precache included, by N articles. */
	firstVisit: { engine: Engine; set: string; n: number; bytes: number }[];
}

export interface SearchResults {
	runs: {
		engine: Engine;
		set: string;
		/** Which query set: the dev sets (`dev`), or the natural-question sets (`questions`, `fresh questions`, `third questions`, `fourth questions`, `fifth questions`, `sixth questions`, `seventh questions`, `eighth questions`, `ninth questions`). */
		queries: string;
		searchTags: boolean;
		recall1: number;
		noResultRate: number;
		p95: number;
		firstQueryBytes: number;
		indexBytes: number;
	}[];
}

export interface ChecklistResults {
	/** First paint: the island's own scripts. */
	islandBytes: number;
	/** Loaded only when asked for (restore link, QR code, calendar), gzip each. */
	onDemand?: { file: string; bytes: number }[];
	otherJsBytes: number;
	interactiveMs: number;
	tickSavedMs: number;
}

export interface ScaleResults {
	runs: { n: number; engine: Engine; seconds: number; guideHtmlBytes: number }[];
}

export interface BenchResults {
	site: SiteResults;
	search: SearchResults;
	checklist: ChecklistResults;
	scale: ScaleResults;
}

const file = (name: keyof BenchResults) => join(BENCH, 'results', `${name}.json`);

export function saveResults<Name extends keyof BenchResults>(name: Name, results: BenchResults[Name]) {
	mkdirSync(join(BENCH, 'results'), { recursive: true });
	writeFileSync(file(name), JSON.stringify(results, null, '\t'));
}

export function loadResults<Name extends keyof BenchResults>(name: Name): BenchResults[Name] {
	return JSON.parse(readFileSync(file(name), 'utf-8')) as BenchResults[Name];
}
