// Human labels for the domain's enumerations, declared once: the window's forms and tables and
// the exported sheets and briefings say the same words ("Person", "Indirect (reported)").
// The Admiralty scales and the claim statuses keep their labels beside their rules
// (reliability.ts, claim-rules.ts).
import type { EvidenceStance } from './claims';
import type { AttributionConfidence, AttributionRole, QuoteKind, SourceKind } from './schema';

export const QUOTE_KIND_LABELS: Record<QuoteKind, string> = {
  direct: 'Direct',
  partial: 'Partial',
  indirect: 'Indirect (reported)',
  paraphrase: 'Paraphrase',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  government: 'Government body',
  outlet: 'Outlet',
  group: 'Group',
  anonymous: 'Anonymous',
};

export const CONFIDENCE_LABELS: Record<AttributionConfidence, string> = {
  stated: 'Stated',
  inferred: 'Inferred',
  uncertain: 'Uncertain',
};

export const ATTRIBUTION_ROLE_LABELS: Record<AttributionRole, string> = {
  speaker: 'Speaker',
  conduit: 'Conduit (reported via)',
};

export const EVIDENCE_STANCE_LABELS: Record<EvidenceStance, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
};
