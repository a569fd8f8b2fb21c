/**
 * How a restore link shows in an address: `#c=…`. Apart from the codec (link.ts) so that the page can notice a
 * link without loading the codec.
 */
export const LINK_KEY = 'c';

/** True when `hash` (`location.hash`) carries a restore link. */
export const isRestoreLink = (hash: string) => hash.startsWith(`#${LINK_KEY}=`);
