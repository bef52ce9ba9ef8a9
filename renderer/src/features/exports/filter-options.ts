// The choices the export dialog's filters offer, built from the workspace's articles, sources and
// tags and from the fixed scales. Pure, so the lists and their order are tested without a DOM.
import type { Tag } from '../../../../shared/domain/annotations';
import { CLAIM_STATUSES } from '../../../../shared/domain/choices';
import type { ClaimStatus } from '../../../../shared/domain/claims';
import { CREDIBILITY_LEVELS, GRADES } from '../../../../shared/domain/reliability';
import type { Credibility, ReliabilityGrade, Source } from '../../../../shared/domain/schema';
import type { DocumentSummary } from '../../../../shared/ipc/contract';
import type { CheckboxOption } from '../../ui/CheckboxListFilter';
import { CLAIM_STATUS_LABELS, CREDIBILITY_LABELS, GRADE_LABELS } from '../../ui/labels';

const byLabel = <T>(a: CheckboxOption<T>, b: CheckboxOption<T>) =>
  a.label.localeCompare(b.label, undefined, { sensitivity: 'base', numeric: true });

/**
 * Articles in the library's order, each with how many quotes it holds. Where two share a title,
 * their outlet, date and file name tell them apart.
 */
export function articleOptions(documents: readonly DocumentSummary[]): CheckboxOption<string>[] {
  const titles = new Map<string, number>();
  for (const d of documents) titles.set(d.title, (titles.get(d.title) ?? 0) + 1);
  return documents.map((d) => ({
    value: d.id,
    label: d.title,
    count: d.quoteCount,
    keywords: d.outlet,
    ...((titles.get(d.title) ?? 0) > 1 && {
      detail: [d.outlet, d.publishedAt, d.fileName].filter(Boolean).join(' · '),
    }),
  }));
}

/** Sources by name; the search also finds them by alias and affiliation. */
export function sourceOptions(sources: readonly Source[]): CheckboxOption<string>[] {
  return sources
    .map((s) => ({
      value: s.id,
      label: s.name,
      keywords: [...s.aliases, s.affiliation].join(' '),
    }))
    .sort(byLabel);
}

/**
 * Tags by their path ("Territory › Referendums"), since choosing a tag also takes its sub-tags.
 * A parent that is missing, or a loop of parents, ends the path where it breaks.
 */
export function tagOptions(tags: readonly Tag[]): CheckboxOption<string>[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const path = (tag: Tag): string => {
    const names = [tag.name];
    const seen = new Set([tag.id]);
    let parent = tag.parentId ? byId.get(tag.parentId) : undefined;
    while (parent && !seen.has(parent.id)) {
      names.unshift(parent.name);
      seen.add(parent.id);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    return names.join(' › ');
  };
  return tags.map((t) => ({ value: t.id, label: path(t) })).sort(byLabel);
}

export const claimStatusOptions: readonly CheckboxOption<ClaimStatus>[] = CLAIM_STATUSES.map(
  (s) => ({ value: s, label: CLAIM_STATUS_LABELS[s] }),
);

/** The Admiralty letters with their meaning: "B: Usually reliable". */
export const gradeOptions: readonly CheckboxOption<ReliabilityGrade>[] = GRADES.map((g) => ({
  value: g,
  label: `${g}: ${GRADE_LABELS[g]}`,
}));

export const credibilityOptions: readonly CheckboxOption<Credibility>[] = CREDIBILITY_LEVELS.map(
  (c) => ({ value: c, label: `${c}: ${CREDIBILITY_LABELS[c]}` }),
);
