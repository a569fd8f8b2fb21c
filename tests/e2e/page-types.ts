/** One page of each kind the site builds, for checks that must hold everywhere (CSP, axe). */
export const PAGE_TYPES = {
	home: '/',
	guide: '/guides/kg-inicis-contract/',
	/** A guide written from the help center's facts in our words, with its procedure. */
	newGuide: '/guides/nhn-kcp-contract/',
	compare: '/compare/',
	choose: '/choose/',
	glossary: '/glossary/',
	companion: '/guides/pg-application/',
	checklist: '/checklist/',
	tag: '/tags/kg이니시스/',
	pg: '/pg/kg이니시스/',
	category: '/category/결제서비스/이용안내/결제대행사-계약/',
	notFound: '/guides/no-such-guide/',
} as const;

export const PAGE_TYPE_ENTRIES = Object.entries(PAGE_TYPES);
