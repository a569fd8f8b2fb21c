import { answersParams, PARAMS, readAnswers, type Answers, type OfferedValues } from '../../lib/choose/answers';
import { choose } from '../../lib/choose/choose';
import type { ChooserProcedure } from '../../lib/choose/procedure';
import { renderResult, resultStatus } from './render-result';

/**
 * `<pg-chooser>`: the questions' answers live in the address (`?biz=개인사업자&pay=카드…`), so that the result can be
 * sent to a partner and the same address draws the same page. After each answer the address is replaced (not
 * pushed: the back button leaves the page, as a reader expects of a form) and the result drawn again by the pure
 * chooser. Every control is native; the count is announced through a status line.
 */
class ChooserElement extends HTMLElement {
	#procedures: ChooserProcedure[] = [];
	#offered!: OfferedValues;
	#form!: HTMLFormElement;

	connectedCallback() {
		this.#procedures = JSON.parse(this.dataset.procedures!);
		this.#form = this.querySelector('form')!;
		this.#offered = offeredIn(this.#form);
		const { answers, ignored } = readAnswers(new URLSearchParams(location.search), this.#offered);
		this.#fill(answers);
		this.#ignored(ignored);
		// The page as built is the result without answers: draw only when there are some.
		if (location.search.length > 1) this.#draw(answers);
		this.#form.addEventListener('change', () => this.#answer());
		this.#form.addEventListener('submit', (event) => event.preventDefault());
		this.#form.addEventListener('reset', () => requestAnimationFrame(() => this.#answer()));
		this.querySelector('[data-copy]')?.addEventListener('click', () => void this.#copy());
	}

	#answer() {
		const params = new URLSearchParams([...new FormData(this.#form)].map(([name, value]) => [name, String(value)]));
		const { answers } = readAnswers(params, this.#offered);
		const query = answersParams(answers).toString();
		history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
		this.#ignored([]);
		this.#draw(answers);
	}

	/** The form as the answers say: a control is on when the address has its name and value. */
	#fill(answers: Answers) {
		const params = answersParams(answers);
		for (const control of this.#form.elements) {
			if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
				control.checked = params.getAll(control.name).includes(control.value);
			} else if (control instanceof HTMLSelectElement) {
				control.value = params.get(control.name) ?? '';
			}
		}
	}

	#draw(answers: Answers) {
		const result = choose(answers, this.#procedures);
		this.querySelector('[data-result]')!.innerHTML = renderResult(result, answers, { checklistAnchor: this.dataset.anchor! }).value;
		this.querySelector('[data-status]')!.textContent = resultStatus(result);
	}

	/** Answers of the address the chooser does not offer (a mistyped or outdated link) are said, not silently dropped. */
	#ignored(ignored: string[]) {
		const note = this.querySelector<HTMLElement>('[data-ignored]')!;
		note.hidden = ignored.length === 0;
		note.textContent = `주소의 답 가운데 이 페이지에 없는 것은 빼고 보여 줍니다: ${ignored.join(', ')}`;
	}

	async #copy() {
		const status = this.querySelector('[data-status]')!;
		try {
			await navigator.clipboard.writeText(location.href);
			status.textContent = '이 답의 링크를 복사했습니다. 카카오톡이나 메일에 붙여 보내세요.';
		} catch {
			status.textContent = '복사하지 못했습니다. 주소창의 주소를 복사해 보내세요.';
		}
	}
}

/** The answers the form offers, by field name, in its order: the values of its choices (the build drew them from the vocabulary). */
function offeredIn(form: HTMLFormElement): OfferedValues {
	const offered = Object.fromEntries(Object.values(PARAMS).map((param) => [param, [] as string[]])) as Record<keyof OfferedValues, string[]>;
	for (const control of form.elements) {
		if (!(control instanceof HTMLSelectElement || control instanceof HTMLInputElement) || !(control.name in offered)) continue;
		const values = control instanceof HTMLSelectElement ? [...control.options].map((option) => option.value).filter(Boolean) : [control.value];
		offered[control.name as keyof OfferedValues].push(...values);
	}
	return offered;
}

customElements.define('pg-chooser', ChooserElement);
