import { SAVE_ALL_MANIFEST, type SaveAllManifest } from '../../offline/contract';
import { missingFiles, openSavedAll, readSavedAll, saveAll, type SaveProgress } from '../../offline/save-all';
import { megabytes, saveAllQuestion, saveFailureMessage, type StorageRoom } from '../../offline/save-all-text';

const storageRoom = async (): Promise<StorageRoom> => (await navigator.storage?.estimate?.().catch(() => undefined)) ?? {};

/** `<pg-save-all>`: see SaveAll.astro. The downloading itself is src/offline/save-all.ts. */
class SaveAllElement extends HTMLElement {
	#status = this.querySelector<HTMLElement>('[data-status]')!;
	#bar = this.querySelector<HTMLElement>('[data-progress]')!;
	#progress = this.querySelector('progress')!;
	#count = this.querySelector<HTMLElement>('[data-count]')!;
	#estimate = this.querySelector<HTMLElement>('[data-estimate]')!;
	#buttons = {
		ask: this.querySelector<HTMLButtonElement>('[data-action="ask"]')!,
		start: this.querySelector<HTMLButtonElement>('[data-action="start"]')!,
		cancel: this.querySelector<HTMLButtonElement>('[data-action="cancel"]')!,
	};
	#manifest: SaveAllManifest | undefined;
	#running: AbortController | undefined;

	connectedCallback() {
		if (!('caches' in window) || !('serviceWorker' in navigator)) return;
		this.#buttons.ask.addEventListener('click', () => void this.#ask());
		this.#buttons.start.addEventListener('click', () => void this.#start());
		this.#buttons.cancel.addEventListener('click', () => this.#running?.abort(new DOMException('취소', 'AbortError')));
		void this.#showSaved();
	}

	#show(...actions: ('ask' | 'start' | 'cancel')[]) {
		for (const [name, button] of Object.entries(this.#buttons)) button.hidden = !actions.includes(name as 'ask');
	}

	async #showSaved() {
		const saved = await readSavedAll(await openSavedAll());
		this.#status.textContent = saved ? `저장됨 · ${megabytes(saved.storedBytes)}` : '아직 전체 저장하지 않았습니다.';
		this.#show('ask');
		this.#buttons.ask.textContent = saved ? '새 글 확인' : '전체 저장';
		await this.#showEstimate();
	}

	async #showEstimate() {
		const { usage, quota } = await storageRoom();
		this.#estimate.textContent =
			usage !== undefined && quota !== undefined ? `이 브라우저가 이 사이트에 쓰는 저장 공간: ${megabytes(usage)} (쓸 수 있는 공간 약 ${megabytes(quota)})` : '';
	}

	/** The size first: nothing is downloaded before the reader agrees to it. */
	async #ask() {
		this.#status.textContent = '내려받을 크기를 확인하는 중…';
		try {
			this.#manifest = (await (await fetch(SAVE_ALL_MANIFEST, { cache: 'no-cache' })).json()) as SaveAllManifest;
		} catch {
			this.#status.textContent = '인터넷에 연결된 상태에서 다시 시도하세요.';
			return;
		}
		const missing = await missingFiles(this.#manifest, await openSavedAll());
		const bytes = missing.reduce((sum, [, , size]) => sum + size, 0);
		if (missing.length === 0) {
			await saveAll(this.#manifest, await openSavedAll());
			return this.#showSaved();
		}
		this.#status.textContent = saveAllQuestion(missing.length, bytes, this.#manifest.storedBytes, await storageRoom());
		this.#show('start', 'cancel');
	}

	async #start() {
		const manifest = this.#manifest!;
		this.#running = new AbortController();
		this.#show('cancel');
		this.#bar.hidden = false;
		const onProgress = ({ files, bytes, totalFiles, totalBytes }: SaveProgress) => {
			this.#progress.value = totalBytes ? bytes / totalBytes : 1;
			this.#count.textContent = `${megabytes(bytes)} / ${megabytes(totalBytes)} (${files}/${totalFiles})`;
		};
		try {
			await saveAll(manifest, await openSavedAll(), { signal: this.#running.signal, onProgress });
			this.#bar.hidden = true;
			await this.#showSaved();
		} catch (error) {
			this.#bar.hidden = true;
			const cancelled = this.#running.signal.aborted;
			await this.#showSaved();
			this.#status.textContent = cancelled
				? '취소했습니다. 받은 파일은 남아 있고, 다시 누르면 나머지만 받습니다.'
				: saveFailureMessage(error, manifest.storedBytes, await storageRoom());
		} finally {
			this.#running = undefined;
		}
	}
}

customElements.define('pg-save-all', SaveAllElement);
