/**
 * Questions that ask which PG to use (`어떤 PG 써야 돼요`, `정기결제 되는 PG`, `해외카드 받아주는 결제대행사`, `PG 추천`):
 * the answer is the chooser, which reads every PG's procedure, not one PG's guide that happens to use the words.
 * Read from the words as typed, in order: the PG word is what is being picked, not the PG the reader already has
 * (`계약한 PG 바꾸기`, `PG 가입신청 어디서 해요` ask something else).
 */

/** The word for "a PG" that is no PG's name, with a particle or not (PG사가, 결제대행사는). */
const PG_WORD = /^(?:pg|피지|결제대행사|전자결제대행사)(?:사)?(?:가|는|은|를|을|도|로|랑|중에|중|들)?$/i;

/** Before it: a word that picks among PGs (어떤 PG) or says what the PG must do (되는 PG, 받아주는 PG, 싼 PG). */
const PICKING = /^(?:어떤|어느|무슨|좋은|싼|저렴한|괜찮은|추천|추천할|쓸만한)$|(?:되는|받는|주는|있는|지원하는|가능한)$/;

/** After it: a word that asks for one (PG 추천, PG 있나요, PG 골라 주세요); PG 비교 asks for the comparison, found by its tags. */
const ASKING = /^(?:추천|있나요|있어요|있을까요|있는지|있는|골라|고르|고르기|고르는|선택|어디가|뭐가|어디예요|어디에요)/;

/** The PG word with 마다 or 별 (PG마다, 결제대행사별): a question about every PG at once, which the comparison answers. */
const EVERY_PG = /^(?:pg|피지|결제대행사|전자결제대행사)(?:사)?(?:마다|별)$/i;

/** True when the words ask which PG to use (see above). */
export function asksWhichPg(words: readonly string[]): boolean {
	return words.some(
		(word, index) =>
			EVERY_PG.test(word) ||
			(PG_WORD.test(word) &&
				((index > 0 && PICKING.test(words[index - 1]!)) ||
					ASKING.test(words[index + 1] ?? '') ||
					// Keywords that end with the PG word ask for the PGs of the thing before it (구매대행 pg사, NFT 결제대행사).
					(index > 0 && index === words.length - 1))),
	);
}
