/**
 * Help-center articles are Markdown files that use MDX components. Written for a lenient CMS, some
 * are not valid MDX: `<https://…>` and `<name@host>` autolinks, a literal `<` in running text
 * (`PG<>포트원`, `(거래금액 <취소 금액)`, `<사업자 정보>`), HTML comments, link destinations in angle
 * brackets. `repairMdxSource` rewrites those spots, and only those, so that the MDX compiler reads the
 * article as its author meant it. Code (fenced and inline) and JSX tags (with their attribute strings) pass through untouched.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const URL_AUTOLINK = /^<((?:https?|mailto):[^\s<>]+)>/i;
const EMAIL_AUTOLINK = /^<([^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+)>/;
const JSX_TAG_START = /^<\/?(?:[A-Z][\w.]*|[a-z][a-z0-9-]*)(?=[\s/>])/;
const VOID_HTML = /^<(br|hr|img|wbr)(\s[^<>]*?)?\s*\/?>/i;

export interface Repair {
	kind: 'autolink' | 'literal-lt' | 'html-comment' | 'angle-destination' | 'void-element';
	line: number;
	before: string;
}

export interface RepairResult {
	source: string;
	repairs: Repair[];
}

export function repairMdxSource(body: string): RepairResult {
	const out: string[] = [];
	const repairs: Repair[] = [];
	let i = 0;
	let line = 1;
	let fence: string | undefined;

	const copy = (text: string) => {
		out.push(text);
		i += text.length;
		line += text.split('\n').length - 1;
	};
	const replace = (original: string, replacement: string, kind: Repair['kind']) => {
		repairs.push({ kind, line, before: original });
		out.push(replacement);
		i += original.length;
		line += original.split('\n').length - 1;
	};

	while (i < body.length) {
		if (i === 0 || body[i - 1] === '\n') {
			const end = body.indexOf('\n', i);
			const currentLine = body.slice(i, end === -1 ? body.length : end + 1);
			const marker = FENCE.exec(currentLine)?.[1];
			if (fence) {
				if (marker && marker[0] === fence[0] && marker.length >= fence.length && !/\S/.test(currentLine.trimStart().slice(marker.length))) fence = undefined;
				copy(currentLine);
				continue;
			}
			if (marker) {
				fence = marker;
				copy(currentLine);
				continue;
			}
		}
		const char = body[i]!;
		const rest = body.slice(i, i + 2000);

		if (char === '\\') {
			copy(body.slice(i, i + 2));
			continue;
		}
		if (char === '`') {
			const run = /^`+/.exec(rest)![0];
			const close = body.indexOf(run, i + run.length);
			copy(close === -1 ? run : body.slice(i, close + run.length));
			continue;
		}
		if (char === ']' && rest.startsWith('](<')) {
			// `[text](<> "https://…")`: the CMS put the address in the title.
			const titleOnly = /^\]\(<>\s+"((?:https?:|mailto:)[^"\s]+)"\)/.exec(rest);
			if (titleOnly) {
				replace(titleOnly[0], `](${titleOnly[1]})`, 'angle-destination');
				continue;
			}
			const destination = /^\]\(<([^<>\n]*)>/.exec(rest);
			if (destination) {
				replace(destination[0], `](${encodeURI(destination[1]!)}`, 'angle-destination');
				continue;
			}
		}
		if (char === '<') {
			const comment = /^<!--[\s\S]*?-->/.exec(rest);
			if (comment) {
				replace(comment[0], '', 'html-comment');
				continue;
			}
			const url = URL_AUTOLINK.exec(rest);
			if (url) {
				replace(url[0], `[${url[1]}](${url[1]})`, 'autolink');
				continue;
			}
			const email = EMAIL_AUTOLINK.exec(rest);
			if (email) {
				replace(email[0], `[${email[1]}](mailto:${email[1]})`, 'autolink');
				continue;
			}
			const voidElement = VOID_HTML.exec(rest);
			if (voidElement && !voidElement[0].endsWith('/>')) {
				replace(voidElement[0], `${voidElement[0].slice(0, -1).trimEnd()} />`, 'void-element');
				continue;
			}
			if (JSX_TAG_START.test(rest)) {
				const end = endOfTag(body, i);
				if (end !== -1) {
					copy(body.slice(i, end));
					continue;
				}
			}
			replace('<', '\\<', 'literal-lt');
			continue;
		}
		copy(char);
	}
	return { source: out.join(''), repairs };
}

/**
 * The line of the original body that line `line` of the repaired body comes from: only removed HTML comments
 * change the count of lines. For errors that must point into the author's file.
 */
export function originalLine(line: number, repairs: Repair[]): number {
	let removed = 0;
	for (const repair of repairs) {
		if (repair.kind !== 'html-comment') continue;
		// The repaired line on which this comment stood; comments below `line` do not move it.
		if (repair.line - removed >= line) break;
		removed += repair.before.split('\n').length - 1;
	}
	return line + removed;
}

/** Index just past the `>` closing the JSX tag opened at `start`, skipping quoted strings and `{…}`; -1 if unclosed. */
function endOfTag(text: string, start: number): number {
	let depth = 0;
	let quote: string | undefined;
	for (let i = start + 1; i < text.length; i++) {
		const char = text[i];
		if (quote) {
			if (char === quote) quote = undefined;
		} else if (char === '"' || char === "'") {
			if (depth === 0) quote = char;
		} else if (char === '{') depth++;
		else if (char === '}') depth--;
		else if (char === '>' && depth === 0) return i + 1;
		else if (char === '<' && depth === 0) return -1;
	}
	return -1;
}
