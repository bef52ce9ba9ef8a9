// The fixed choices the window offers (claim statuses, highlight colours), apart from the schemas
// built from them (claims.ts, annotations.ts): the window lists them at start-up, and importing a
// schema module would load and run zod there, which its start-up does not need (see README).

/** Fact-check statuses, in the order a desk moves through them. */
export const CLAIM_STATUSES = [
  'unverified',
  'verified',
  'disputed',
  'misleading',
  'false',
  'unverifiable',
] as const;

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
