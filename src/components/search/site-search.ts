import { parseQuery, type ParsedQuery, type QueryVariant } from '../../lib/korean/query';
import { BATCH_SIZE, PAGE_SIZE, RANKING } from '../../lib/search/ranking';
import { compact } from '../../lib/korean/text';
import { excerptAround, hasTerm, highlight, mergeResults, rankSections, titleCoverage, type HeadingAnchor, type SubResult } from '../../lib/search/results';

/**
 * The search dialog's behaviour: open with the button, Ctrl+K or `/`; search as the reader types,
 * Korean IME composition included; show pages that contain every query word, each linked to the
 * section that answers, with an excerpt of real text.
 */

interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	anchors: HeadingAnchor[];
	sub_results: SubResult[];
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<Fragment>;
}
interface Pagefind {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

interface Hit {
	url: string;
	title: string;
	section: string | undefined;
	excerpt: string;
	others: { title: string; url: string }[];
}

/** Pagefind's own UI waits 300 ms; a keystroke burst is over well before that. */
const INPUT_DEBOUNCE_MS = 25;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
		const module = (await import(/* @vite-ignore */ url)) as Pagefind;
		await module.options({ ranking: RANKING });
		await module.init();
		return module;
	})();
	return pagefind;
}

/** Runs a query's searches and keeps, in rank order, the pages that contain the words that must be there. */
class QueryRun {
	#results = new Map<string, PagefindResult>();
	#ranked: { id: string; score: number }[] = [];
	#lists: { weight: number; results: PagefindResult[] }[] = [];
	#checked = 0;
	readonly hits: Hit[] = [];
	/** The searchable text of each hit, compacted for `hasTerm`. */
	#texts: string[] = [];

	/** `stale` tells a run that the reader has typed on: it stops loading what nobody will see. */
	constructor(
		readonly parsed: ParsedQuery,
		readonly stale: () => boolean,
	) {}

	async start(count: number) {
		await this.#search(this.parsed.variants);
		await this.more(count);
		// Nothing, or next to nothing: the reader may have left out a space (이니시스계약절차).
		if (this.hits.length < 3 && this.parsed.fallbacks.length && !this.stale()) {
			await this.#search(this.parsed.fallbacks);
			await this.more(count - this.hits.length);
		}
	}

	/** The query words none of the found pages contains: the reader is told they were left out. */
	get ignored(): string[] {
		if (this.parsed.terms.length < 2 || this.hits.length === 0) return [];
		return this.parsed.terms.filter((term) => !this.#texts.some((text) => hasTerm(text, term)));
	}

	get exhausted() {
		return this.#checked >= this.#ranked.length;
	}

	/**
	 * Loads the data of further results until `count` more hits are found or none are left. Each batch is
	 * re-ranked with the title in view: Pagefind scores words, not whether the title says it all.
	 */
	async more(count: number) {
		const target = this.hits.length + count;
		while (this.hits.length < target && !this.exhausted && !this.stale()) {
			const batch = this.#ranked.slice(this.#checked, this.#checked + Math.max(count, BATCH_SIZE));
			this.#checked += batch.length;
			// Offline, a page not saved on this device has no data to load: that result is left out.
			const loaded = await Promise.all(
				batch.map(({ id, score }) => this.#results.get(id)!.data().then((fragment) => ({ fragment, score }), () => undefined)),
			);
			const found = loaded
				.filter((entry) => entry !== undefined)
				.map(({ fragment, score }) => ({
					fragment,
					text: compact(`${fragment.meta.title ?? ''} ${fragment.meta.searchTags ?? ''} ${fragment.content}`),
					score: score * (1 + titleCoverage(fragment.meta.title ?? '', this.parsed.terms)),
				}))
				.filter(({ text }) => this.parsed.required.every((term) => hasTerm(text, term)))
				.sort((a, b) => b.score - a.score);
			this.hits.push(...found.map(({ fragment }) => toHit(fragment, this.parsed.terms)));
			this.#texts.push(...found.map(({ text }) => text));
		}
	}

	async #search(variants: QueryVariant[]) {
		const engine = await loadPagefind();
		const answers = await Promise.all(variants.map((variant) => engine.search(variant.query)));
		answers.forEach((answer, index) => {
			const results = answer?.results ?? [];
			for (const result of results) this.#results.set(result.id, result);
			this.#lists.push({ weight: variants[index]!.weight, results });
		});
		const seen = new Set(this.#ranked.slice(0, this.#checked).map(({ id }) => id));
		this.#ranked = [
			...this.#ranked.slice(0, this.#checked),
			...mergeResults(this.#lists).filter(({ id }) => !seen.has(id)),
		];
	}
}

function toHit(fragment: Fragment, terms: string[]): Hit {
	const title = fragment.meta.title ?? fragment.url;
	const [best, ...others] = rankSections({ ...fragment, title }, terms);
	return {
		url: best?.url ?? fragment.url,
		title,
		section: best?.isHeading && best.title !== title ? best.title : undefined,
		excerpt: excerptAround(best?.text ?? '', terms),
		others: others.filter((section) => section.isHeading).slice(0, 3),
	};
}

class SiteSearch extends HTMLElement {
	#dialog = this.querySelector('dialog')!;
	#input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
	#status = this.querySelector<HTMLElement>('.search-status')!;
	#list = this.querySelector<HTMLOListElement>('.search-results')!;
	#more = this.querySelector<HTMLButtonElement>('.search-more')!;
	#composing = false;
	#generation = 0;
	#run: QueryRun | undefined;
	#shown = 0;
	#debounce: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const open = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		open.addEventListener('click', () => this.open());
		open.addEventListener('pointerenter', () => void loadPagefind(), { once: true });
		open.disabled = false;
		this.querySelector('button[data-close-modal]')!.addEventListener('click', () => this.#dialog.close());
		this.#dialog.addEventListener('click', (event) => {
			// A click on the backdrop, or on a result (which may link into the page already open).
			if (event.target === this.#dialog || (event.target as Element).closest('a')) this.#dialog.close();
		});
		window.addEventListener('keydown', (event) => {
			// Right after Escape, focus may still sit in the closed dialog's box: that is not typing elsewhere.
			const typing =
				event.target instanceof HTMLElement &&
				!this.#dialog.contains(event.target) &&
				event.target.closest('input, textarea, select, [contenteditable]');
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
				event.preventDefault();
				this.#dialog.open ? this.#dialog.close() : this.open();
			} else if (event.key === '/' && !typing && !this.#dialog.open) {
				event.preventDefault();
				this.open();
			}
		});
		this.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
		this.#input.addEventListener('compositionstart', () => (this.#composing = true));
		this.#input.addEventListener('compositionend', () => {
			this.#composing = false;
			void this.#update();
		});
		this.#input.addEventListener('input', () => {
			// Coalesce a burst of keystrokes: only the query the reader stopped at is searched.
			clearTimeout(this.#debounce);
			this.#debounce = setTimeout(() => void this.#update(), INPUT_DEBOUNCE_MS);
		});
		this.#input.addEventListener('keydown', (event) => this.#onInputKey(event));
		this.#list.addEventListener('keydown', (event) => this.#onListKey(event));
		this.#more.addEventListener('click', () => void this.#showMore());
	}

	open() {
		this.#dialog.showModal();
		this.#input.focus();
		this.#input.select();
		void loadPagefind();
	}

	async #update() {
		const raw = this.#input.value;
		const generation = ++this.#generation;
		const parsed = parseQuery(raw, { composing: this.#composing });
		if (parsed.variants.length === 0) {
			this.#run = undefined;
			this.#render(raw, []);
			return;
		}
		const run = new QueryRun(parsed, () => generation !== this.#generation);
		await run.start(PAGE_SIZE);
		if (generation !== this.#generation) return;
		// Mid-syllable, a query can briefly match nothing (이니싯 on the way to 이니시스): keep what is shown.
		if (this.#composing && run.hits.length === 0 && this.#list.childElementCount > 0) return;
		this.#run = run;
		this.#shown = 0;
		this.#render(raw, run.hits.slice(0, PAGE_SIZE));
	}

	async #showMore() {
		const run = this.#run;
		if (!run) return;
		await run.more(PAGE_SIZE);
		this.#render(this.#input.value, run.hits.slice(this.#shown, this.#shown + PAGE_SIZE), { append: true });
	}

	#render(raw: string, hits: Hit[], { append = false } = {}) {
		if (!append) this.#list.replaceChildren();
		const terms = this.#run?.parsed.terms ?? [];
		for (const hit of hits) this.#list.append(renderHit(hit, terms));
		this.#shown = append ? this.#shown + hits.length : hits.length;
		this.#renderStatus(raw);
		this.#more.hidden = !this.#run || (this.#run.hits.length <= this.#shown && this.#run.exhausted);
		this.dataset.resultsFor = raw;
	}

	#renderStatus(raw: string) {
		const query = raw.trim();
		const ignored = this.#run?.ignored.length ? ` (‘${this.#run.ignored.join('’, ‘')}’는 글에 없어 빼고 찾았습니다)` : '';
		this.#status.textContent = !query
			? ''
			: this.#shown === 0
				? `‘${query}’에 맞는 글을 찾지 못했습니다. 다른 말이나 띄어쓰기로 찾아보세요.`
				: `‘${query}’ 검색 결과 ${this.#shown}개${this.#run && (this.#run.hits.length > this.#shown || !this.#run.exhausted) ? ' 이상' : ''}${ignored}`;
	}

	#links() {
		return [...this.#list.querySelectorAll<HTMLAnchorElement>('a')];
	}

	#onInputKey(event: KeyboardEvent) {
		// While the IME composes a syllable, Enter and arrows belong to it.
		if (event.isComposing || event.keyCode === 229) return;
		const first = this.#links()[0];
		if (event.key === 'Enter' && first) {
			event.preventDefault();
			first.click();
		} else if (event.key === 'ArrowDown' && first) {
			event.preventDefault();
			first.focus();
		}
	}

	#onListKey(event: KeyboardEvent) {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = this.#links();
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (index === -1) return;
		event.preventDefault();
		const next = index + (event.key === 'ArrowDown' ? 1 : -1);
		if (next < 0) this.#input.focus();
		else links[Math.min(next, links.length - 1)]!.focus();
	}
}

function renderHit(hit: Hit, terms: string[]): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.className = 'search-result__link';
	link.href = hit.url;
	link.append(hit.title);
	if (hit.section) {
		const section = document.createElement('span');
		section.className = 'search-result__section';
		section.textContent = `› ${hit.section}`;
		link.append(section);
	}
	const excerpt = document.createElement('p');
	excerpt.className = 'search-result__excerpt';
	for (const segment of highlight(hit.excerpt, terms)) {
		excerpt.append(segment.mark ? Object.assign(document.createElement('mark'), { textContent: segment.text }) : segment.text);
	}
	item.append(link, excerpt);
	if (hit.others.length) {
		const others = document.createElement('ul');
		others.className = 'search-result__more';
		others.setAttribute('aria-label', '다른 관련 부분');
		for (const other of hit.others) {
			const entry = document.createElement('li');
			entry.append(Object.assign(document.createElement('a'), { href: other.url, textContent: other.title }));
			others.append(entry);
		}
		item.append(others);
	}
	return item;
}

customElements.define('site-search', SiteSearch);
