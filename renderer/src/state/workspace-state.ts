// The renderer's workspace state: its shape, its value before anything has loaded, and the API
// useWorkspace hands the window.
import type {
  Attribution,
  Quote,
  ReliabilityGrade,
  Source,
  WorkbenchDocument,
} from '../../../shared/domain/schema';
import type { Annotation } from '../../../shared/domain/annotations';
import type { Claim } from '../../../shared/domain/claims';
import type {
  ChannelOutput,
  DocumentSummary,
  Notice,
  SourceTableRow,
  TagWithUsage,
} from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';

export interface WorkspaceState {
  loading: boolean;
  documents: DocumentSummary[];
  sources: Source[];
  quotes: Quote[];
  attributions: Attribution[];
  annotations: Annotation[];
  claims: Claim[];
  /** The codebook, with how many items carry each tag. */
  tags: TagWithUsage[];
  /** Each source's current Admiralty grade (null: never graded). */
  grades: Map<string, ReliabilityGrade | null>;
  notices: Notice[];
  openDocument: WorkbenchDocument | null;
  /** What undo and redo would do next, for button labels; null when there is nothing. */
  history: { undo: string | null; redo: string | null };
}

export const initial: WorkspaceState = {
  loading: true,
  documents: [],
  sources: [],
  quotes: [],
  attributions: [],
  annotations: [],
  claims: [],
  tags: [],
  grades: new Map(),
  notices: [],
  openDocument: null,
  history: { undo: null, redo: null },
};

export interface WorkspaceApi {
  state: WorkspaceState;
  /** Messages for the error banner; each is shown until dismissed. */
  errors: string[];
  dismissError: (index: number) => void;
  reportError: (message: string) => void;
  refresh: () => Promise<void>;
  openDocumentById: (id: string) => Promise<void>;
  sourcesById: Map<string, Source>;
}

/** Each source's current grade, from the sources table. */
export function gradesOf(rows: readonly SourceTableRow[]): Map<string, ReliabilityGrade | null> {
  return new Map(rows.map((row) => [row.source.id, row.currentGrade]));
}

/** The undo and redo labels of the history's state. */
export function labels(history: ChannelOutput<'history.state'>): WorkspaceState['history'] {
  return { undo: history.undo?.label ?? null, redo: history.redo?.label ?? null };
}

/**
 * The undo state's labels to show from refresh `ticket`'s answer, recording that ticket in
 * `shownAt`; undefined when it failed or a newer refresh's labels are shown already.
 */
export function acceptHistory(
  shownAt: { current: number },
  history: Result<ChannelOutput<'history.state'>>,
  ticket: number,
): WorkspaceState['history'] | undefined {
  if (!history.ok || ticket <= shownAt.current) return undefined;
  shownAt.current = ticket;
  return labels(history.value);
}
