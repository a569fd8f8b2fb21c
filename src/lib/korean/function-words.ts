import { disassemble, removeLastCharacter } from 'es-hangul';
import { stripParticle } from './particles';

/**
 * Merchants type questions, not keywords: "토스 계약하려면 어떻게 해요", "서류는 어디로 보내나요".
 * The words that carry the topic (토스, 계약, 서류) are the content words; the rest — question words,
 * endings, politeness, negation that does not change the topic, verbs that say nothing on their own — are
 * function words. Only content words are searched: a page does not say "어떻게 해요".
 */

/** Question words, in every form a question ends with them (뭐예요, 얼마나). */
const QUESTION_WORDS = [
	'어떻게',
	'어떡해',
	'어떤',
	'어느',
	'어디',
	'어디로',
	'어디서',
	'어디에',
	'어디에서',
	'언제',
	'언제까지',
	'언제부터',
	'언제쯤',
	'얼마',
	'얼마나',
	'얼마예요',
	'얼마인가요',
	'뭐',
	'뭐가',
	'뭐예요',
	'뭐에요',
	'뭐야',
	'뭐죠',
	'뭔가요',
	'뭔데요',
	'뭔지',
	'무엇',
	'무엇인가요',
	'무슨',
	'왜',
	'몇',
	'며칠',
	'누가',
	'누구',
	'뭘',
	// 뭐라고 불러요 asks a name.
	'뭐라고',
	'뭐라',
];

/** Adverbs, pronouns and politeness that ask nothing of the page: 꼭 가입해야 하나요 is about 가입. */
const FILLERS = ['꼭', '좀', '혹시', '그냥', '다시', '너무', '계속', '아직', '이미', '제가', '저는', '저희', '우리', '그럼', '그러면', '요', '네', '감사합니다', '수', '것', '거', '경우', '경우가', '경우에', '때', '건가요', '건지', '따로', '따라', '따라서', '새로', '한꺼번에', '한번에', '또', '매달', '나중에', '때도', '때는', '때에', '보통', '대략', '대충', '주로', '나서', '나면', '같은', '같이', '그대로', '다', '뜻', '말하는', '저한테', '저한텐', '많이', '미리', '더', '아무', '안에', '전에', '후에', '거의', '거죠', '곳', '것도', '것은', '걸', '걸로', '말고', '중에', '중에서', '정확히', '정확하게', '도대체', '대체', '구체적으로', '간단히', '이런', '그런', '저런', '이렇게', '그렇게', '이거', '그거', '이건', '그건', '있긴', '없긴', '되긴', '하긴', '다른', '게'];

/** Negation before a verb: 안 돼요, 못 받았어요. The topic is the rest of the query. */
const NEGATIONS = ['안', '못', '않아요', '않나요', '없어요', '없나요', '없는', '없이', '없으면'];

/**
 * Verbs that say nothing without their object, in the forms questions use: 해요, 되나요, 걸려요, 써요.
 * With an ending cut off they leave a one-syllable stem, which `stripEnding` reads as a function word too.
 */
const LIGHT_VERBS = [
	'해요',
	'하나요',
	'하죠',
	'해야',
	'하면',
	'해도',
	'해서',
	'하려면',
	'하려면요',
	'할',
	'할까요',
	'한',
	'하는',
	'했는데',
	'했어요',
	'돼요',
	'되요',
	'되나요',
	'됩니다',
	'되는',
	'되면',
	'되어',
	'됐어요',
	'됐는데',
	'있나요',
	'있어요',
	'있는',
	'있을까요',
	'걸려요',
	'걸리나요',
	'걸리는',
	'걸릴까요',
	'봐요',
	'보나요',
	'보면',
	'보여요',
	'보이나요',
	'보이는데',
	'써요',
	'쓰나요',
	'써야',
	'써도',
	'쓰는',
	'쓰고',
	'쓰면',
	'쓸',
	'줄',
	// 내다 (hand in, pay): 서류 내요 is about 서류, and 내요 is no typo of 내용.
	'내요',
	'내나요',
	'내면',
	'내는',
	'낸',
	'낼',
	'내야',
	'냈어요',
	'냈는데',
	// 부르다 (call): 다른 이름으로 부르나요 is about 이름.
	'부르',
	'불러',
	'떴다',
	'떴어요',
	'떠요',
	'떠야',
	'뜨나요',
	'뜨는',
	'뜨면',
	'와요',
	'오나요',
	'들어와요',
	'들어오나요',
	'가능한가요',
	'가능해요',
	'가능한',
	'싶어요',
	'알려주세요',
	'알려주는',
	'알려줘요',
	'알려주나요',
	'주세요',
	'해줄',
	'해줘요',
	'달라요',
	'다른가요',
	'같아요',
	'인가요',
	'이에요',
	'예요',
	'이요',
];

/** Every function word, as compared with a normalized query word. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...QUESTION_WORDS, ...FILLERS, ...NEGATIONS, ...LIGHT_VERBS]);

/**
 * Endings of a verb or adjective built on a content word (계약하려면 → 계약, 가입해야 → 가입, 바뀌었는데 →
 * 바뀌). Longest first; a stem keeps at least two syllables, or it is a light verb (받았어요 → 받).
 */
const ENDINGS = [
	'하려면요',
	// 할 때 typed as one word: 신청할때 is 신청.
	'할때',
	'될때',
	'할때마다',
	'될때마다',
	'하려면',
	'하나요',
	'했는데',
	'하는데',
	'했어요',
	'할까요',
	'해야',
	'하면',
	'하고',
	'해도',
	'해서',
	'해요',
	'주나요',
	'주세요',
	'줘요',
	'되나요',
	'됐는데',
	'됐어요',
	'돼요',
	'되요',
	'되면',
	'인가요',
	'이에요',
	'인데',
	'하는',
	'되는',
	'었는데',
	'았는데',
	'었어요',
	'았어요',
	'였어요',
	'였는데',
	'였나요',
	'었나요',
	'았나요',
	'었더니',
	'았더니',
	'더니',
	'었던',
	'았던',
	'던',
	'다가',
	'한다는데',
	'된다는데',
	'한다고',
	'된다고',
	'인지',
	'는지',
	'은지',
	'을지',
	'나요',
	'는데',
	'려면',
	'으면',
	'어야',
	'아야',
	// 이다 (be) of a noun: 거여야 (it must be) is 거.
	'이어야',
	'여야',
	'어도',
	'아도',
	'예요',
	'가요',
	'세요',
	'어요',
	'아요',
	'면요',
].sort((a, b) => b.length - a.length);

/**
 * Endings that may also end a noun (필요, 기한, 역할, 광고): with a one-syllable stem the word is kept whole,
 * with a longer one it is searched both ways (관리권한 is a word, 취소한 is 취소). 보내요 → 보내, 취소한 →
 * 취소, 등록할 → 등록, 바꾸고 → 바꾸, 바꿔줄 → 바꿔, 매기게 → 매기.
 */
const SOFT_ENDINGS = ['요', '한', '된', '할', '고', '줄', '게'];

/**
 * 별 (by, per) or 마다 (each) after a noun of a Hangul syllable and more: 통화별 is about 통화, PG사마다 about PG사, but
 * 일자별 may be a word of its own, so both are searched. After a Latin word (PG별, PG마다) it is the word.
 */
const PER = /(?<=\p{L}\p{Script=Hangul})(?:별|마다)$/u;

/**
 * 면 (if) after the last syllables of verb stems (바뀌면, 끝나면, 띄우면, 누르면, 보내면): after others it ends
 * nouns (결제화면, 비대면), or 이다 after a noun (서비스면).
 */
const IF_AFTER_VERB = /(?<=\p{Script=Hangul})[뀌나우르치지내꾸빼리키]면$/u;

/** Endings of 하다, 되다 and 이다, which make a verb of a noun: what is left is the noun (계약하려면 → 계약, 장애였어요 → 장애). */
const NOUN_VERB_ENDING = /^(?:하|했|할|해|한|되|됐|돼|된|인|이에|예|였)/u;

/**
 * 하다, 되다 or 받다 (or 해보다, to try) left on a stem by an ending that is not theirs (확인하세요 → 확인하 → 확인,
 * 테스트해볼 → 테스트, 계산되게 → 계산, 발급받을 → 발급).
 */
const NOUN_VERB_STEM = /(?<=\p{Script=Hangul}{2})(?:해보|하|되|해|돼|했|됐|된|받)$/u;

interface Stem {
	stem: string;
	/** True when the stem is a verb's or an adjective's own (보내 of 보내나요), not a noun made a verb (계약 of 계약하려면). */
	verb: boolean;
	/** True when the ending may be the end of a noun instead (관리권한, 결제화면). */
	soft?: boolean;
}

/** The word's stem and what kind it is; the word itself when it has no ending; undefined for a light verb. */
function readEnding(word: string): Stem | undefined {
	const ending = ENDINGS.find((candidate) => word.endsWith(candidate));
	if (ending) {
		const stem = word.slice(0, -ending.length);
		if ([...stem].length < 2) return undefined;
		const noun = stem.replace(NOUN_VERB_STEM, '');
		return { stem: noun, verb: noun === stem && !NOUN_VERB_ENDING.test(ending) };
	}
	if (IF_AFTER_VERB.test(word)) return { stem: word.slice(0, -1), verb: true, soft: true };
	const soft = SOFT_ENDINGS.find((candidate) => word.endsWith(candidate) && [...word].length - candidate.length >= 2);
	if (soft) {
		const stem = word.slice(0, -soft.length);
		const noun = stem.replace(NOUN_VERB_STEM, '');
		return { stem: noun, verb: noun === stem && !NOUN_VERB_ENDING.test(soft), soft: true };
	}
	return { stem: word, verb: false };
}

/**
 * The word without a verb ending, when at least two syllables are left; the word itself when it has none
 * (or only a soft ending on a short stem); undefined for a light verb (받았어요 → 받).
 */
export const stripEnding = (word: string): string | undefined => readEnding(word)?.stem;

export interface SplitWord {
	/** The word as the reader typed it (normalized). */
	typed: string;
	/** The content word to search, or undefined for a function word. */
	content: string | undefined;
	/**
	 * True when the content word is a verb's stem (보내 of 보내나요, 누르 of 누르면): the articles often say
	 * it with another word (발송, 클릭), so it tells pages apart less than a noun does.
	 */
	verb?: boolean;
	/** The word as typed, when what was cut off may end a noun as well (관리권한 → 관리권 or 관리권한): searched too. */
	whole?: string;
}

/**
 * Reads one query word: a function word gives no content; a content word comes without its particle and
 * verb ending (`서류는` → 서류, `계약하려면` → 계약, `못받았어요` → none). Words that are not Hangul are
 * content as they are (`2주` keeps its unit).
 * @example splitWord('계약하려면') // { typed: '계약하려면', content: '계약', verb: false }
 * @example splitWord('어디로') // { typed: '어디로', content: undefined }
 */
export function splitWord(typed: string): SplitWord {
	// 여 for 요 is how many type a polite ending (되나여, 있어여, 주세여); after another syllable it is a word's (급여, 참여).
	if (CASUAL_ENDING.test(typed)) return { ...splitWord(`${typed.slice(0, -1)}요`), typed };
	if (FUNCTION_WORDS.has(typed)) return { typed, content: undefined };
	// 안돼요, 못받았어요: negation glued to a verb.
	const negated = /^[안못](.+)$/.exec(typed)?.[1];
	if (negated && (FUNCTION_WORDS.has(negated) || readEnding(negated) === undefined)) return { typed, content: undefined };
	const read = readEnding(typed);
	if (read === undefined || FUNCTION_WORDS.has(read.stem)) return { typed, content: undefined };
	const content = read.stem === typed ? stripParticle(typed) : read.stem;
	if (FUNCTION_WORDS.has(content)) return { typed, content: undefined };
	if (PER.test(content)) return { typed, content: content.replace(PER, ''), verb: false, whole: content };
	return read.soft ? { typed, content, verb: read.verb, whole: typed } : { typed, content, verb: read.verb };
}

const CASUAL_ENDING = /(?<=\p{Script=Hangul})[나까해돼되세어아죠데에]여$/u;

/** A last syllable that ends in ㄹ: the form a verb takes before 수 (올릴 수, 낮출 수, 걸 수). */
const endsInRieul = (word: string) => disassemble(word).endsWith('ㄹ');

/**
 * Reads the word before 수 in "…ㄹ 수 있어요": a verb, whatever it looks like (받을 is not 받 + 을, 달 is not
 * a month). Its stem is the word without the ㄹ (올릴 → 올리, 받을 → 받, 바꿔줄 → 바꿔); a one-syllable stem is a
 * light verb, and 하다 or 되다 after a noun leave the noun (등록할 → 등록).
 */
export function splitWordBeforeCan(typed: string): SplitWord {
	const form = typed.endsWith('을') ? typed.slice(0, -1) : endsInRieul(typed) ? removeLastCharacter(typed) : undefined;
	if (form === undefined) return splitWord(typed);
	// 주다 after a verb only asks a favour: 바꿔줄 수 is 바꿀 수.
	const verbStem = form.replace(/(?<=\p{Script=Hangul}{2})주$/u, '');
	if ([...verbStem].length < 2 || FUNCTION_WORDS.has(verbStem)) return { typed, content: undefined };
	const noun = verbStem.replace(NOUN_VERB_STEM, '');
	return { typed, content: noun, verb: noun === verbStem };
}

/** 이란 or 라는 (called) after a word, 게 or 건 (the thing) perhaps on it: `관리자콘솔이란 게 …` asks what the word means. */
const CALLED_THAT = /(?:이란|란|이라는|라는)(?:게|건)?$/u;

/**
 * The words a query asks the meaning of, as typed before 이란 or 라는 (`관리자콘솔이란 게 포트원 화면이에요`), each alone and
 * with the word before it (`결제창 방식이란` → 방식, 결제창 방식).
 * @example definedWords(['결제창', '방식이란', '게']) // ['방식', '결제창 방식']
 */
export function definedWords(words: readonly string[]): string[] {
	return words.flatMap((word, index) => {
		const ending = CALLED_THAT.exec(word)?.[0];
		if (!ending || [...word].length - [...ending].length < 2) return [];
		const stem = word.slice(0, -ending.length);
		return index > 0 ? [stem, `${words[index - 1]} ${stem}`] : [stem];
	});
}

/** 뭐라고 (what) before 부르다 or 하다 (call): the question asks what a thing is called, not what to write (뭐라고 적어요). */
const CALLED = /^(?:부르|불러|하|해|한다|합니)/;

/** True when the words, as typed and in order, ask what a thing is called (인증 안 하는 결제를 뭐라고 불러요, 뭐라고 해요). */
export const asksName = (words: readonly string[]) =>
	words.some((word, index) => (word === '뭐라고' || word === '뭐라') && CALLED.test(words[index + 1] ?? ''));

/** Words that ask how long or until when: the answer is a duration (2주, 3영업일). */
const DURATION_QUESTIONS = new Set(['걸려요', '걸리나요', '걸리는', '걸릴까요', '언제', '언제까지', '언제쯤', '며칠', '기간', '소요', '소요기간', '소요일']);

/** True when a query's words ask for a duration (심사 얼마나 걸려요, 환불 언제 돼요, 심사 기간). */
export const asksDuration = (words: string[]) => words.some((word) => DURATION_QUESTIONS.has(word));

/**
 * A duration or deadline as the pages write one: a number and a unit of time (2주, 2~3영업일, 1개월, 24시간),
 * or the words that say until when (당일, 익일, 기한).
 */
export const DURATION = /\d+\s*(?:[~-]\s*\d+\s*)?(?:영업일|주|일|개월|달|시간|분)|당일|익일|기한/;
