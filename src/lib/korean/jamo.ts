/**
 * Text pasted from macOS often carries Hangul in decomposed form (NFD): "한" as ᄒ + ᅡ + ᆫ (U+1100–U+11FF).
 * It looks the same but matches nothing in search, so content with it is reported.
 */
const CONJOINING_JAMO = /[\u1100-\u11FF]+/g;

export interface JamoFinding {
	line: number;
	text: string;
}

/** Every run of conjoining jamo, with its 1-based line and the composed (NFC) text it stands for. */
export function findDecomposedJamo(source: string): JamoFinding[] {
	const findings: JamoFinding[] = [];
	source.split('\n').forEach((lineText, index) => {
		for (const match of lineText.matchAll(CONJOINING_JAMO)) {
			findings.push({ line: index + 1, text: match[0].normalize('NFC') });
		}
	});
	return findings;
}
