/** Loaded only when the reader asks for calendar reminders: writes the dates of every started checklist to one `.ics` file. */
import { calendarEvents, calendarFile } from '../../lib/checklist/calendar';
import { tickDay, type ChecklistRecord } from '../../lib/checklist/record';
import { checklistView } from '../../lib/checklist/view';
import { loadCatalogue, openStore } from './catalogue';

/**
 * Downloads the calendar of every checklist started in this browser; `current` is the record the page holds for its
 * guide (which may live in memory only). Returns what happened, in Korean.
 */
export async function downloadCalendar(current: ChecklistRecord | null): Promise<string> {
	const { checklists, holidays } = await loadCatalogue();
	const days = new Set(holidays);
	const entries = checklists.map((entry) => {
		const store = openStore(entry);
		const record = current?.guide === entry.guide ? current : store.record;
		return { guide: entry.guide, title: entry.pg, href: new URL(entry.href, location.href).href, items: entry.items, view: checklistView(entry.items, record, store.today(), days) };
	});
	const events = calendarEvents(entries);
	if (events.length === 0) return '캘린더에 넣을 날짜가 아직 없습니다. 날짜가 정해지는 단계를 체크하면 생깁니다.';
	const name = `checklist-${tickDay(new Date().toISOString())}.ics`;
	const url = URL.createObjectURL(new Blob([calendarFile('결제대행사 계약 일정', events, new Date())], { type: 'text/calendar' }));
	Object.assign(document.createElement('a'), { href: url, download: name }).click();
	setTimeout(() => URL.revokeObjectURL(url));
	const pgs = new Set(events.map((event) => event.title)).size;
	return `${name}(결제대행사 ${pgs}곳, 일정 ${events.length}개)을 다운로드 폴더에 받았습니다. 열면 캘린더 앱에 알림과 함께 추가되고, 다시 받아 열면 같은 일정이 새 날짜로 바뀝니다.`;
}
