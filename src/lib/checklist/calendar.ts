/**
 * The reader's due dates as an iCalendar file (RFC 5545): one all-day event per date with a reminder at 9 a.m.
 * (a deadline also a week before), each linking back to its guide section. UIDs are stable per guide and item,
 * so importing a newer file updates the events instead of adding copies.
 */

export interface CalendarEvent {
	/** The item the date belongs to; with the guide, the event's identity. */
	itemId: string;
	label: string;
	note: string | null;
	/** YYYY-MM-DD, Seoul; `until` the last day of a range. */
	day: string;
	until: string | null;
	deadline: boolean;
	/** The guide section, absolute. */
	url: string;
}

const escapeText = (text: string) => text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\n/g, '\\n');

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

const basicDate = (day: string) => day.replaceAll('-', '');
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const stamp = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

const alarm = (trigger: string, description: string) => ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(description)}`, `TRIGGER:${trigger}`, 'END:VALARM'];

/** The `.ics` text of `events` of the guide `guide` (its id) titled `title`, made at `now`. */
export function calendarFile(guide: string, title: string, events: readonly CalendarEvent[], now: Date): string {
	// Later files must win in calendars that compare SEQUENCE: minutes since 2020 only grow.
	const sequence = Math.floor((now.getTime() - Date.UTC(2020, 0, 1)) / 60_000);
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//pg-contract-guide//checklist//KO', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(title)}`];
	for (const event of events) {
		const summary = `${event.label} · ${title}`;
		lines.push(
			'BEGIN:VEVENT',
			`UID:${guide}/${event.itemId}@pg-contract-guide`,
			`DTSTAMP:${stamp(now)}`,
			`SEQUENCE:${sequence}`,
			`DTSTART;VALUE=DATE:${basicDate(event.day)}`,
			`DTEND;VALUE=DATE:${basicDate(nextDay(event.until ?? event.day))}`,
			`SUMMARY:${escapeText(summary)}`,
			`DESCRIPTION:${escapeText([event.note, event.url].filter(Boolean).join('\n'))}`,
			`URL:${event.url}`,
			'TRANSP:TRANSPARENT',
			// 9 a.m. on the day; for a deadline also 9 a.m. a week before.
			...alarm('PT9H', summary),
			...(event.deadline ? alarm('-P6DT15H', `일주일 남음: ${summary}`) : []),
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(fold).join('\r\n')}\r\n`;
}
