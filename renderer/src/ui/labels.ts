// Human labels for the domain's enumerations, for forms and tables: declared in shared/ so the
// exports say the same words, and gathered here so a component imports them from one place.
export {
  ATTRIBUTION_ROLE_LABELS,
  CONFIDENCE_LABELS,
  EVIDENCE_STANCE_LABELS,
  QUOTE_KIND_LABELS,
  SOURCE_KIND_LABELS,
} from '../../../shared/domain/labels';

// The Admiralty scales are defined once, beside the grading logic, and shown from here.
export {
  ADMIRALTY_CREDIBILITY as CREDIBILITY_LABELS,
  ADMIRALTY_RELIABILITY as GRADE_LABELS,
} from '../../../shared/domain/reliability';
export { CLAIM_STATUS_LABELS } from '../../../shared/domain/claim-rules';
