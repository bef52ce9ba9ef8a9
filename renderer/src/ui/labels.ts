// Human labels for the domain's enumerations, in one place for forms, tables and exports.
import type {
  AttributionConfidence,
  AttributionRole,
  QuoteKind,
  SourceKind,
} from '../../../shared/domain/schema';

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

// The Admiralty scales are defined once, beside the grading logic, and shown from here.
export {
  ADMIRALTY_CREDIBILITY as CREDIBILITY_LABELS,
  ADMIRALTY_RELIABILITY as GRADE_LABELS,
} from '../../../shared/domain/reliability';
export { CLAIM_STATUS_LABELS } from '../../../shared/domain/claim-rules';

export const EVIDENCE_STANCE_LABELS = { supports: 'Supports', refutes: 'Refutes' } as const;
