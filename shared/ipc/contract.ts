// The IPC contract: every channel between the renderer and the workbench service, declared
// once (per feature, in channels/) with its input and output schemas. Handlers, the preload
// bridge and the renderer client all derive their types from this object.
import type { z } from 'zod';
import { assessmentChannels } from './channels/assessments';
import { attributionChannels } from './channels/attributions';
import { annotationChannels } from './channels/annotations';
import { claimChannels } from './channels/claims';
import { codebookChannels } from './channels/codebook';
import { exportChannels } from './channels/exports';
import { interchangeChannels } from './channels/interchange';
import { annotationImportChannels } from './channels/annotation-import';
import { searchChannels } from './channels/search';
import { versionChannels } from './channels/versions';
import { documentChannels } from './channels/documents';
import { historyChannels } from './channels/history';
import { quoteChannels } from './channels/quotes';
import { settingsChannels } from './channels/settings';
import { shellChannels } from './channels/shell';
import { sourceChannels } from './channels/sources';
import { suggestionChannels } from './channels/suggestions';
import { workspaceChannels } from './channels/workspace';

export type { Notice } from './channels/workspace';
export type { DocumentSummary } from './channels/documents';
export type { QuoteAttributions } from './channels/attributions';
export type { TagUsage, TagWithUsage } from './channels/codebook';
export type {
  NewSource,
  NewSourceInput,
  SourceDetail,
  SourceQuote,
  SourceSuggestion,
  SourceTableRow,
} from './channels/sources';

export const contract = {
  ...workspaceChannels,
  ...documentChannels,
  ...sourceChannels,
  ...quoteChannels,
  ...attributionChannels,
  ...assessmentChannels,
  ...historyChannels,
  ...annotationChannels,
  ...versionChannels,
  ...claimChannels,
  ...codebookChannels,
  ...exportChannels,
  ...interchangeChannels,
  ...suggestionChannels,
  ...annotationImportChannels,
  ...searchChannels,
  ...settingsChannels,
  ...shellChannels,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const CHANNELS = Object.keys(contract) as ChannelName[];

/** What a caller passes (defaults may be omitted). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}
