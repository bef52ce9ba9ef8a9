// Handlers for attributions: a quote can be credited to several sources (speaker Putin, conduit
// "the Kremlin's readout of the call"), but always keeps at least one speaker.
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import type { Attribution, AttributionRole, Source } from '../../shared/domain/schema';
import type { Change, WorkspaceData } from '../../shared/domain/workspace';
import { getRecord, valuesOf } from '../../shared/domain/workspace';
import type { ServiceContext } from './context';
import { stamp } from './context';
import { newSource, requireSource } from './sources';

type AttributionHandlers = Pick<
  HandlerTable,
  'attributions.list' | 'attributions.add' | 'attributions.update' | 'attributions.delete'
>;

function requireAttribution(data: WorkspaceData, id: string): Attribution {
  const attribution = getRecord(data.attributions, id);
  if (!attribution) throw new WorkbenchError('not_found', 'That attribution no longer exists.');
  return attribution;
}

/** Throws conflict when the quote already credits the source in that role (other than exceptId). */
function assertNotDuplicate(
  data: WorkspaceData,
  quoteId: string,
  source: Source,
  role: AttributionRole,
  exceptId?: string,
): void {
  const duplicate = valuesOf(data.attributions).some(
    (a) =>
      a.id !== exceptId && a.quoteId === quoteId && a.sourceId === source.id && a.role === role,
  );
  if (duplicate) {
    throw new WorkbenchError(
      'conflict',
      `The quote is already attributed to “${source.name}” as ${role}.`,
    );
  }
}

/** Throws conflict when the attribution is the quote's only speaker: a quote needs a speaker. */
function assertNotLastSpeaker(data: WorkspaceData, attribution: Attribution, doing: string): void {
  if (attribution.role !== 'speaker') return;
  const otherSpeaker = valuesOf(data.attributions).some(
    (a) => a.id !== attribution.id && a.quoteId === attribution.quoteId && a.role === 'speaker',
  );
  if (!otherSpeaker) {
    const name = getRecord(data.sources, attribution.sourceId)?.name ?? 'this source';
    throw new WorkbenchError(
      'conflict',
      `Cannot ${doing}: “${name}” is the quote’s only speaker. ` +
        'Add another speaker first, or delete the quote.',
    );
  }
}

export function attributionHandlers(ctx: ServiceContext): AttributionHandlers {
  const data = () => ctx.store.data;
  return {
    'attributions.list': async ({ quoteId }) => {
      const quote = getRecord(data().quotes, quoteId);
      if (!quote) throw new WorkbenchError('not_found', 'That quote no longer exists.');
      const rank = (a: Attribution) => (a.role === 'speaker' ? 0 : 1);
      const attributions = valuesOf(data().attributions)
        .filter((a) => a.quoteId === quoteId)
        .sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt))
        .map((attribution) => ({
          attribution,
          source: requireSource(data(), attribution.sourceId),
        }));
      return { quote, attributions };
    },

    'attributions.add': async (input) => {
      const quote = getRecord(data().quotes, input.quoteId);
      if (!quote) throw new WorkbenchError('not_found', 'That quote no longer exists.');
      const changes: Change[] = [];
      let source: Source;
      if (input.sourceId !== undefined) {
        source = requireSource(data(), input.sourceId);
        assertNotDuplicate(data(), quote.id, source, input.role);
      } else if (input.newSource !== undefined) {
        source = newSource(ctx, input.newSource);
        changes.push({ op: 'put', collection: 'sources', value: source });
      } else {
        // The contract's refinement guarantees one of the two; this is a broken invariant.
        throw new Error('attributions.add needs sourceId or newSource');
      }
      const attribution: Attribution = {
        id: ctx.newId(),
        quoteId: quote.id,
        sourceId: source.id,
        role: input.role,
        confidence: input.confidence,
        basis: input.basis,
        createdAt: stamp(ctx),
      };
      changes.push({ op: 'put', collection: 'attributions', value: attribution });
      await ctx.commit('Add attribution', changes);
      return { attribution, source };
    },

    'attributions.update': async ({ id, ...patch }) => {
      const attribution = requireAttribution(data(), id);
      const next: Attribution = {
        ...attribution,
        role: patch.role ?? attribution.role,
        confidence: patch.confidence ?? attribution.confidence,
        basis: patch.basis ?? attribution.basis,
        sourceId: patch.sourceId ?? attribution.sourceId,
      };
      if (JSON.stringify(next) === JSON.stringify(attribution)) return attribution;
      const source = requireSource(data(), next.sourceId);
      if (next.role !== 'speaker') assertNotLastSpeaker(data(), attribution, 'make it a conduit');
      assertNotDuplicate(data(), next.quoteId, source, next.role, id);
      await ctx.commit('Edit attribution', [
        { op: 'put', collection: 'attributions', value: next },
      ]);
      return next;
    },

    'attributions.delete': async ({ id }) => {
      const attribution = requireAttribution(data(), id);
      assertNotLastSpeaker(data(), attribution, 'remove this attribution');
      await ctx.commit('Remove attribution', [{ op: 'delete', collection: 'attributions', id }]);
      return { id };
    },
  };
}
