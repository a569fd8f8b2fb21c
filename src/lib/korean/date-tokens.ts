/**
 * Dates, one way for index and query. Notices write a day as 2024-02-13, 2024.02.13, 02/13 or
 * 2024년 02월 13일; readers type 2월 13일. Each becomes the token `2월13일`, and its month `2월`.
 */

/** A day with its year (2024-02-13, 2024. 02. 13, 2024/2/13). */
const YEAR_MONTH_DAY = /(?<!\d)\d{4}\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)/g;
/** A day written in Korean, the year optional (2월 13일, 02월13일). */
const KOREAN_DAY = /(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일/g;
/** A day as month/day (02/13), not part of a longer run of numbers and slashes. */
const SLASH_DAY = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])/g;
/** A month written in Korean (2월, 02월). */
const KOREAN_MONTH = /(?<!\d)(\d{1,2})\s*월/g;

const isDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

const dayToken = (month: number, day: number) => `${month}월${day}일`;

/** The date tokens of a text: `2월13일` and `2월` for each day in it, `2월` for each month. */
export function dateTokens(text: string): string[] {
	const tokens = new Set<string>();
	for (const pattern of [YEAR_MONTH_DAY, KOREAN_DAY, SLASH_DAY]) {
		for (const [, month, day] of text.matchAll(pattern)) {
			if (!isDay(Number(month), Number(day))) continue;
			tokens.add(dayToken(Number(month), Number(day)));
			tokens.add(`${Number(month)}월`);
		}
	}
	for (const [, month] of text.matchAll(KOREAN_MONTH)) if (isDay(Number(month), 1)) tokens.add(`${Number(month)}월`);
	return [...tokens];
}

/** Text with its date tokens after it, for comparing with query words: 02/13 holds `2월13일`. */
export const withDateTokens = (text: string) => [text, ...dateTokens(text)].join(' ');

/** A query with each day it names written as one token (`2월 13일` and `02/13` → `2월13일`, `02월` → `2월`). */
export function joinDates(query: string): string {
	const day = (match: string, month: string, date: string) => (isDay(Number(month), Number(date)) ? dayToken(Number(month), Number(date)) : match);
	return query
		.replace(YEAR_MONTH_DAY, day)
		.replace(KOREAN_DAY, day)
		.replace(SLASH_DAY, day)
		.replace(KOREAN_MONTH, (match, month: string) => (isDay(Number(month), 1) ? `${Number(month)}월` : match));
}
