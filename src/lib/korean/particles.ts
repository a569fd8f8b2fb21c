import { hasBatchim } from 'es-hangul';
import { HANGUL_SYLLABLE } from './text';

/**
 * Korean attaches particles and endings to the word they follow: 키파일을, 계약절차는, 이니시스에서.
 * A query word is matched as a prefix, so `키파일` finds `키파일을` — but `키파일을` does not find `키파일`.
 * Stripping the particle from the query makes both work.
 */

// Longest first, so that 에서 is tried before 서 could be (it is not listed) and 으로 before 로.
const PARTICLES = [
	'으로써',
	'에서는',
	'에서도',
	'에게서',
	'에게는',
	'한테서',
	'으로도',
	'이라고',
	'입니다',
	'합니다',
	'에서',
	'에게',
	'으로',
	'까지',
	'부터',
	'한테',
	'로도',
	'처럼',
	'보다',
	'이나',
	'이랑',
	'랑',
	'하고',
	'과의',
	'와의',
	'에는',
	'에도',
	'에선',
	// 에는, said short (시간엔).
	'엔',
	'하기',
	'하는',
	'하려면',
	'이란',
	'란',
	'은',
	'는',
	'이',
	'가',
	'을',
	'를',
	'의',
	'에',
	'로',
	'와',
	'과',
	'도',
	'만',
].sort((a, b) => b.length - a.length);

/**
 * Particles Korean spells by the syllable before them: 이, 은, 을, 으로, 과 after a final consonant (앱이,
 * 돈을), 는, 를, 와 after none (키를, 키는). So 국가, 한도, 길 stay what they are, and so do words that end in an
 * open syllable and 이 (쇼피파이, 게이트웨이, 카카오페이)… mostly: 길이 is 길. 가 is left on: after an open syllable it
 * ends too many nouns (추가, 휴가, 부가).
 */
const AFTER_CLOSED_ONLY = /^(?:이|은|을|으로|과)/u;
const AFTER_OPEN_ONLY = /^(?:는|를|와)/u;

/** True when Korean spells `particle` after `syllable`: 쇼피파이 is no 쇼피파 + 이. */
function follows(syllable: string, particle: string): boolean {
	if (!HANGUL_SYLLABLE.test(syllable)) return true;
	if (AFTER_CLOSED_ONLY.test(particle)) return hasBatchim(syllable);
	if (AFTER_OPEN_ONLY.test(particle)) return !hasBatchim(syllable);
	return true;
}

/** The particles a one-syllable word loses (키를 → 키, 돈을 → 돈); others end two-syllable nouns (한도, 국가). */
const AFTER_ONE_SYLLABLE = ['이', '은', '을', '는', '를'];

/**
 * The word without a trailing particle, when at least two characters are left, or one syllable the
 * particle is spelled to follow (키를 → 키); otherwise the word.
 */
export function stripParticle(word: string): string {
	const chars = [...word];
	if (chars.length === 2 && HANGUL_SYLLABLE.test(chars[0]!) && AFTER_ONE_SYLLABLE.includes(chars[1]!) && follows(chars[0]!, chars[1]!)) return chars[0]!;
	for (const particle of PARTICLES) {
		const left = chars.length - [...particle].length;
		if (word.endsWith(particle) && left >= 2 && follows(chars[left - 1]!, particle)) return word.slice(0, -particle.length);
	}
	return word;
}
