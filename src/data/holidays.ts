import * as years from '@hyunbinseo/holidays-kr/all';

/**
 * Korean public holidays (the official gazette's, from `@hyunbinseo/holidays-kr`) from last year on, as YYYY-MM-DD
 * days: what the checklist skips when it counts business days. Read at build time and handed to the page, so
 * that the browser loads no holiday table of its own. Beyond the package's last year only weekends are skipped.
 */
export function koreanHolidays(now = new Date()): string[] {
	const from = `${now.getUTCFullYear() - 1}-01-01`;
	return Object.values(years)
		.flatMap((year) => Object.keys(year))
		.filter((day) => day >= from)
		.sort();
}
