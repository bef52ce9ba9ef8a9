// The Variables an exported project declares (article and source metadata, as QDA tools show
// them in their document and case tables) and how a value is written and read.
import { guidFor } from './guids';
import { startTag, textElement } from './xml';

export interface VariableSpec {
  key: VariableKey;
  name: string;
  type: 'Text' | 'Date';
  description: string;
}

export type VariableKey =
  | 'outlet'
  | 'authors'
  | 'published'
  | 'url'
  | 'language'
  | 'sourceKind'
  | 'role'
  | 'affiliation'
  | 'grade'
  | 'gradedOn'
  | 'gradeRationale';

export const VARIABLES: readonly VariableSpec[] = [
  { key: 'outlet', name: 'Outlet', type: 'Text', description: 'The publication.' },
  { key: 'authors', name: 'Authors', type: 'Text', description: 'Bylines, separated by “; ”.' },
  { key: 'published', name: 'Published', type: 'Date', description: 'Publication date.' },
  { key: 'url', name: 'URL', type: 'Text', description: 'Canonical address, as declared.' },
  { key: 'language', name: 'Language', type: 'Text', description: 'BCP-47 language tag.' },
  {
    key: 'sourceKind',
    name: 'Source kind',
    type: 'Text',
    description: 'person, organisation, government, outlet, group or anonymous.',
  },
  { key: 'role', name: 'Role', type: 'Text', description: 'The source’s role or title.' },
  { key: 'affiliation', name: 'Affiliation', type: 'Text', description: 'Who the source is with.' },
  {
    key: 'grade',
    name: 'Reliability grade',
    type: 'Text',
    description: 'Current Admiralty source reliability, A (reliable) to F (cannot be judged).',
  },
  { key: 'gradedOn', name: 'Graded on', type: 'Date', description: 'When the grade was given.' },
  { key: 'gradeRationale', name: 'Grade rationale', type: 'Text', description: 'Why.' },
];

export const variableGuid = (key: VariableKey): string => guidFor(`variable:${key}`);

/** The `<Variables>` element declaring every variable. */
export function writeVariables(): string {
  const items = VARIABLES.map(
    (v) =>
      `${startTag('Variable', { guid: variableGuid(v.key), name: v.name, typeOfVariable: v.type })}${textElement('Description', v.description)}</Variable>`,
  );
  return `<Variables>\n${items.join('\n')}\n</Variables>`;
}

/** VariableValue elements for the non-empty values given. */
export function writeValues(values: Partial<Record<VariableKey, string>>): string {
  return VARIABLES.filter((v) => values[v.key])
    .map((v) => {
      const value = values[v.key]!;
      const element = v.type === 'Date' ? 'DateValue' : 'TextValue';
      return `<VariableValue>${startTag('VariableRef', { targetGUID: variableGuid(v.key) }, true)}${textElement(element, value)}</VariableValue>`;
    })
    .join('');
}

/** The variable a name refers to, matched loosely so other tools' "outlet" or "URL" count too. */
export function variableByName(name: string): VariableSpec | null {
  const key = name.trim().toLowerCase();
  return VARIABLES.find((v) => v.name.toLowerCase() === key) ?? null;
}
