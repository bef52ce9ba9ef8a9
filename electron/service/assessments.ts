// Handlers for Admiralty grading: the dated reliability grades of a source (the history is kept,
// the newest is current) and the credibility of what a quote says.
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import type { Assessment, Quote } from '../../shared/domain/schema';
import { newestFirst } from '../../shared/domain/reliability';
import type { ServiceContext } from './context';
import { stamp } from './context';
import { getRecord, hasRecord, valuesOf } from '../../shared/domain/workspace';

type AssessmentHandlers = Pick<
  HandlerTable,
  'assessments.add' | 'assessments.list' | 'assessments.delete' | 'quotes.setCredibility'
>;

/** The analyst's calendar date (local time zone), YYYY-MM-DD: what "today" means to them. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function assessmentHandlers(ctx: ServiceContext): AssessmentHandlers {
  const data = () => ctx.store.data;
  return {
    'assessments.add': async (input) => {
      const source = getRecord(data().sources, input.sourceId);
      if (!source) throw new WorkbenchError('not_found', 'That source no longer exists.');
      const assessment: Assessment = {
        id: ctx.newId(),
        sourceId: source.id,
        grade: input.grade,
        rationale: input.rationale,
        assessedOn: input.assessedOn ?? localDate(ctx.now()),
        createdAt: stamp(ctx),
      };
      await ctx.commit('Grade source', [
        { op: 'put', collection: 'assessments', value: assessment },
      ]);
      return assessment;
    },

    'assessments.list': async ({ sourceId }) => {
      if (!hasRecord(data().sources, sourceId)) {
        throw new WorkbenchError('not_found', 'That source no longer exists.');
      }
      return valuesOf(data().assessments)
        .filter((a) => a.sourceId === sourceId)
        .sort(newestFirst);
    },

    'assessments.delete': async ({ id }) => {
      if (!hasRecord(data().assessments, id)) {
        throw new WorkbenchError('not_found', 'That grade no longer exists.');
      }
      await ctx.commit('Delete grade', [{ op: 'delete', collection: 'assessments', id }]);
      return { id };
    },

    'quotes.setCredibility': async ({ id, credibility }) => {
      const quote = getRecord(data().quotes, id);
      if (!quote) throw new WorkbenchError('not_found', 'That quote no longer exists.');
      if (quote.credibility === credibility) return quote;
      const next: Quote = { ...quote, credibility, updatedAt: stamp(ctx) };
      await ctx.commit('Grade credibility', [{ op: 'put', collection: 'quotes', value: next }]);
      return next;
    },
  };
}
