import { z } from 'astro/zod';
import { BUSINESS_KINDS, FEE_TIERS, INDUSTRIES, METHODS, PAYMENT_TYPES } from './vocabulary';

/**
 * A PG's contract procedure (`content/procedures/<pg>.yaml`): the one place its facts live. The step overview,
 * the checklist, the comparison, the chooser and the PG pages are generated from it. Every fact names the
 * help-center article it comes from (`source:`, a key of `sources`) and quotes a few of its words (`evidence:`), which
 * a test finds in the article (see evidence.ts). Checks that span fields (ids unique, references that resolve) are
 * here too, so that a mistake fails the build naming the file and the field.
 */

const text = z.string().trim().min(1);
const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id는 영문 소문자, 숫자, -로 씁니다 (예: key-file)')
	// Ids become keys of the reader's stored record: a name `Object.prototype` has would read as inherited.
	.refine((value) => !(value in Object.prototype), { message: '이 id는 쓸 수 없습니다 (JavaScript 객체의 예약된 이름)' });

/**
 * A calendar day, quoted (`'2026-12-01'`): YAML reads an unquoted one as a date and rolls an impossible one over
 * (`2026-13-45` → 2027-02-14) before any check could see it.
 */
const day = z
	.string({ error: "날짜는 따옴표로 감싼 'YYYY-MM-DD'로 씁니다" })
	.regex(/^\d{4}-\d{2}-\d{2}$/, "날짜는 따옴표로 감싼 'YYYY-MM-DD'로 씁니다")
	.refine((value) => {
		const time = Date.parse(`${value}T00:00:00Z`);
		return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
	}, { message: '달력에 없는 날짜입니다' });

export const DURATION_UNITS = ['영업일', '일', '주', '개월'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
/** Units a date can be computed in without a holiday calendar. */
export const DEADLINE_UNITS = ['일', '주', '개월'] as const;
/** The longest wait a procedure may state in each unit: beyond it a number is a typo, and date arithmetic would crawl. */
export const DURATION_LIMITS: Record<DurationUnit, number> = { 영업일: 120, 일: 180, 주: 26, 개월: 12 };

/**
 * How long a step takes, as the article says it: a range (`2~3영업일`: min and max), "up to" (`3영업일 내`: max only),
 * "or more" (`3주 이상`: min only), or not said at all (`unknown`). A bound the article does not give is left out,
 * never made up.
 */
export const durationSchema = z.union([
	z
		.strictObject({ min: z.number().positive().optional(), max: z.number().positive().optional(), unit: z.enum(DURATION_UNITS) })
		.superRefine(({ min, max, unit }, context) => {
			if (min === undefined && max === undefined) context.addIssue({ code: 'custom', message: 'min이나 max 가운데 하나는 있어야 합니다' });
			if (min !== undefined && max !== undefined && min > max) context.addIssue({ code: 'custom', path: ['max'], message: 'min이 max보다 큽니다' });
			for (const [key, value] of [['min', min], ['max', max]] as const) {
				if (value !== undefined && value > DURATION_LIMITS[unit]) {
					context.addIssue({ code: 'custom', path: [key], message: `${unit} 단위로는 ${DURATION_LIMITS[unit]}까지 씁니다` });
				}
			}
		}),
	z.strictObject({ unknown: z.literal(true) }),
]);
export type Duration = z.infer<typeof durationSchema>;
export type KnownDuration = Exclude<Duration, { unknown: true }>;

export const ACTORS = ['가맹점', '포트원', '결제대행사', '카드사·원천사'] as const;
export const PG_KINDS = ['card', 'easypay', 'overseas'] as const;
/** What a reader can filter the comparison by. */
export const FEATURES = ['정기결제', '간편결제', '해외결제', '본인인증', '앱결제'] as const;

/** The longest excerpt a fact may quote: a citation, not a copy (the copy test refuses 40 characters in a row). */
export const EVIDENCE_MAX = 30;
const excerpt = z.string().trim().min(2).max(EVIDENCE_MAX, `근거 발췌는 ${EVIDENCE_MAX}자 이하로 씁니다 (인용이지 복사가 아님)`);

/**
 * The key of `sources` a fact comes from; the article's own words that support it (one excerpt or a few, each
 * found in the article by a test); optionally the day it was checked (else the file's `checked`).
 */
const sourced = {
	source: text,
	evidence: z.union([excerpt, z.array(excerpt).min(1).max(4)]).optional(),
	checked: day.optional(),
};

/**
 * A plan's id is stored in the reader's record: never rename. Any text without spaces (KG이니시스 keeps the labels
 * its readers' progress was first stored under). `types`: the payment types it stands for (see vocabulary.ts);
 * a plan whose id is a payment type stands for that type alone when it leaves them out.
 */
const planId = z.string().regex(/^\S+$/, '결제 방식 id에는 공백이 없어야 합니다');

const planSchema = z.strictObject({ id: planId, label: text, note: text.optional(), types: z.array(z.enum(PAYMENT_TYPES)).min(1).optional(), ...sourced });

/** Whom to ask: at least one way to reach them, each as written in the cited article. */
const contactSchema = z
	.strictObject({
		name: text,
		phone: z
			.string()
			.regex(/^(?:\d{2,4}-)?\d{3,4}-\d{4}$/, '전화번호는 1544-8662, 02-1234-5678처럼 씁니다')
			.optional(),
		email: z.email('이메일 주소가 아닙니다').optional(),
		url: z.url({ protocol: /^https?$/, error: 'http(s) 주소를 씁니다' }).optional(),
		/** When they answer, e.g. `평일 09:00~18:00`. */
		hours: text.optional(),
		/** Where to ask inside a console, e.g. `상점관리자 > 고객센터 > 질문하기`. */
		menu: text.optional(),
		...sourced,
	})
	.refine((contact) => contact.phone || contact.email || contact.url || contact.menu, {
		message: '연락 방법(phone, email, url, menu) 가운데 하나는 있어야 합니다',
	});

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
		.refine(({ amount, unit }) => amount <= DURATION_LIMITS[unit], { message: '기한이 너무 깁니다', path: ['amount'] })
		.optional(),
	note: text.optional(),
	documents: z.array(text).min(1).optional(),
	/** For a step where the merchant waits: what to check when it takes longer than said, and whom to ask (keys of `contacts`). */
	waiting: z.strictObject({ check: text, contacts: z.array(id).min(1) }).optional(),
	...sourced,
});

/** `step`: the step the fact belongs to, whose guide section the comparison links. */
const fact = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject({ ...shape, text, step: id.optional(), ...sourced });
const valued = <const Values extends readonly [string, ...string[]]>(values: Values) => fact({ value: z.enum(values) });

const percent = z.number().positive().max(100);

/**
 * A fee as the article states it (`text`), with its numbers where it gives them, for the chooser: `rate` in percent,
 * `amount` in won, `tiers` the 영중소 rates by revenue tier; `method` the way of paying it applies to (none: a fee of
 * the contract, such as 가입비).
 */
const feeSchema = fact({
	item: text,
	negotiated: z.boolean().default(false),
	method: z.enum(METHODS).optional(),
	rate: percent.optional(),
	amount: z.int().positive().optional(),
	tiers: z.partialRecord(z.enum(FEE_TIERS), percent).optional(),
});

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
	fees: z.array(feeSchema).default([]),
});

/**
 * A way of paying the PG contracts (결제수단); `brands`: the 간편결제 brands it carries (for 간편결제 and 정기결제), by
 * the names the chooser offers (the names of the easy-pay PGs' own procedures, such as the one whose `pg.name` is the
 * brand); an easy-pay PG lists its own brand.
 */
const methodSchema = z.strictObject({
	method: z.enum(METHODS),
	brands: z.array(text).min(1).optional(),
	text: text.optional(),
	...sourced,
});

/** Whether the PG contracts with a kind of business (`conditional`: says on what terms, in `text`). */
const businessSchema = z.strictObject({ kind: z.enum(BUSINESS_KINDS), value: z.enum(['yes', 'no', 'conditional']), text: text.optional(), ...sourced });

/** A risky industry the PG reviews (`review`: the help center names it among the PGs that review it) or refuses. */
const industrySchema = z.strictObject({ industry: z.enum(INDUSTRIES), value: z.enum(['review', 'no']).default('review'), text: text.optional(), ...sourced });

/**
 * What the help center does not confirm. With `fact` (a fact's path, see `factPath`): a fact stated without an
 * excerpt, and why; without: something a merchant would want to know that no article says.
 */
const unconfirmedSchema = z.strictObject({ fact: z.string().optional(), reason: text });

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
			/** The article's words when its facts were checked (`npm run sources:check -- --record` writes it). */
			hash: z.string().regex(/^[0-9a-f]{12}$/, 'hash는 sources:check가 쓰는 12자리 16진수입니다').optional(),
		}),
	),
	unconfirmed: z.array(unconfirmedSchema).default([]),
	contacts: z.record(id, contactSchema).default({}),
	plans: z.array(planSchema).min(1),
	steps: z.array(stepSchema).min(5, '단계는 5개 이상이어야 합니다'),
	methods: z.array(methodSchema).default([]),
	businesses: z.array(businessSchema).default([]),
	industries: z.array(industrySchema).default([]),
	compare: compareSchema,
});

export type ProcedureData = z.infer<typeof procedureFields>;
export type ProcedureStep = ProcedureData['steps'][number];
export type ProcedurePlan = ProcedureData['plans'][number];
export type ProcedureContact = ProcedureData['contacts'][string];
export type CompareData = ProcedureData['compare'];
export type ProcedureFee = CompareData['fees'][number];

/** The id of the first step of every procedure: what the merchant gets ready before applying. */
export const PREPARE_STEP = 'prepare';

/** The payment types a plan stands for. */
export const planTypes = (plan: Pick<ProcedurePlan, 'id' | 'types'>) => plan.types ?? [plan.id];

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
		if (!plan.types && !(PAYMENT_TYPES as readonly string[]).includes(plan.id)) {
			issue(['plans', index, 'types'], `결제 종류(${PAYMENT_TYPES.join(', ')})가 아닌 id에는 types가 있어야 합니다`);
		}
	}
	const contactIds = new Set(Object.keys(procedure.contacts));
	for (const [key, contact] of Object.entries(procedure.contacts)) checkSource(['contacts', key], contact.source);
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
		for (const [contactIndex, contact] of (step.waiting?.contacts ?? []).entries()) {
			if (!contactIds.has(contact)) issue([...path, 'waiting', 'contacts', contactIndex], `contacts에 "${contact}"가 없습니다 (있는 것: ${[...contactIds].join(', ')})`);
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
	for (const [index, method] of procedure.methods.entries()) {
		checkSource(['methods', index], method.source);
		if (method.brands && method.method !== '간편결제' && method.method !== '정기결제') issue(['methods', index, 'brands'], 'brands는 간편결제와 정기결제에만 씁니다');
	}
	for (const [index, business] of procedure.businesses.entries()) checkSource(['businesses', index], business.source);
	for (const [index, industry] of procedure.industries.entries()) checkSource(['industries', index], industry.source);
	const duplicates = (list: string[], field: string) =>
		list.forEach((value, index) => list.indexOf(value) !== index && issue([field, index], `"${value}"가 두 번 나옵니다`));
	duplicates(procedure.methods.map((method) => method.method), 'methods');
	duplicates(procedure.businesses.map((business) => business.kind), 'businesses');
	duplicates(procedure.industries.map((industry) => industry.industry), 'industries');
}

export const procedureSchema = procedureFields.superRefine(crossCheck);
