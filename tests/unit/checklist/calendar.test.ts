import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, type CalendarEvent } from '../../../src/lib/checklist/calendar';

const events: CalendarEvent[] = [
	{ itemId: 'apply', label: '계약 안내 메일 도착 예상', note: '보이지 않으면 스팸함도, 꼭; 확인해 주세요.', day: '2026-02-20', until: '2026-02-23', deadline: false, url: 'https://guide.example/guides/kg/#가입신청서-제출' },
	{ itemId: 'contract-done', label: '바로오픈 MID 사용 기한', note: null, day: '2026-03-26', until: null, deadline: true, url: 'https://guide.example/guides/kg/#계약완료' },
];
const NOW = new Date('2026-02-13T01:00:00Z');

describe('calendarFile', () => {
	const text = calendarFile('guides/kg', 'KG이니시스 상세 계약절차', events, NOW);
	const calendar = new ICAL.Component(ICAL.parse(text));
	const vevents = calendar.getAllSubcomponents('vevent');

	it('parses as iCalendar with one event per date, dates and texts intact', () => {
		expect(vevents).toHaveLength(2);
		const first = new ICAL.Event(vevents[0]!);
		expect(first.summary).toBe('계약 안내 메일 도착 예상 · KG이니시스 상세 계약절차');
		expect(first.description).toBe('보이지 않으면 스팸함도, 꼭; 확인해 주세요.\nhttps://guide.example/guides/kg/#가입신청서-제출');
		expect(first.startDate.toString()).toBe('2026-02-20');
		expect(first.endDate.toString()).toBe('2026-02-24');
		expect(vevents[1]!.getFirstPropertyValue('url')).toBe('https://guide.example/guides/kg/#계약완료');
	});

	it('every event has a reminder; a deadline also a week before', () => {
		expect(vevents.map((event) => event.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))))).toEqual([['PT9H'], ['PT9H', '-P6DT15H']]);
	});

	it('stable UIDs, a later file a higher SEQUENCE', () => {
		const later = new ICAL.Component(ICAL.parse(calendarFile('guides/kg', 'x', events, new Date('2026-02-14T01:00:00Z'))));
		expect(vevents.map((event) => event.getFirstPropertyValue('uid'))).toEqual(['guides/kg/apply@pg-contract-guide', 'guides/kg/contract-done@pg-contract-guide']);
		expect(later.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'))).toEqual(vevents.map((event) => event.getFirstPropertyValue('uid')));
		expect(Number(later.getFirstSubcomponent('vevent')!.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(vevents[0]!.getFirstPropertyValue('sequence')));
	});

	it('lines end in CRLF and no line is longer than 75 octets', () => {
		expect(text.split('\r\n').slice(0, -1).every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
		expect(text.replaceAll('\r\n', '')).not.toContain('\n');
	});
});
