import { PG_KIND_LABELS } from '../procedure/compare';
import type { ProcedureData } from '../procedure/schema';
import { isWaitingStep } from '../procedure/waiting';

/**
 * What the chooser reads of a procedure: its facts without their evidence excerpts (a build-time check, not something
 * a reader is shown), and its sources by title. The page sends this to the browser, where the chooser runs; this
 * module itself stays on the build's side (it reads the comparison's labels, which sit beside the schema).
 */

type Lean<Fact> = Omit<Fact, 'evidence' | 'checked'>;
type Compare = ProcedureData['compare'];

export interface ChooserProcedure {
	/** The procedure file's name: the PG's slug (`kg-inicis`). */
	slug: string;
	name: string;
	kind: ProcedureData['pg']['kind'];
	/** The kind in words (`카드 PG`), as /compare/ names it. */
	kindLabel: string;
	/** The guide's article id (`guides/kg-inicis-contract`). */
	guide: string;
	/** Source key → the help-center article's title, for the sources the facts below cite. */
	sources: Record<string, string>;
	plans: Pick<ProcedureData['plans'][number], 'id' | 'types'>[];
	/**
	 * Every step, for the timeline; only a waiting step keeps its label (a step the merchant takes at their own
	 * pace is never named by a timeline, and the page is lighter without it).
	 */
	steps: Pick<ProcedureData['steps'][number], 'id' | 'label' | 'actor' | 'plans' | 'duration'>[];
	methods: Lean<ProcedureData['methods'][number]>[];
	businesses: Lean<ProcedureData['businesses'][number]>[];
	industries: Lean<ProcedureData['industries'][number]>[];
	compare: {
		instantOpen?: Lean<NonNullable<Compare['instantOpen']>> | undefined;
		cardReview?: Lean<NonNullable<Compare['cardReview']>> | undefined;
		appStore?: Lean<NonNullable<Compare['appStore']>> | undefined;
		recurring?: Lean<NonNullable<Compare['recurring']>> | undefined;
		fees: Lean<Compare['fees'][number]>[];
	};
}

const lean = <Fact extends { evidence?: unknown; checked?: unknown }>({ evidence: _evidence, checked: _checked, ...fact }: Fact): Lean<Fact> => fact;
const leanOptional = <Fact extends { evidence?: unknown; checked?: unknown }>(fact: Fact | undefined) => (fact ? lean(fact) : undefined);

/** The chooser's view of the procedure in `slug`.yaml. */
export function chooserProcedure(slug: string, data: ProcedureData): ChooserProcedure {
	const { compare } = data;
	const facts = {
		methods: data.methods.map(lean),
		businesses: data.businesses.map(lean),
		industries: data.industries.map(lean),
		compare: {
			instantOpen: leanOptional(compare.instantOpen),
			cardReview: leanOptional(compare.cardReview),
			appStore: leanOptional(compare.appStore),
			recurring: leanOptional(compare.recurring),
			fees: compare.fees.map(lean),
		},
	};
	const { fees, ...columns } = facts.compare;
	const cited = new Set([...facts.methods, ...facts.businesses, ...facts.industries, ...Object.values(columns), ...fees].flatMap((fact) => (fact ? [fact.source] : [])));
	return {
		slug,
		name: data.pg.name,
		kind: data.pg.kind,
		kindLabel: PG_KIND_LABELS[data.pg.kind],
		guide: data.guide,
		sources: Object.fromEntries(Object.entries(data.sources).flatMap(([key, source]) => (cited.has(key) ? [[key, source.title]] : []))),
		plans: data.plans.map(({ id, types }) => ({ id, types })),
		steps: data.steps.map(({ id, label, actor, plans, duration }) => ({ id, label: isWaitingStep({ actor, duration }) ? label : '', actor, plans, duration })),
		...facts,
	};
}
