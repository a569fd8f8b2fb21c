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
 * Particles that follow one syllable only as Korean spells them: 이, 은, 을 after a final consonant (앱이,
 * 돈을), 는, 를 after none (키를, 키는). So 국가, 한도, 길 stay what they are… mostly: 길이 is 길. 가 is
 * left on: after an open syllable it ends too many nouns (추가, 휴가, 부가).
 */
const AFTER_CLOSED = ['이', '은', '을'];
const AFTER_OPEN = ['는', '를'];
/** Pay services end in 페이, whose 이 is no particle (삼성페이, 엘페이). */
const PAY_NAME = /페이$/u;

const hasFinalConsonant = (syllable: string) => (syllable.charCodeAt(0) - 0xac00) % 28 !== 0;

/**
 * The word without a trailing particle, when at least two characters are left, or one syllable the
 * particle is spelled to follow (키를 → 키); otherwise the word.
 */
export function stripParticle(word: string): string {
	const chars = [...word];
	if (chars.length === 2 && HANGUL_SYLLABLE.test(chars[0]!)) {
		const closed = hasFinalConsonant(chars[0]!);
		if ((closed ? AFTER_CLOSED : AFTER_OPEN).includes(chars[1]!)) return chars[0]!;
	}
	for (const particle of PARTICLES) {
		if (word.endsWith(particle) && chars.length - [...particle].length >= 2 && !PAY_NAME.test(word)) return word.slice(0, -particle.length);
	}
	return word;
}
