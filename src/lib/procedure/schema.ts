import { z } from 'astro/zod';

/**
 * A PG's contract procedure (`content/procedures/<pg>.yaml`): the one place its facts live. The step overview,
 * the checklist, the comparison and the PG pages are generated from it. Every fact names the help-center
 * article it comes from (`source:`, a key of `sources`). Checks that span fields (ids unique, references that
 * resolve) are here too, so that a mistake fails the build naming the file and the field.
 */

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id는 영문 소문자, 숫자, -로 씁니다 (예: key-file)');

/** YAML reads `2026-12-01` as a date; either way it becomes the day's `YYYY-MM-DD`. */
const day = z
	.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '날짜는 YYYY-MM-DD로 씁니다')])
	.transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

export const DURATION_UNITS = ['영업일', '일', '주', '개월'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
/** Units a date can be computed in without a holiday calendar. */
export const DEADLINE_UNITS = ['일', '주', '개월'] as const;

export const durationSchema = z.union([
	z
		.strictObject({ min: z.number().positive(), max: z.number().positive(), unit: z.enum(DURATION_UNITS) })
		.refine(({ min, max }) => min <= max, { message: 'min이 max보다 큽니다', path: ['max'] }),
	z.strictObject({ unknown: z.literal(true) }),
]);
export type Duration = z.infer<typeof durationSchema>;

export const ACTORS = ['가맹점', '포트원', '결제대행사', '카드사·원천사'] as const;
export const PG_KINDS = ['card', 'easypay', 'overseas'] as const;
/** What a reader can filter the comparison by. */
export const FEATURES = ['정기결제', '간편결제', '해외결제', '본인인증', '앱결제'] as const;

/** The key of `sources` a fact comes from, and optionally the day it was checked (else the file's `checked`). */
const sourced = { source: text, checked: day.optional() };

/**
 * A plan's id is stored in the reader's record: never rename. Any text without spaces (KG이니시스 keeps the labels
 * its readers' progress was first stored under).
 */
const planId = z.string().regex(/^\S+$/, '결제 방식 id에는 공백이 없어야 합니다');

const planSchema = z.strictObject({ id: planId, label: text, note: text.optional(), ...sourced });

const stepSchema = z.strictObject({
	/** Stable: the checklist stores progress by step id. */
	id,
	label: text,
	/** The id of the guide heading this step links to, as rendered (`신청-전-준비`). */
	section: text,
	/** Another article of this site that details the step (`guides/pg-application`): the procedure's pages, in step order. */
	page: text.optional(),
	actor: z.enum(ACTORS),
	/** Plan ids the step applies to; every plan when absent. */
	plans: z.array(planId).min(1).optional(),
	duration: durationSchema.optional(),
	/** A date relative to when another step (or this one) is ticked off, e.g. the last day of a temporary MID. */
	deadline: z
		.strictObject({ after: id, amount: z.int().positive(), unit: z.enum(DEADLINE_UNITS), label: text })
		.optional(),
	note: text.optional(),
	documents: z.array(text).min(1).optional(),
	/** For a step where the merchant waits: what to check when it takes longer than said, and whom to ask. */
	waiting: z.strictObject({ check: text, contact: text }).optional(),
	...sourced,
});

/** `step`: the step the fact belongs to, whose guide section the comparison links. */
const fact = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject({ ...shape, text, step: id.optional(), ...sourced });
const valued = <const Values extends readonly [string, ...string[]]>(values: Values) => fact({ value: z.enum(values) });

/** One row of /compare/. A column the help center says nothing about is left out (shown as such). */
const compareSchema = z.strictObject({
	application: valued(['reviewed', 'forwarded']).optional(),
	extraSignup: valued(['required', 'none']).optional(),
	contractMail: fact({ duration: durationSchema.optional() }).optional(),
	midIssued: valued(['at-contract', 'after-review', 'unknown']).optional(),
	cardReview: fact({ duration: durationSchema.optional() }).optional(),
	instantOpen: valued(['yes', 'conditional', 'no', 'unknown']).optional(),
	recurring: fact({}).optional(),
	appStore: valued(['required', 'not-required', 'unknown']).optional(),
	documents: fact({}).optional(),
	features: z.array(z.enum(FEATURES)).default([]),
	fees: z.array(fact({ item: text, negotiated: z.boolean().default(false) })).default([]),
});

const procedureFields = z.strictObject({
	pg: z.strictObject({ name: text, latin: z.array(text).default([]), kind: z.enum(PG_KINDS) }),
	/** The guide's entry id (`guides/kg-inicis-contract`). */
	guide: text,
	checked: day,
	sources: z.record(
		z.string().regex(/^[\w-]+$/, '출처 이름은 영문, 숫자, -, _로 씁니다'),
		z.strictObject({
			/** Relative to the help-center corpus folder. */
			path: z.string().regex(/^[\w./-]+\.mdx?$/, '도움말 글의 경로(…/이름.md)를 씁니다'),
			title: text,
		}),
	),
	plans: z.array(planSchema).min(1),
	steps: z.array(stepSchema).min(5, '단계는 5개 이상이어야 합니다'),
	compare: compareSchema,
});

export type ProcedureData = z.infer<typeof procedureFields>;
export type ProcedureStep = ProcedureData['steps'][number];
export type ProcedurePlan = ProcedureData['plans'][number];
export type CompareData = ProcedureData['compare'];

/** The id of the first step of every procedure: what the merchant gets ready before applying. */
export const PREPARE_STEP = 'prepare';

function crossCheck(procedure: ProcedureData, context: z.RefinementCtx): void {
	const issue = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
	const sources = new Set(Object.keys(procedure.sources));
	const checkSource = (path: (string | number)[], source: string) => {
		if (!sources.has(source)) issue([...path, 'source'], `sources에 "${source}"가 없습니다 (있는 것: ${[...sources].join(', ')})`);
	};
	const planIds = new Set<string>();
	for (const [index, plan] of procedure.plans.entries()) {
		if (planIds.has(plan.id)) issue(['plans', index, 'id'], `결제 방식 id "${plan.id}"가 두 번 나옵니다`);
		planIds.add(plan.id);
		checkSource(['plans', index], plan.source);
	}
	const stepIds = new Set(procedure.steps.map((step) => step.id));
	const seen = new Set<string>();
	if (procedure.steps[0]?.id !== PREPARE_STEP) issue(['steps', 0, 'id'], `첫 단계는 신청 전 준비(id "${PREPARE_STEP}")여야 합니다`);
	for (const [index, step] of procedure.steps.entries()) {
		const path = ['steps', index];
		if (seen.has(step.id)) issue([...path, 'id'], `단계 id "${step.id}"가 두 번 나옵니다`);
		seen.add(step.id);
		checkSource(path, step.source);
		for (const [planIndex, plan] of (step.plans ?? []).entries()) {
			if (!planIds.has(plan)) issue([...path, 'plans', planIndex], `plans에 없는 결제 방식 "${plan}"입니다 (있는 것: ${[...planIds].join(', ')})`);
		}
		if (step.deadline && !stepIds.has(step.deadline.after)) {
			issue([...path, 'deadline', 'after'], `단계 "${step.deadline.after}"가 없습니다 (있는 것: ${[...stepIds].join(', ')})`);
		}
	}
	const deadlineOwners = new Map<string, number>();
	for (const [index, step] of procedure.steps.entries()) {
		if (!step.deadline) continue;
		const other = deadlineOwners.get(step.deadline.after);
		if (other !== undefined) issue(['steps', index, 'deadline', 'after'], `단계 "${step.deadline.after}"에는 이미 steps.${other}의 기한이 있습니다 (단계마다 기한 하나)`);
		deadlineOwners.set(step.deadline.after, index);
	}
	const { fees, features: _features, ...columns } = procedure.compare;
	for (const [key, entry] of Object.entries(columns)) {
		if (!entry) continue;
		checkSource(['compare', key], entry.source);
		if (entry.step && !stepIds.has(entry.step)) issue(['compare', key, 'step'], `단계 "${entry.step}"가 없습니다 (있는 것: ${[...stepIds].join(', ')})`);
	}
	for (const [index, fee] of fees.entries()) checkSource(['compare', 'fees', index], fee.source);
}

export const procedureSchema = procedureFields.superRefine(crossCheck);
