import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEvents, calendarFile, escapeText, type CalendarEvent } from '../../../src/lib/checklist/calendar';
import { RECORD_VERSION } from '../../../src/lib/checklist/record';
import { checklistView } from '../../../src/lib/checklist/view';

const events: CalendarEvent[] = [
	{ uid: 'guides/kg/apply', title: 'KG이니시스', label: '계약 안내 메일 (예상)', lines: ['보이지 않으면 스팸함도, 꼭; 확인해 주세요.', '문의: NHN KCP 1544-8662'], day: '2026-02-20', until: '2026-02-23', deadline: false, url: 'https://guide.example/guides/kg/#가입신청서-제출' },
	{ uid: 'guides/kg/contract-done', title: 'KG이니시스', label: '바로오픈 MID 사용 기한', lines: [], day: '2026-03-26', until: '2026-03-26', deadline: true, url: 'https://guide.example/guides/kg/#계약완료' },
	{ uid: 'guides/kcp/contract-done', title: 'NHN KCP', label: '심사 (예상)', lines: [], day: null, until: '2026-02-27', deadline: false, url: 'https://guide.example/guides/kcp/#심사' },
];
const NOW = new Date('2026-02-13T01:00:00Z');
const triggers = (vevent: ICAL.Component) => vevent.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger')));

describe('calendarFile', () => {
	const text = calendarFile('내 체크리스트', events, NOW);
	const calendar = new ICAL.Component(ICAL.parse(text));
	const vevents = calendar.getAllSubcomponents('vevent');

	it('parses as iCalendar with one event per date of every PG, dates and texts intact, contacts in the text', () => {
		expect(vevents).toHaveLength(3);
		const first = new ICAL.Event(vevents[0]!);
		expect(first.summary).toBe('계약 안내 메일 (예상) · KG이니시스');
		expect(first.description).toBe('보이지 않으면 스팸함도, 꼭; 확인해 주세요.\n문의: NHN KCP 1544-8662\nhttps://guide.example/guides/kg/#가입신청서-제출');
		expect(first.startDate.toString()).toBe('2026-02-20');
		expect(first.endDate.toString()).toBe('2026-02-24');
		expect(new ICAL.Event(vevents[2]!).startDate.toString()).toBe('2026-02-27');
		expect(vevents[1]!.getFirstPropertyValue('url')).toBe('https://guide.example/guides/kg/#계약완료');
	});

	it('every event has a reminder; a deadline also a week before', () => {
		expect(vevents.map(triggers)).toEqual([['PT9H'], ['PT9H', '-P6DT15H'], ['PT9H']]);
	});

	it('no reminder in the past: a window begun gets its last day’s, a day gone none (issue 22)', () => {
		const later = new ICAL.Component(ICAL.parse(calendarFile('x', events, new Date('2026-02-21T01:00:00Z'))));
		expect(later.getAllSubcomponents('vevent').map(triggers)).toEqual([['P3DT9H'], ['PT9H', '-P6DT15H'], ['PT9H']]);
		const gone = new ICAL.Component(ICAL.parse(calendarFile('x', events, new Date('2026-03-24T01:00:00Z'))));
		expect(gone.getAllSubcomponents('vevent').map(triggers)).toEqual([[], ['PT9H'], []]);
	});

	it('stable UIDs, a later file a higher SEQUENCE', () => {
		const later = new ICAL.Component(ICAL.parse(calendarFile('x', events, new Date('2026-02-14T01:00:00Z'))));
		expect(vevents.map((event) => event.getFirstPropertyValue('uid'))).toEqual(['guides/kg/apply@pg-contract-guide', 'guides/kg/contract-done@pg-contract-guide', 'guides/kcp/contract-done@pg-contract-guide']);
		expect(Number(later.getFirstSubcomponent('vevent')!.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(vevents[0]!.getFirstPropertyValue('sequence')));
	});

	it('lines end in CRLF and no line is longer than 75 octets', () => {
		expect(text.split('\r\n').slice(0, -1).every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
		expect(text.replaceAll('\r\n', '')).not.toContain('\n');
	});

	it('a bare CR or another control character in a procedure’s text cannot start a property (issue 25, item 8)', () => {
		const hostile = calendarFile('x', [{ ...events[0]!, label: '메일\rATTACH:https://evil.example/x', lines: ['줄\r\n바꿈\u0007\u0000'] }], NOW);
		expect(hostile.replaceAll('\r\n', '')).not.toMatch(/[\r\n\u0000-\u0008]/);
		const parsed = new ICAL.Component(ICAL.parse(hostile)).getFirstSubcomponent('vevent')!;
		expect(parsed.getFirstPropertyValue('attach')).toBeNull();
		expect(new ICAL.Event(parsed).summary).toBe('메일\nATTACH:https://evil.example/x · KG이니시스');
		expect(escapeText('a\rb\r\nc\nd')).toBe('a\\nb\\nc\\nd');
	});
});

describe('calendarEvents', () => {
	it('one event per date shown, named after the tick it counts from, with the item’s advice and section', () => {
		const items = [
			{ id: 'apply', fingerprint: 'a' },
			{ id: 'contract-mail', fingerprint: 'm', wait: { after: { days: 2 }, upTo: { days: 3 } } },
			{ id: 'instant-open', fingerprint: 'i', due: { from: 'apply', after: { months: 1 }, label: '기한', deadline: true } },
		];
		const view = checklistView(items, { version: RECORD_VERSION, guide: 'guides/kg', checked: { apply: '2026-02-13T03:00:00.000Z' }, types: null, fingerprints: {} }, '2026-02-13');
		const words = items.map(({ id }) => ({ id, label: `${id} 단계`, section: `${id}-절`, advice: [`${id} 확인`] }));
		expect(calendarEvents([{ guide: 'guides/kg', title: 'KG이니시스', href: 'https://guide.example/guides/kg/', items: words, view }])).toEqual([
			{ uid: 'guides/kg/apply', title: 'KG이니시스', label: 'contract-mail 단계 (예상)', lines: ['contract-mail 확인'], day: '2026-02-15', until: '2026-02-16', deadline: false, url: 'https://guide.example/guides/kg/#contract-mail-%EC%A0%88' },
			{ uid: 'guides/kg/instant-open/deadline', title: 'KG이니시스', label: '기한', lines: ['instant-open 확인'], day: '2026-03-13', until: '2026-03-13', deadline: true, url: 'https://guide.example/guides/kg/#instant-open-%EC%A0%88' },
		]);
	});
});
