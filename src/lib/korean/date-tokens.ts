/**
 * Dates, one way for index and query. Notices write a day as 2024-02-13, 2024.02.13, 02/13 or
 * 2024년 02월 13일; readers type 2월 13일, or 24년 2월. Each day becomes the token `2월13일` and its month
 * `2월`, and where the year is written, `2024년2월`.
 */

/** A day with its year (2024-02-13, 2024. 02. 13, 2024/2/13). */
const YEAR_MONTH_DAY = /(?<!\d)(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})(?!\d)/g;
/** A day with its year in Korean (24년 4월 15일, 2024년 04월 15일). */
const KOREAN_YEAR_DAY = /(?<!\d)(\d{2}|\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/g;
/** A month with its year in Korean, the year in two digits or four (24년 4월, 2024년04월). */
const KOREAN_YEAR_MONTH = /(?<!\d)(\d{2}|\d{4})\s*년\s*(\d{1,2})\s*월/g;
/** A day written in Korean, the year optional (2월 13일, 02월13일). */
const KOREAN_DAY = /(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일/g;
/** A day as month/day (02/13), not part of a longer run of numbers and slashes. */
const SLASH_DAY = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])/g;
/** A month written in Korean (2월, 02월). */
const KOREAN_MONTH = /(?<!\d)(\d{1,2})\s*월/g;

const isDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

const dayToken = (month: number, day: number) => `${month}월${day}일`;

/** `2024년4월`: a year of two digits is this century's (24년 → 2024년). */
const monthToken = (year: string, month: number) => `${year.length === 2 ? `20${year}` : year}년${month}월`;

/** The date tokens of a text: `2월13일` and `2월` for each day in it, `2월` for each month, `2024년2월` where the year is written. */
export function dateTokens(text: string): string[] {
	const tokens = new Set<string>();
	const addDay = (month: number, day: number) => {
		tokens.add(dayToken(month, day));
		tokens.add(`${month}월`);
	};
	for (const [, year, month, day] of text.matchAll(YEAR_MONTH_DAY)) {
		if (!isDay(Number(month), Number(day))) continue;
		tokens.add(monthToken(year!, Number(month)));
		addDay(Number(month), Number(day));
	}
	for (const [, year, month] of text.matchAll(KOREAN_YEAR_MONTH)) if (isDay(Number(month), 1)) tokens.add(monthToken(year!, Number(month)));
	for (const pattern of [KOREAN_DAY, SLASH_DAY])
		for (const [, month, day] of text.matchAll(pattern)) if (isDay(Number(month), Number(day))) addDay(Number(month), Number(day));
	for (const [, month] of text.matchAll(KOREAN_MONTH)) if (isDay(Number(month), 1)) tokens.add(`${Number(month)}월`);
	return [...tokens];
}

/** True for a token `dateTokens` writes (`2024년2월`, `2월13일`, `2월`): a query word that is a date. */
export const isDateToken = (term: string) => /^(\d{4}년)?\d{1,2}월(\d{1,2}일)?$/.test(term);

/** Text with its date tokens after it, for comparing with query words: 02/13 holds `2월13일`. */
export const withDateTokens = (text: string) => [text, ...dateTokens(text)].join(' ');

/**
 * A query with each day it names written as one token (`2월 13일` and `02/13` → `2월13일`, `02월` → `2월`),
 * and a month with its year as one (`24년 4월` → `2024년4월`): the year tells apart notices that repeat each year.
 */
export function joinDates(query: string): string {
	const day = (match: string, month: string, date: string) => (isDay(Number(month), Number(date)) ? dayToken(Number(month), Number(date)) : match);
	const yearDay = (match: string, year: string, month: string, date: string) =>
		isDay(Number(month), Number(date)) ? `${monthToken(year, Number(month))} ${dayToken(Number(month), Number(date))}` : match;
	return query
		.replace(YEAR_MONTH_DAY, yearDay)
		.replace(KOREAN_YEAR_DAY, yearDay)
		.replace(KOREAN_YEAR_MONTH, (match, year: string, month: string) => (isDay(Number(month), 1) ? monthToken(year, Number(month)) : match))
		.replace(KOREAN_DAY, day)
		.replace(SLASH_DAY, day)
		.replace(KOREAN_MONTH, (match, month: string) => (isDay(Number(month), 1) ? `${Number(month)}월` : match));
}
