/** Dates are shown as Korean readers expect them: in Asia/Seoul, whatever time zone built the site. */
export const SEOUL_TIME_ZONE = 'Asia/Seoul';

const longDate = new Intl.DateTimeFormat('ko-KR', { dateStyle: 'long', timeZone: SEOUL_TIME_ZONE });

/** "2024년 1월 26일" for 2024-01-25T15:00:00Z. */
export function formatSeoulDate(date: Date): string {
	return longDate.format(date);
}

/** The calendar day in Seoul as YYYY-MM-DD, for `<time datetime>` and date arithmetic. */
export function seoulDay(date: Date): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-CA', { timeZone: SEOUL_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
			.formatToParts(date)
			.map(({ type, value }) => [type, value]),
	);
	return `${parts.year}-${parts.month}-${parts.day}`;
}
