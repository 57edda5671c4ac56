/**
 * Words of market news that the tagger and the event layer share.
 */

/**
 * What a month names in markets: the contract due then ("crude for June delivery settled at
 * $20.87", "the December futures"), this month or one ahead, and no event of that month. Words.
 */
export const CONTRACT_WORDS = 'delivery contract contracts futures options';
