/**
 * What "전체 저장" tells the reader, in Korean: sizes, and why a run stopped with what to do about it. Pure, so the
 * wording is tested without a browser; the element (src/components/offline/save-all-element.ts) only shows it.
 */

/** `1234567` → `1.2 MB`. */
export function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** A file the site did not give (its HTTP status), as `saveAll` reports it. */
export class FileNotServedError extends Error {
	constructor(
		readonly url: string,
		readonly status: number,
	) {
		super(`${url}: ${status}`);
		this.name = 'FileNotServedError';
	}
}

/** Storage the browser reports for this site, when it does (`navigator.storage.estimate()`). */
export interface StorageRoom {
	usage?: number;
	quota?: number;
}

const RETRY = '다시 누르면 받지 못한 파일만 받습니다.';
/** What stays whatever happens to "전체 저장": the reader should not fear for it. */
const KEPT = '읽은 페이지와 체크리스트 진행 상황은 그대로 이 기기에 남습니다.';

/** Whether the device has visibly less room than the files need: said before anything is downloaded. */
export function lacksRoom({ usage, quota }: StorageRoom, storedBytes: number): boolean {
	return usage !== undefined && quota !== undefined && quota - usage < storedBytes;
}

/** The room left, as words (`이 사이트가 더 쓸 수 있는 공간 약 3.1 MB`), or nothing when the browser does not say. */
function room({ usage, quota }: StorageRoom): string {
	return usage !== undefined && quota !== undefined ? `이 사이트가 더 쓸 수 있는 공간 약 ${megabytes(Math.max(0, quota - usage))}` : '';
}

/**
 * Why a run stopped, and what helps: a full device needs space freed (a retry alone fails again), a lost connection
 * needs the connection, a file the site did not give needs a moment (a deploy under way). Never the browser's own
 * (English) error text.
 */
export function saveFailureMessage(error: unknown, storedBytes: number, storage: StorageRoom = {}): string {
	const name = error instanceof Error || error instanceof DOMException ? error.name : '';
	if (name === 'QuotaExceededError') {
		const sizes = [`전체 저장에 약 ${megabytes(storedBytes)} 필요`, room(storage)].filter(Boolean).join(', ');
		return `이 기기의 저장 공간이 부족해 멈췄습니다(${sizes}). 휴대폰의 저장 공간을 비우거나 브라우저에서 다른 사이트의 데이터를 지운 뒤 ${RETRY} ${KEPT}`;
	}
	if (error instanceof FileNotServedError) {
		return `사이트가 파일 하나를 주지 않아 멈췄습니다(HTTP ${error.status}). 새 버전을 배포하는 중일 수 있으니 잠시 뒤 ${RETRY}`;
	}
	// `fetch` rejects with a TypeError when the connection fails.
	if (name === 'TypeError') return `인터넷 연결이 끊겨 멈췄습니다. 연결된 뒤 ${RETRY}`;
	return `저장하지 못하고 멈췄습니다. 잠시 뒤 ${RETRY} ${KEPT}`;
}

/** Before downloading: the size, the room, and a word about mobile data. */
export function saveAllQuestion(files: number, wireBytes: number, storedBytes: number, storage: StorageRoom): string {
	const ask = `파일 ${files}개, ${megabytes(wireBytes)}를 내려받습니다(저장 공간 약 ${megabytes(storedBytes)}). 모바일 데이터라면 Wi-Fi에서 하세요.`;
	return lacksRoom(storage, storedBytes) ? `${ask} 이 기기에 남은 공간이 모자랄 수 있습니다(${room(storage)}).` : ask;
}
