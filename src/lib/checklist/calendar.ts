/**
 * The reader's dates as one iCalendar file (RFC 5545) for every checklist started: one all-day event per date with
 * a reminder at 9 a.m. (a deadline also a week before), none already past; each event says what to check and whom to
 * ask, and links back to its guide section. UIDs are stable per guide and item, so importing a newer file updates the
 * events instead of adding copies.
 */
import type { ChecklistView } from './view';

export interface CalendarEvent {
	/** The event's identity (with its guide): the same item and date keep it from file to file. */
	uid: string;
	/** The PG or guide the date belongs to, after the label in the title. */
	title: string;
	label: string;
	/** What to check and whom to ask, one line each. */
	lines: readonly string[];
	/** YYYY-MM-DD, Seoul: the first day (null for "up to") and the last (null for "or more"). */
	day: string | null;
	until: string | null;
	deadline: boolean;
	/** The guide section, absolute. */
	url: string;
}

/**
 * TEXT as RFC 5545 3.3.11 writes it: backslash, semicolon and comma escaped, every line break (CR, LF or both) as
 * `\n`, and other control characters, which a content line cannot hold, left out: a bare CR would end the line for
 * some readers and start a property of the text's choosing.
 */
export const escapeText = (text: string) =>
	text
		.replace(/\r\n?/g, '\n')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
		.replace(/[\\;,]/g, (char) => `\\${char}`)
		.replace(/\n/g, '\\n');

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
function fold(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > (parts.length === 0 ? 75 : 74)) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const DAY = 86_400_000;
const basicDate = (day: string) => day.replaceAll('-', '');
const dayTime = (day: string) => Date.parse(`${day}T00:00:00+09:00`);
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
const stamp = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

const alarm = (trigger: string, description: string) => ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(description)}`, `TRIGGER:${trigger}`, 'END:VALARM'];

/**
 * The reminders of an event starting on `start`: 9 a.m. on the first day, or on the last day when the first has
 * passed; for a deadline also 9 a.m. a week before. Only those after `now` (Seoul time).
 */
function alarms(start: string, last: string, deadline: boolean, summary: string, now: Date): string[] {
	const lines: string[] = [];
	const nine = 9 * 3_600_000;
	const onDay = [start, last].find((day) => dayTime(day) + nine > now.getTime());
	if (onDay) {
		const days = Math.round((dayTime(onDay) - dayTime(start)) / DAY);
		lines.push(...alarm(days > 0 ? `P${days}DT9H` : 'PT9H', summary));
	}
	if (deadline && dayTime(start) - 7 * DAY + nine > now.getTime()) lines.push(...alarm('-P6DT15H', `일주일 남음: ${summary}`));
	return lines;
}

/** The `.ics` text of `events`, named `name`, made at `now`. */
export function calendarFile(name: string, events: readonly CalendarEvent[], now: Date): string {
	// Later files must win in calendars that compare SEQUENCE: minutes since 2020 only grow.
	const sequence = Math.max(0, Math.floor((now.getTime() - Date.UTC(2020, 0, 1)) / 60_000));
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//pg-contract-guide//checklist//KO', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`];
	for (const event of events) {
		const start = (event.day ?? event.until)!;
		const last = event.until ?? start;
		const summary = `${event.label} · ${event.title}`;
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(event.uid)}@pg-contract-guide`,
			`DTSTAMP:${stamp(now)}`,
			`SEQUENCE:${sequence}`,
			`DTSTART;VALUE=DATE:${basicDate(start)}`,
			`DTEND;VALUE=DATE:${basicDate(nextDay(last))}`,
			`SUMMARY:${escapeText(summary)}`,
			`DESCRIPTION:${escapeText([...event.lines, event.url].join('\n'))}`,
			// eslint-disable-next-line no-control-regex
			`URL:${event.url.replace(/[\u0000-\u001f\u007f]/g, '')}`,
			'TRANSP:TRANSPARENT',
			...alarms(start, last, event.deadline, summary, now),
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** A started checklist as the calendar needs it: its items' words and the dates its view shows. */
export interface CalendarChecklist {
	guide: string;
	/** The PG's name, after each event's label. */
	title: string;
	/** The guide's address, absolute. */
	href: string;
	items: readonly { id: string; label: string; section: string; /** What to check and whom to ask. */ advice: readonly string[] }[];
	view: ChecklistView;
}

/**
 * One event per date shown in `checklists`. An event is named after the tick it counts from (`<guide>/<item>`), as
 * the files made before dates moved to the steps waited for were, so a newer file updates their events.
 */
export function calendarEvents(checklists: readonly CalendarChecklist[]): CalendarEvent[] {
	const events: CalendarEvent[] = [];
	const uids = new Set<string>();
	for (const { guide, title, href, items, view } of checklists) {
		for (const item of view.items) {
			const words = items.find((candidate) => candidate.id === item.id);
			if (!item.shown || !words) continue;
			for (const date of item.dates) {
				let uid = `${guide}/${date.from}`;
				if (uids.has(uid)) uid = `${guide}/${item.id}/${date.deadline ? 'deadline' : 'expected'}`;
				uids.add(uid);
				const label = date.label ?? `${words.label} (예상)`;
				events.push({ uid, title, label, lines: words.advice, day: date.day, until: date.until, deadline: date.deadline, url: `${href}#${encodeURIComponent(words.section)}` });
			}
		}
	}
	return events;
}
