/**
 * The restore link, loaded only when the reader asks for a link or opens one: makes the link of every guide's
 * progress (with copy, share and a QR code), and on opening one, on any page, shows what it holds and asks before
 * replacing or merging this browser's progress. A link that cannot be read changes nothing.
 */
import { decodeLink, encodeLink, LINK_ERRORS, type LinkProgress } from '../../lib/checklist/link';
import { tickDay, type ChecklistRecord } from '../../lib/checklist/record';
import { restoredRecord } from '../../lib/checklist/restore';
import { shortDates } from '../../lib/checklist/view';
import type { PaymentType } from '../../lib/procedure/vocabulary';
import { loadCatalogue, openStore } from './catalogue';
import { markSaved } from './suggest-link';
import './restore-link.css';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: object = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	Object.assign(node, properties);
	node.append(...children);
	return node;
}

/**
 * Fills `panel` with the link of this browser's progress in every guide; `current` is the record the page holds for
 * its guide, if any (which may live in memory only, where storage is blocked).
 */
export async function showLinkPanel(panel: HTMLElement, current: ChecklistRecord | null): Promise<void> {
	const { checklists } = await loadCatalogue();
	const progress = checklists.map((entry): LinkProgress => (entry.guide === current?.guide ? current : openStore(entry).record));
	const encoded = encodeLink(progress, checklists);
	if (!encoded.ok) {
		const entry = checklists.find((candidate) => candidate.guide === encoded.guide)!;
		const label = entry.items.find((item) => item.id === encoded.item)?.label ?? encoded.item;
		panel.replaceChildren(element('p', { role: 'status' }, `${entry.pg}의 ‘${label}’ 항목의 날짜를 링크에 담을 수 없어 링크를 만들지 않았습니다. 날짜 고치기로 그 날짜를 고친 뒤 다시 만들어 주세요.`));
		panel.hidden = false;
		return;
	}
	const url = `${location.origin}${location.pathname}#${encoded.fragment}`;
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
	const leftOut = encoded.leftOut > 0 ? ` 지금 체크리스트에 없는 항목의 체크 ${encoded.leftOut}개는 담지 않았습니다.` : '';
	panel.replaceChildren(
		element('p', {}, `이 링크를 열면 지금까지의 체크와 날짜, 결제 종류가 다른 브라우저나 기기로 옮겨집니다. 링크의 내용은 서버로 보내지지 않습니다.${leftOut}`),
		input,
		actions,
		qr,
		status,
	);
	panel.hidden = false;
}

/** Payment types as the reader reads them (their Korean names come with the catalogue). */
let typeNames = (types: readonly PaymentType[]) => types.join('·');

const summary = (progress: Pick<LinkProgress, 'checked' | 'types'>) => {
	const days = Object.values(progress.checked).map(tickDay).sort();
	const ticks = days.length === 0 ? '체크 없음' : `${days.length}개 항목 체크 (마지막 ${shortDates({ day: days.at(-1)!, until: days.at(-1)! }, '')})`;
	return progress.types ? `${ticks}, ${typeNames(progress.types)}` : ticks;
};

/** Where the page shows what happened: the first checklist's status line, when the page has one in view. */
const statusLine = () => document.querySelector<HTMLElement>('pg-checklist [data-status]');

/**
 * Opens the link in the page's address (`#c=…`), on whatever page it was opened: shows what it holds and, when the
 * reader agrees, replaces or merges this browser's progress with it, as storage holds it at that moment. What
 * happened is said in the checklist's status line, or in the dialog where the page has no checklist. The address
 * loses the fragment either way.
 */
export async function openRestoreDialog(): Promise<void> {
	if (document.querySelector('.restore-dialog')) return;
	const fragment = location.hash;
	const { checklists, typeLabels } = await loadCatalogue();
	typeNames = (types) => types.map((type) => typeLabels[type]).join('·');
	const result = decodeLink(fragment, checklists);
	const dialog = element('dialog', { className: 'restore-dialog' });
	dialog.setAttribute('aria-labelledby', 'restore-dialog-title');
	const form = element('form', { method: 'dialog' });
	dialog.append(form);
	const title = element('p', { id: 'restore-dialog-title', className: 'restore-dialog__title' });
	const choices = (...buttons: [string, string][]) =>
		element('p', { className: 'restore-dialog__actions' }, ...buttons.map(([value, text]) => element('button', { value }, text)));
	const entryOf = (guide: string) => checklists.find((candidate) => candidate.guide === guide)!;
	if (!result.ok) {
		title.textContent = '복원 링크를 열 수 없습니다';
		form.append(title, element('p', {}, `${LINK_ERRORS[result.reason]} 이 브라우저의 체크리스트는 그대로입니다.`), choices(['close', '닫기']));
	} else {
		title.textContent = '복원 링크의 진행 상황을 가져올까요?';
		const list = element('ul');
		let anyHere = false;
		for (const decoded of result.progress) {
			const entry = entryOf(decoded.guide);
			const here = openStore(entry).record;
			anyHere ||= Object.keys(here.checked).length > 0 || here.types !== null;
			const notes = [`링크: ${summary(decoded)}`, `이 브라우저: ${summary(here)}`];
			if (!decoded.sameChecklist) notes.push(`링크를 만든 뒤 체크리스트가 바뀌었습니다.${decoded.lost > 0 ? ` 없어진 항목의 체크 ${decoded.lost}개는 옮기지 않습니다.` : ''}`);
			list.append(element('li', {}, element('strong', {}, entry.title), ...notes.map((note) => element('span', {}, note))));
		}
		form.append(
			title,
			list,
			element('p', {}, anyHere ? '바꾸면 이 브라우저의 진행 상황 대신 링크의 것을 씁니다. 합치면 둘 다의 체크를 남깁니다(같은 항목은 이른 날짜).' : '이 브라우저에는 아직 진행 상황이 없습니다.'),
			choices(...(anyHere ? [['merge', '합치기'] as [string, string]] : []), ['replace', '링크로 바꾸기'], ['cancel', '취소']),
		);
	}
	document.body.append(dialog);
	const report = (message: string) => {
		const status = statusLine();
		if (status) status.textContent = message;
		else {
			const done = element('dialog', { className: 'restore-dialog' });
			const text = element('p', { id: 'restore-dialog-done', role: 'status' }, message);
			done.setAttribute('aria-labelledby', 'restore-dialog-done');
			done.append(element('form', { method: 'dialog' }, text, element('p', { className: 'restore-dialog__actions' }, element('a', { href: '/checklist/' }, '내 체크리스트 보기'), element('button', { value: 'close' }, '닫기'))));
			done.addEventListener('close', () => done.remove());
			document.body.append(done);
			done.showModal();
		}
	};
	dialog.addEventListener('close', () => {
		history.replaceState(history.state, '', location.pathname + location.search);
		const choice = dialog.returnValue;
		dialog.remove();
		if (!result.ok) return report(`복원 링크를 열 수 없습니다. ${LINK_ERRORS[result.reason]}`);
		if (choice !== 'replace' && choice !== 'merge') return report('복원 링크를 가져오지 않았습니다. 체크리스트는 그대로입니다.');
		let saved = true;
		for (const decoded of result.progress) {
			const entry = entryOf(decoded.guide);
			// What the link's ticks saw is known only when it was made for this checklist as it is now.
			const fingerprints = decoded.sameChecklist ? Object.fromEntries(Object.keys(decoded.checked).map((id) => [id, entry.itemFingerprints[id]!])) : {};
			// Read at the click: another tab may have ticked while the dialog was open.
			saved = openStore(entry).change((record) => restoredRecord(record, { checked: decoded.checked, types: decoded.types, fingerprints }, choice === 'merge')) && saved;
		}
		// Every checklist element on the page re-reads its guide, as after another tab's change.
		window.dispatchEvent(new StorageEvent('storage', { key: null }));
		if (!saved) return report('이 브라우저에 저장할 수 없어(사생활 보호 모드나 저장 공간 부족) 복원 링크의 진행 상황을 가져오지 못했습니다. 기본 브라우저에서 링크를 다시 열어 주세요.');
		report(choice === 'merge' ? '복원 링크의 진행 상황을 합쳤습니다.' : '복원 링크의 진행 상황으로 바꿨습니다.');
	});
	dialog.showModal();
}
