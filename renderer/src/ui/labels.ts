// Human labels for the domain's enumerations, in one place for forms, tables and exports.
import type { AttributionConfidence, QuoteKind, SourceKind } from '../../../shared/domain/schema';

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
