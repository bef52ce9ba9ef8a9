// Turns a handler table into one dispatch function: checks the channel, parses the input with
// the contract's schema, runs the handler, and always resolves to a Result. Electron's main
// process and the e2e harness both call this, so they behave identically.
import type { ChannelName, ChannelOutput, ParsedInput } from './contract';
import { contract, isChannelName } from './contract';
import type { Result } from './result';
import { WorkbenchError, fail, ok } from './result';

/** The service: one async handler per channel. A missing channel is a compile error. */
export type HandlerTable = {
  [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>>;
};

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Receives unexpected errors with their stack; expected errors are not logged. */
  log?: (message: string, error: unknown) => void;
  /**
   * Checks every ok answer against the channel's output schema, and answers `internal` (naming
   * the channel and the mismatch) when it breaks the contract. On in the service's tests; off
   * in the app, where checking a 20,000-quote list on every call would cost time.
   */
  checkOutputs?: boolean;
}

function describeIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  return error.issues
    .slice(0, 5)
    .map(
      (issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ` : '') + issue.message,
    )
    .join('; ');
}

export function createDispatch(handlers: HandlerTable, options: DispatchOptions = {}): Dispatch {
  return async (channel, input) => {
    if (!isChannelName(channel)) {
      return fail('unknown_channel', `Unknown channel: ${String(channel).slice(0, 100)}`);
    }
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      return fail('invalid_input', `Invalid input for ${channel}: ${describeIssues(parsed.error)}`);
    }
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      if (options.checkOutputs) {
        const checked = contract[channel].output.safeParse(value);
        if (!checked.success) {
          const message = `${channel} answered outside its contract: ${describeIssues(checked.error)}`;
          options.log?.(message, checked.error);
          return fail('internal', message);
        }
      }
      return ok(value);
    } catch (error) {
      if (error instanceof WorkbenchError) return fail(error.code, error.message);
      options.log?.(`Handler ${channel} failed`, error);
      const message = error instanceof Error ? error.message : String(error);
      return fail('internal', `Something went wrong in ${channel}: ${message}`);
    }
  };
}
