/**
 * HTML written as a template literal, with every interpolated value escaped unless it is HTML made here: the
 * chooser's result is drawn by the same function at build time (the page without JavaScript) and in the browser
 * (after each answer), and its text comes from content files.
 * @example html`<p>${'<b>'}</p>`.value // '<p>&lt;b&gt;</p>'
 */
export class Html {
	constructor(readonly value: string) {}
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

type Value = Html | string | number | false | null | undefined | readonly Value[];

const write = (value: Value): string =>
	value instanceof Html ? value.value : Array.isArray(value) ? value.map(write).join('') : value === false || value == null ? '' : escapeHtml(String(value));

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
	return new Html(strings.reduce((out, string, index) => out + write(values[index - 1]) + string));
}
