/**
 * A 상세 계약절차 guide is a sequence of steps, one section each, and some sections state how long
 * the step takes. These functions read those durations from the text so the step overview can show
 * them; nothing is shown that the text does not say.
 */

/** True for the pages that get a step overview: "KG이니시스 상세 계약절차", "토스페이 상세 계약절차", … */
export const isContractGuide = (title: string) => /상세\s*계약\s*절차/.test(title);

const RANGE_OF_BUSINESS_DAYS = /(\d+)\s*[~～\-–]\s*(\d+)\s*영업일/g;
const WEEKS = /(\d+)\s*주(?:일)?\s*(?:정도|가량|내외)?\s*(?:소요|걸)/g;
const ONE_MONTH = /(?:한\s*달|1\s*개월)/;
const INSTANT_OPEN = /바로\s*오픈/;

/** Durations a section's text states, in the order found, without repeats. */
export function extractDurations(sectionText: string): string[] {
	const text = sectionText.replace(/\\(.)/g, '$1');
	const found: string[] = [];
	for (const [, from, to] of text.matchAll(RANGE_OF_BUSINESS_DAYS)) found.push(`${from}~${to}영업일`);
	for (const [, weeks] of text.matchAll(WEEKS)) found.push(`약 ${weeks}주`);
	for (const sentence of text.split(/(?<=[.!?。)])\s+|\n/)) {
		if (ONE_MONTH.test(sentence)) found.push(INSTANT_OPEN.test(sentence) ? '바로오픈 MID 1개월' : '1개월');
	}
	return [...new Set(found)];
}

/** Plain text of a Markdown heading line's content: `**계약완료**` → `계약완료`. */
export function headingText(markdown: string): string {
	return markdown
		.replace(/[*_`]/g, '')
		.replace(/\\(.)/g, '$1')
		.trim();
}

export interface Step {
	text: string;
	slug: string;
	durations: string[];
}

/**
 * The steps of a guide: its section headings (as rendered, with their anchors) and the durations each
 * section's Markdown states. `body` is the article source; headings are matched by text.
 */
export function contractSteps(body: string, headings: { depth: number; slug: string; text: string }[]): Step[] {
	const lines = body.split('\n');
	const headingLines = lines
		.map((line, index) => ({ index, match: /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line) }))
		.filter((line) => line.match)
		.map(({ index, match }) => ({ index, text: headingText(match![1]!) }));
	const sectionOf = (text: string) => {
		const start = headingLines.findIndex((line) => line.text === text);
		if (start === -1) return '';
		const end = headingLines[start + 1]?.index ?? lines.length;
		return lines.slice(headingLines[start]!.index + 1, end).join('\n');
	};
	const topDepth = Math.min(...headings.map((heading) => heading.depth));
	return headings
		.filter((heading) => heading.depth === topDepth)
		.map((heading) => ({ text: heading.text, slug: heading.slug, durations: extractDurations(sectionOf(heading.text)) }));
}
