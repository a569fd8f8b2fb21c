/** A URL segment for a Korean label: letters of any script and digits kept, everything else a hyphen. */
export function slugify(label: string): string {
	return label
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '');
}
