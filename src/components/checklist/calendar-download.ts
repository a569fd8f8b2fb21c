/** Loaded only when the reader asks for calendar reminders: writes the due dates to an `.ics` file and downloads it. */
import { calendarFile, type CalendarEvent } from '../../lib/checklist/calendar';
import type { ChecklistView } from '../../lib/checklist/view';
import { seoulDay } from '../../lib/dates';

/** Downloads the calendar of `view`'s dates for the checklist `element`; returns what happened, in Korean. */
export function downloadCalendar(element: HTMLElement, view: ChecklistView): string {
	const events = view.items.flatMap((item): CalendarEvent[] => {
		if (!item.shown || !item.due) return [];
		const section = element.querySelector<HTMLAnchorElement>(`[data-item="${item.id}"] a.checklist__section`)!;
		return [{ itemId: item.id, ...item.due, url: section.href }];
	});
	if (events.length === 0) return '캘린더에 넣을 날짜가 아직 없습니다. 날짜가 정해지는 단계를 체크하면 생깁니다.';
	const { guide, title } = element.dataset as { guide: string; title: string };
	const name = `checklist-${guide.split('/').pop()}-${seoulDay(new Date())}.ics`;
	const url = URL.createObjectURL(new Blob([calendarFile(guide, title, events, new Date())], { type: 'text/calendar' }));
	Object.assign(document.createElement('a'), { href: url, download: name }).click();
	setTimeout(() => URL.revokeObjectURL(url));
	return `${name}(일정 ${events.length}개)을 다운로드 폴더에 받았습니다. 열면 캘린더 앱에 알림과 함께 추가되고, 다시 받아 열면 같은 일정이 새 날짜로 바뀝니다.`;
}
