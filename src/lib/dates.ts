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

/** "2024년 2월 26일" for the Seoul calendar day "2024-02-26". */
export function formatSeoulDay(day: string): string {
	return formatSeoulDate(new Date(`${day}T12:00:00+09:00`));
}

export interface Period {
	months?: number;
	weeks?: number;
	days?: number;
	/** Days that are neither a weekend nor a Korean public holiday. */
	businessDays?: number;
}

/** Korean public holidays as YYYY-MM-DD days (from `@hyunbinseo/holidays-kr`, see src/data/holidays.ts). */
export type Holidays = ReadonlySet<string>;

const isBusinessDay = (date: Date, holidays: Holidays) => date.getUTCDay() % 6 !== 0 && !holidays.has(date.toISOString().slice(0, 10));

/**
 * The Seoul calendar day `period` after `day` (both YYYY-MM-DD). Months are calendar months, clamped to the
 * month's last day: 1월 31일 + 1개월 → 2월 28일 (or 29일). Business days skip weekends and `holidays`:
 * 2026-02-13 (금) + 1영업일 → 2026-02-19, over the weekend and 설날 (16~18일).
 */
export function addToSeoulDay(day: string, { months = 0, weeks = 0, days = 0, businessDays = 0 }: Period, holidays: Holidays = new Set()): string {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	const lastOfTargetMonth = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
	const result = new Date(Date.UTC(year, month - 1 + months, Math.min(date, lastOfTargetMonth)));
	result.setUTCDate(result.getUTCDate() + weeks * 7 + days);
	for (let left = businessDays; left > 0; ) {
		result.setUTCDate(result.getUTCDate() + 1);
		if (isBusinessDay(result, holidays)) left--;
	}
	return result.toISOString().slice(0, 10);
}
