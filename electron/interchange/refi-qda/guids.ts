// Stable GUIDs for QDA-XML: each is derived from what it stands for (a tag's id, a quote's id,
// a fixed name for the codes we add), so exporting the same workspace twice gives the same
// GUIDs, a QDA tool can match a re-export to what it imported, and our reader can tell our own
// "Quote kind", "Speakers" and "Claim status" codes from an analyst's codes of the same name.
import { createHash } from 'node:crypto';
import { CLAIM_STATUSES } from '../../../shared/domain/claims';
import type { ClaimStatus } from '../../../shared/domain/claims';
import { QuoteKind } from '../../../shared/domain/schema';
import type { AttributionRole, QuoteKind as Kind } from '../../../shared/domain/schema';

/** A name-based UUID (RFC 4122 version 5 layout, SHA-256 truncated) in lower-case hex. */
export function guidFor(what: string): string {
  const hex = createHash('sha256').update(`attribution-workbench:${what}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The GUID an entity of ours is exported under. */
export const entityGuid = (collection: string, id: string): string =>
  guidFor(`${collection}:${id}`);

/** The GUID of a quote's or highlight's own note (not a memo). */
export const noteGuid = (collection: string, id: string): string =>
  guidFor(`note:${collection}:${id}`);

/** Labels of the codes that carry what QDA tools have no field for. */
export const KIND_LABELS: Record<Kind, string> = {
  direct: 'Direct quote',
  partial: 'Partial quote',
  indirect: 'Indirect (reported) quote',
  paraphrase: 'Paraphrase',
};

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
  misleading: 'Misleading',
  false: 'False',
  unverifiable: 'Unverifiable',
};

/** Our own branches of the code tree: the parent codes and what each child means. */
export const BRANCHES = {
  kind: { guid: guidFor('branch:quote-kind'), name: 'Quote kind' },
  speakers: { guid: guidFor('branch:speakers'), name: 'Speakers' },
  conduits: { guid: guidFor('branch:conduits'), name: 'Conduits' },
  status: { guid: guidFor('branch:claim-status'), name: 'Claim status' },
  credibility: { guid: guidFor('branch:credibility'), name: 'Information credibility' },
} as const;

export const kindGuid = (kind: Kind): string => guidFor(`quote-kind:${kind}`);
export const statusGuid = (status: ClaimStatus): string => guidFor(`claim-status:${status}`);
export const credibilityGuid = (grade: number): string => guidFor(`credibility:${grade}`);
/** A source's code under Speakers or Conduits (one per role, so a coding says which). */
export const sourceCodeGuid = (role: AttributionRole, sourceId: string): string =>
  guidFor(`${role}:${sourceId}`);

/** Admiralty credibility 1-6 with the words analysts use for each. */
export const CREDIBILITY_LABELS = [
  '1 Confirmed',
  '2 Probably true',
  '3 Possibly true',
  '4 Doubtful',
  '5 Improbable',
  '6 Cannot be judged',
] as const;

/** What one of our reserved code GUIDs means, for the reader. */
export type ReservedCode =
  | { kind: 'branch' }
  | { kind: 'quote-kind'; value: Kind }
  | { kind: 'claim-status'; value: ClaimStatus }
  | { kind: 'credibility'; value: number };

/** Every fixed GUID of ours (branches and their fixed children), by GUID. */
export const RESERVED: ReadonlyMap<string, ReservedCode> = new Map<string, ReservedCode>([
  ...Object.values(BRANCHES).map((b): [string, ReservedCode] => [b.guid, { kind: 'branch' }]),
  ...QuoteKind.options.map((k): [string, ReservedCode] => [
    kindGuid(k),
    { kind: 'quote-kind', value: k },
  ]),
  ...CLAIM_STATUSES.map((s): [string, ReservedCode] => [
    statusGuid(s),
    { kind: 'claim-status', value: s },
  ]),
  ...[1, 2, 3, 4, 5, 6].map((g): [string, ReservedCode] => [
    credibilityGuid(g),
    { kind: 'credibility', value: g },
  ]),
]);
