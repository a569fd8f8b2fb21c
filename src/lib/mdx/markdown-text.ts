/**
 * Plain text put into Markdown (a title, a component's text prop) as Markdown that shows that text: the characters
 * that would start a link, emphasis, code, HTML or an entity are backslash-escaped, so a `]` in a title cannot end
 * its link and `**` in a highlight cannot end its bold.
 *
 * @example escapeMarkdown('[공지] 2*3 = 6_') → '\\[공지\\] 2\\*3 = 6\\_'
 * @example escapeMarkdown('A&amp;B <b>') → 'A\\&amp;B \\<b>'
 */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<~|]|&(?=#?\w+;)/g, '\\$&');
}

/**
 * Text as inline code, whatever backticks it holds: the fence is one backtick longer than the longest run inside,
 * and a space pads text that starts or ends with a backtick.
 *
 * @example codeSpan('필수') → '`필수`'
 * @example codeSpan('a`b') → '``a`b``'
 */
export function codeSpan(text: string): string {
	const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(([run]) => run.length));
	const fence = '`'.repeat(longest + 1);
	const pad = /^`|`$/.test(text) ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}
