/**
 * The restore link, loaded only when the reader asks for a link or opens one: makes the link of every guide's
 * progress (with copy, share and a QR code), and on opening one shows what it holds and asks before replacing or
 * merging this browser's progress. A link that cannot be read changes nothing.
 */
import { SAVED_AT_KEY } from '../../lib/checklist/backup';
import type { Plan } from '../../lib/checklist/items';
import { decodeLink, encodeLink, LINK_ERRORS, mergeProgress, type DecodedProgress, type LinkProgress } from '../../lib/checklist/link';
import { emptyRecord, type ChecklistRecord } from '../../lib/checklist/record';
import { ChecklistStore } from '../../lib/checklist/store';
import { formatSeoulDay, seoulDay } from '../../lib/dates';
import { loadCatalogue, type CatalogueEntry } from './catalogue';
import './restore-link.css';

const openStore = (guide: string) => new ChecklistStore(guide, () => localStorage);

function markSaved() {
	try {
		localStorage.setItem(SAVED_AT_KEY, new Date().toISOString());
	} catch {
		// Storage blocked: nothing to remind about either.
	}
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: object = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	Object.assign(node, properties);
	node.append(...children);
	return node;
}

/**
 * Fills `panel` with the link of this browser's progress in every guide; `current` is the record the page holds
 * (which may live in memory only, where storage is blocked).
 */
export async function showLinkPanel(panel: HTMLElement, current: ChecklistRecord): Promise<void> {
	const checklists = await loadCatalogue();
	const progress = checklists.map(({ guide }): LinkProgress => (guide === current.guide ? current : openStore(guide).record));
	const url = `${location.origin}${location.pathname}#${encodeLink(progress, checklists)}`;
	const status = element('p', { role: 'status' });
	const input = element('input', { readOnly: true, value: url, type: 'url' });
	input.setAttribute('aria-label', '복원 링크');
	const qr = element('div', { className: 'checklist__qr' });
	const button = (text: string, action: () => unknown) => {
		const node = element('button', { type: 'button' }, text);
		node.addEventListener('click', action);
		return node;
	};
	const actions = element(
		'p',
		{ className: 'checklist__actions' },
		button('링크 복사', async () => {
			try {
				await navigator.clipboard.writeText(url);
				status.textContent = '링크를 복사했습니다. 메모나 카카오톡 나에게 보내기에 붙여 넣어 두세요.';
				markSaved();
			} catch {
				input.select();
				status.textContent = '복사하지 못했습니다. 위의 링크를 길게 눌러 복사해 주세요.';
			}
		}),
	);
	if (typeof navigator.share === 'function') {
		actions.append(
			button('공유', () =>
				navigator.share({ title: document.title, url }).then(
					() => markSaved(),
					() => {},
				),
			),
		);
	}
	actions.append(
		button('QR 코드', async () => {
			const { renderSVG } = await import('uqr');
			qr.innerHTML = renderSVG(url, { ecc: 'L', border: 2 });
			const svg = qr.firstElementChild!;
			svg.setAttribute('role', 'img');
			svg.setAttribute('aria-label', '복원 링크 QR 코드');
			status.textContent = '휴대폰 카메라로 QR 코드를 찍으면 이 진행 상황이 휴대폰에서 열립니다.';
			markSaved();
		}),
	);
	panel.replaceChildren(
		element('p', {}, '이 링크를 열면 지금까지의 체크와 날짜, 결제 방식이 다른 브라우저나 기기로 옮겨집니다. 링크의 내용은 서버로 보내지지 않습니다.'),
		input,
		actions,
		qr,
		status,
	);
	panel.hidden = false;
}

const summary = (progress: LinkProgress) => {
	const days = Object.values(progress.checked).map((at) => seoulDay(new Date(at))).sort();
	const ticks = days.length === 0 ? '체크 없음' : `${days.length}개 항목 체크 (마지막 ${formatSeoulDay(days.at(-1)!)})`;
	return progress.plan ? `${ticks}, ${progress.plan}` : ticks;
};

/** The record to keep of `decoded`, replacing or merged with this browser's. */
function restoredRecord(decoded: DecodedProgress, entry: CatalogueEntry, mine: ChecklistRecord, merge: boolean): ChecklistRecord {
	// What the link's ticks saw is known only when it was made for this checklist as it is now.
	const theirs = decoded.sameChecklist ? Object.fromEntries(Object.keys(decoded.checked).map((id) => [id, entry.itemFingerprints[id]!])) : {};
	if (!merge) return { ...emptyRecord(decoded.guide), checked: decoded.checked, plan: decoded.plan as Plan | null, fingerprints: theirs };
	const merged = mergeProgress(mine, decoded);
	const fingerprints = Object.fromEntries(
		Object.keys(merged.checked).flatMap((id) => {
			const value = merged.checked[id] === mine.checked[id] ? mine.fingerprints[id] : theirs[id];
			return value ? [[id, value]] : [];
		}),
	);
	return { ...mine, checked: merged.checked, plan: merged.plan as Plan | null, fingerprints };
}

/**
 * Opens the link in the page's address (`#c=…`): shows what it holds and, when the reader agrees, replaces or
 * merges this browser's progress; `done` gets what happened, in Korean. The address loses the fragment either way.
 */
export async function openRestoreDialog(done: (message: string) => void): Promise<void> {
	const fragment = location.hash;
	const checklists = await loadCatalogue();
	const result = decodeLink(fragment, checklists);
	const dialog = element('dialog', { className: 'restore-dialog' });
	dialog.setAttribute('aria-labelledby', 'restore-dialog-title');
	const form = element('form', { method: 'dialog' });
	dialog.append(form);
	const title = element('p', { id: 'restore-dialog-title', className: 'restore-dialog__title' });
	const choices = (...buttons: [string, string][]) =>
		element('p', { className: 'restore-dialog__actions' }, ...buttons.map(([value, text]) => element('button', { value }, text)));
	const mine = new Map(checklists.map((entry) => [entry.guide, openStore(entry.guide).record]));
	if (!result.ok) {
		title.textContent = '복원 링크를 열 수 없습니다';
		form.append(title, element('p', {}, `${LINK_ERRORS[result.reason]} 이 브라우저의 체크리스트는 그대로입니다.`), choices(['close', '닫기']));
	} else {
		title.textContent = '복원 링크의 진행 상황을 가져올까요?';
		const list = element('ul');
		for (const decoded of result.progress) {
			const entry = checklists.find((candidate) => candidate.guide === decoded.guide)!;
			const here = mine.get(decoded.guide)!;
			const notes = [`링크: ${summary(decoded)}`, `이 브라우저: ${summary(here)}`];
			if (!decoded.sameChecklist) notes.push(`링크를 만든 뒤 체크리스트가 바뀌었습니다.${decoded.lost > 0 ? ` 없어진 항목의 체크 ${decoded.lost}개는 옮기지 않습니다.` : ''}`);
			list.append(element('li', {}, element('strong', {}, entry.title), ...notes.map((note) => element('span', {}, note))));
		}
		const anyHere = result.progress.some((decoded) => Object.keys(mine.get(decoded.guide)!.checked).length > 0 || mine.get(decoded.guide)!.plan);
		form.append(
			title,
			list,
			element('p', {}, anyHere ? '바꾸면 이 브라우저의 진행 상황 대신 링크의 것을 씁니다. 합치면 둘 다의 체크를 남깁니다(같은 항목은 이른 날짜).' : '이 브라우저에는 아직 진행 상황이 없습니다.'),
			choices(...(anyHere ? [['merge', '합치기'] as [string, string]] : []), ['replace', '링크로 바꾸기'], ['cancel', '취소']),
		);
	}
	document.body.append(dialog);
	dialog.addEventListener('close', () => {
		history.replaceState(null, '', location.pathname + location.search);
		const choice = dialog.returnValue;
		dialog.remove();
		if (!result.ok) return done(`복원 링크를 열 수 없습니다. ${LINK_ERRORS[result.reason]}`);
		if (choice !== 'replace' && choice !== 'merge') return done('복원 링크를 가져오지 않았습니다. 체크리스트는 그대로입니다.');
		for (const decoded of result.progress) {
			const entry = checklists.find((candidate) => candidate.guide === decoded.guide)!;
			openStore(decoded.guide).restore(restoredRecord(decoded, entry, mine.get(decoded.guide)!, choice === 'merge'));
		}
		// Every checklist element on the page re-reads its guide, as after another tab's change.
		window.dispatchEvent(new StorageEvent('storage', { key: null }));
		done(choice === 'merge' ? '복원 링크의 진행 상황을 합쳤습니다.' : '복원 링크의 진행 상황으로 바꿨습니다.');
	});
	dialog.showModal();
}
