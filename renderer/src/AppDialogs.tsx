// The dialogs the workbench opens over everything else: one at a time, described by DialogState.
import { COMMANDS } from '../../shared/commands';
import type { CommandId } from '../../shared/commands';
import type { Tag } from '../../shared/domain/annotations';
import type { Source, WorkbenchDocument } from '../../shared/domain/schema';
import type {
  ChannelInput,
  ChannelOutput,
  DocumentSummary,
  SourceSuggestion,
} from '../../shared/ipc/contract';
import { lazy, Suspense, useEffect } from 'react';
import { BundleReportDialog } from './features/exports/BundleReportDialog';
import { QdpxReportDialog } from './features/interchange/QdpxReportDialog';
import { AnnotationImportDialog } from './features/annotation-import/AnnotationImportDialog';
import { CommandPalette } from './commands/CommandPalette';
import type { GotoItem } from './features/find/goto';
import type { Claim } from '../../shared/domain/claims';
import { ShortcutsSheet } from './commands/ShortcutsSheet';
import { ImportTextDialog } from './features/documents/ImportTextDialog';
import { ImportDialog } from './features/documents/ImportDialog';
import { RestoreDialog } from './features/workspace/RestoreDialog';
import type { ImportReport, ImportSource } from '../../shared/ipc/channels/documents';
import { ClaimDialog } from './features/claims/ClaimDialog';
import { MarkQuoteDialog } from './features/quotes/MarkQuoteDialog';
import { NewSourceDialog } from './features/sources/NewSourceDialog';
import type { Status } from './ui/StatusToast';

// Loaded after start-up: it validates its options with the quote sheet's schemas, and the
// window's start-up does not load zod (see README, "Why a large workspace opens at once"). It is
// fetched in the first idle moment, so opening it does not wait for its script either.
const loadExportDialog = () => import('./features/exports/ExportDialog');
const ExportDialog = lazy(() => loadExportDialog().then((m) => ({ default: m.ExportDialog })));

export type DialogState =
  | { kind: 'palette' }
  | { kind: 'shortcuts' }
  | { kind: 'markQuote'; span: { start: number; end: number } }
  /** Import articles; `start` runs a batch at once (files dropped on the window). */
  | { kind: 'import'; start?: ImportSource }
  | { kind: 'importVersion'; documentId: string; title: string }
  | { kind: 'newSource'; suggestion: SourceSuggestion }
  | {
      kind: 'claim';
      from: ChannelInput<'claims.create'>['from'];
      exact: string;
      claimantIds: string[];
      credibility: number | null;
    }
  | { kind: 'export' }
  | { kind: 'restore' }
  | { kind: 'bundleReport'; report: NonNullable<ChannelOutput<'bundle.import'>> }
  | { kind: 'qdpxReport'; report: NonNullable<ChannelOutput<'interchange.importQdpx'>> }
  | { kind: 'annotationImport' }
  | null;

interface Props {
  dialog: DialogState;
  close: () => void;
  document: WorkbenchDocument | null;
  documents: readonly DocumentSummary[];
  sources: readonly Source[];
  grades: ReadonlyMap<string, string | null>;
  tags: readonly Tag[];
  /** The claims the palette can go to. */
  claims: readonly Claim[];
  /** Opens an article, source, claim or tag chosen in the palette. */
  onGoTo: (item: GotoItem) => void;
  runCommand: (id: CommandId) => void;
  onQuoteSaved: (quoteId: string) => void;
  onClaimSaved: (claimId: string) => void;
  /** A source to open: `created` names it when the dialog just created it, else null. */
  onOpenSource: (sourceId: string, created: string | null) => void;
  onImported: (documentId: string, summary?: string) => void;
  /** A batch of articles came in (the import dialog may still show its report). */
  onImportFinished: (report: ImportReport) => void;
  /** A copy of the workspace was restored: everything may have changed. */
  onRestored: (message: string) => void;
  /** Opens an article in the reader. */
  onOpenDocument: (documentId: string) => void;
  onExported: (message: Status) => void;
  /** Annotations came in from another tool: the workspace changed. */
  onAnnotationsImported: (message: string) => void;
}

export function AppDialogs(props: Props) {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const idle = requestIdleCallback(() => void loadExportDialog(), { timeout: 10_000 });
    return () => cancelIdleCallback(idle);
  }, []);
  const { dialog, close } = props;
  return (
    <>
      {dialog?.kind === 'export' && (
        <Suspense fallback={null}>
          <ExportDialog
            documents={props.documents}
            sources={props.sources}
            tags={props.tags}
            documentId={props.document?.id ?? null}
            onClose={close}
            onSaved={props.onExported}
          />
        </Suspense>
      )}
      {dialog?.kind === 'bundleReport' && (
        <BundleReportDialog report={dialog.report} onClose={close} />
      )}
      {dialog?.kind === 'qdpxReport' && <QdpxReportDialog report={dialog.report} onClose={close} />}
      {dialog?.kind === 'annotationImport' && (
        <AnnotationImportDialog
          documents={props.documents}
          openDocumentId={props.document?.id ?? null}
          onClose={close}
          onImported={props.onAnnotationsImported}
        />
      )}
      {dialog?.kind === 'markQuote' && props.document && (
        <MarkQuoteDialog
          document={props.document}
          span={dialog.span}
          sources={props.sources}
          grades={props.grades}
          onClose={close}
          onSaved={(quoteId) => {
            close();
            props.onQuoteSaved(quoteId);
          }}
        />
      )}
      {dialog?.kind === 'claim' && (
        <ClaimDialog
          from={dialog.from}
          exact={dialog.exact}
          claimantIds={dialog.claimantIds}
          credibility={dialog.credibility}
          sources={props.sources}
          grades={props.grades}
          tags={props.tags}
          onClose={close}
          onSaved={(id) => {
            close();
            props.onClaimSaved(id);
          }}
        />
      )}
      {dialog?.kind === 'palette' && (
        <CommandPalette
          commands={COMMANDS.filter((c) => c.id !== 'view.palette')}
          onClose={close}
          onRun={props.runCommand}
          goto={{
            documents: props.documents,
            sources: props.sources,
            claims: props.claims,
            tags: props.tags,
          }}
          onGoTo={props.onGoTo}
        />
      )}
      {dialog?.kind === 'shortcuts' && <ShortcutsSheet commands={COMMANDS} onClose={close} />}
      {dialog?.kind === 'newSource' && (
        <NewSourceDialog
          suggestion={dialog.suggestion}
          onClose={close}
          onOpenExisting={(id) => {
            close();
            props.onOpenSource(id, null);
          }}
          onCreated={(id, name) => {
            close();
            props.onOpenSource(id, name);
          }}
        />
      )}
      {dialog?.kind === 'importVersion' && (
        <ImportTextDialog
          versionOf={{ id: dialog.documentId, title: dialog.title }}
          onClose={close}
          onImported={(id, summary) => {
            close();
            props.onImported(id, summary);
          }}
        />
      )}
      {dialog?.kind === 'restore' && (
        <RestoreDialog
          onClose={close}
          onRestored={(message) => {
            close();
            props.onRestored(message);
          }}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportDialog
          start={dialog.start}
          onClose={close}
          onFinished={props.onImportFinished}
          onOpen={(id) => {
            close();
            props.onOpenDocument(id);
          }}
        />
      )}
    </>
  );
}
