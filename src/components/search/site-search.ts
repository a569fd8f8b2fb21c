import { parseQuery } from '../../lib/korean/query';
import { BIGRAM_DIR, bigramFileJson } from '../../lib/search/bigram-index';
import { RANKING, VOCABULARY_FILE } from '../../lib/search/contract';
import { INPUT_DEBOUNCE_MS, PAGE_SIZE } from '../../lib/search/ranking';
import { highlight } from '../../lib/search/results';
import { pagefindEngine, type Pagefind as PagefindSearch } from '../../lib/search/pagefind-engine';
import { runQuery, type Correction, type Hit, type QueryRun } from '../../lib/search/run';
import { parseVocabulary } from '../../lib/search/vocabulary';

/**
 * The search dialog: open with the button, Ctrl+K or `/`; search as the reader types, Korean IME
 * composition included; render what a query run (src/lib/search/run.ts) found — pages, each linked to
 * the section that answers, with an excerpt of real text, and the words corrected on the way.
 */

interface Pagefind extends PagefindSearch {
	options(options: object): Promise<void>;
	init(): Promise<void>;
}

const pagefindUrl = (file: string) => `${import.meta.env.BASE_URL}pagefind/${file}`;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const module = (await import(/* @vite-ignore */ pagefindUrl('pagefind.js'))) as Pagefind;
		await module.options({ ranking: RANKING });
		await module.init();
		return module;
	})();
	return pagefind;
}

let vocabulary: Promise<readonly string[]> | undefined;
/**
 * Pagefind as a run's engine; the vocabulary is fetched the first time a word finds nothing, the bigram index's files
 * as a query needs them.
 */
const engine = pagefindEngine(loadPagefind, () =>
	(vocabulary ??= fetch(pagefindUrl(VOCABULARY_FILE))
		.then((response) => response.json())
		.then((json) => parseVocabulary(json, VOCABULARY_FILE).words)
		// Without it, typos are not corrected; searching still works.
		.catch(() => [])),
	async (name) => {
		const response = await fetch(pagefindUrl(`${BIGRAM_DIR}/${name}`));
		if (!response.ok) throw new Error(`${name}: ${response.status}`);
		return bigramFileJson(await response.arrayBuffer());
	},
);

class SiteSearch extends HTMLElement {
	#dialog = this.querySelector('dialog')!;
	#input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
	#status = this.querySelector<HTMLElement>('.search-status')!;
	#list = this.querySelector<HTMLOListElement>('.search-results')!;
	#more = this.querySelector<HTMLButtonElement>('.search-more')!;
	#correction = this.querySelector<HTMLElement>('.search-correction')!;
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
		this.#correction.querySelector('button')!.addEventListener('click', () => {
			void this.#update({ asTyped: true });
			this.#input.focus();
		});
	}

	open() {
		this.#dialog.showModal();
		this.#input.focus();
		this.#input.select();
		void loadPagefind();
	}

	/** `asTyped`: the reader chose to search the words as typed, not as corrected. */
	async #update({ asTyped = false } = {}) {
		const raw = this.#input.value;
		const generation = ++this.#generation;
		const parsed = parseQuery(raw, { composing: this.#composing });
		if (parsed.terms.length === 0) {
			this.#run = undefined;
			this.#render(raw, []);
			return;
		}
		const run = await runQuery(engine, parsed, PAGE_SIZE, {
			stale: () => generation !== this.#generation,
			correct: !this.#composing && !asTyped,
		});
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
		const terms = this.#run?.terms ?? [];
		for (const hit of hits) this.#list.append(renderHit(hit, terms));
		this.#shown = append ? this.#shown + hits.length : hits.length;
		this.#renderStatus(raw);
		this.#more.hidden = !this.#run || (this.#run.hits.length <= this.#shown && this.#run.exhausted);
		this.dataset.resultsFor = raw;
	}

	#renderStatus(raw: string) {
		const query = raw.trim();
		const run = this.#run;
		const ignored = run?.ignored.length ? ` (‘${run.ignored.join('’, ‘')}’는 글에 없어 빼고 찾았습니다)` : '';
		this.#status.textContent = !query
			? ''
			: this.#shown === 0
				? `‘${query}’에 맞는 글을 찾지 못했습니다. 다른 말이나 띄어쓰기로 찾아보세요.`
				: `‘${query}’ 검색 결과 ${this.#shown}개${run && (run.hits.length > this.#shown || !run.exhausted) ? ' 이상' : ''}${ignored}`;
		this.#renderCorrection(run?.hits.length ? run.corrections : []);
	}

	/** "토스페이먼츠(으)로 찾은 결과", and a button to search the words as typed instead. */
	#renderCorrection(corrections: Correction[]) {
		this.#correction.hidden = corrections.length === 0;
		if (!corrections.length) return;
		const text = this.#correction.querySelector('.search-correction__text')!;
		text.textContent = `${corrections.map(({ to }) => `‘${to}’`).join(', ')}(으)로 찾은 결과입니다.`;
		const original = this.#correction.querySelector('button')!;
		original.textContent = `${corrections.map(({ from }) => `‘${from}’`).join(', ')}(으)로 찾기`;
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
	// Whose page it is, where the title does not say: one PG's rule is not every PG's.
	if (hit.pg) link.append(' ', Object.assign(document.createElement('span'), { className: 'search-result__pg', textContent: hit.pg }));
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
