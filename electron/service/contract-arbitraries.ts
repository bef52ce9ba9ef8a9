// Test support: fast-check arbitraries for IPC inputs, derived loosely from the channels' zod
// schemas. Most values have the right shape, so calls get past parsing and reach the handlers;
// the rest are hostile (prototype names, huge strings, wrong types, nulls, negative numbers).
import fc from 'fast-check';
import type { z } from 'zod';
import { Id } from '../../shared/domain/schema';

/** Every name a plain object answers to without owning it: "constructor", "__proto__"... */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

export interface ArbitraryOptions {
  /**
   * Ids of the workspace's records that suit a field (by its name: documentId, sourceId...), so
   * inputs name real things; an empty list when none does.
   */
  ids: (field: string) => readonly string[];
  /** Every id in the workspace, for a field named with the wrong kind of record. */
  allIds: readonly string[];
  /**
   * 'clean' gives values of the right shape with real ids, so calls reach the handlers;
   * 'hostile' makes about one leaf in five hostile; 'prototype' puts a prototype name at every
   * id and always fills the fields that hold one, so every input names one.
   */
  mode: 'clean' | 'hostile' | 'prototype';
}

type Schema = z.core.$ZodType;
type Check = { _zod: { def: { check: string; [key: string]: unknown } } };

const defOf = (schema: Schema) => (schema as z.core.$ZodTypes)._zod.def;

/** The schemas directly inside this one (object fields, elements, union options...). */
function children(schema: Schema): Schema[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.values(def.shape);
    case 'array':
      return [def.element];
    case 'union':
      return [...def.options];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return [def.innerType];
    case 'pipe':
      return [def.in];
    case 'record':
      return [def.keyType, def.valueType];
    default:
      return [];
  }
}

const idCache = new WeakMap<Schema, boolean>();
/** True when the schema has an Id anywhere inside it. */
export function containsId(schema: Schema): boolean {
  if (schema === Id) return true;
  const cached = idCache.get(schema);
  if (cached !== undefined) return cached;
  idCache.set(schema, false); // a cycle (none today) would otherwise recurse forever
  const found = children(schema).some(containsId);
  idCache.set(schema, found);
  return found;
}

/** The numeric bounds of a string's length, an array's size or a number, from its checks. */
function bounds(schema: Schema): { min?: number; max?: number; pattern?: RegExp; int: boolean } {
  const out: { min?: number; max?: number; pattern?: RegExp; int: boolean } = { int: false };
  const checks = ((defOf(schema) as { checks?: Check[] }).checks ?? []).map((c) => c._zod.def);
  for (const check of checks) {
    if (check.check === 'min_length') out.min = check.minimum as number;
    if (check.check === 'max_length') out.max = check.maximum as number;
    if (check.check === 'length_equals') out.min = out.max = check.length as number;
    if (check.check === 'greater_than') {
      out.min = (check.value as number) + (check.inclusive ? 0 : 1);
    }
    if (check.check === 'less_than') out.max = (check.value as number) - (check.inclusive ? 0 : 1);
    if (check.check === 'string_format' && check.pattern instanceof RegExp) {
      out.pattern = check.pattern;
    }
    if (check.check === 'number_format') out.int = true;
  }
  return out;
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '../../../etc/passwd',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://x")',
  '\uD800',
];
const hostileString = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES, ...HOSTILE_STRINGS),
  fc.constantFrom(200_001, 5_001, 101).map((n) => 'x'.repeat(n)),
);
const hostileNumber = fc.constantFrom(-1, -0.5, 0.5, 1e21, Number.NaN, Infinity, 2 ** 53);

/** An id for `field`: mostly a real one of the right kind, sometimes of another kind or none. */
function idArbitrary(field: string, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  if (options.mode === 'prototype') return fc.constantFrom(...PROTOTYPE_NAMES);
  const fit = options.ids(field);
  const pick = (ids: readonly string[], weight: number) =>
    ids.length > 0 ? [{ arbitrary: fc.constantFrom(...ids), weight }] : [];
  const unknown = fc.constantFrom('nope-404', '00000000-0000-4000-8000-000000000000');
  if (options.mode === 'clean') {
    return fc.oneof(...pick(fit, 6), ...pick(options.allIds, 1), { arbitrary: unknown, weight: 2 });
  }
  return fc.oneof(
    ...pick(fit, 4),
    ...pick(options.allIds, 1),
    { arbitrary: fc.constantFrom(...PROTOTYPE_NAMES), weight: 2 },
    { arbitrary: unknown, weight: 1 },
    { arbitrary: hostileString, weight: 1 },
  );
}

/**
 * An arbitrary for values of `schema`; `field` is the name of the object field (or of the array)
 * it sits in, which says what kind of record an id names.
 */
export function arbitraryFor(
  schema: Schema,
  options: ArbitraryOptions,
  field = '',
): fc.Arbitrary<unknown> {
  const hostile = options.mode === 'hostile';
  const mix = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) =>
    hostile ? fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: bad, weight: 1 }) : good;
  if (schema === Id) return idArbitrary(field, options);
  const def = defOf(schema);
  const b = bounds(schema);
  const inner = (child: Schema) => arbitraryFor(child, options, field);
  switch (def.type) {
    case 'string': {
      const good = b.pattern
        ? fc.stringMatching(b.pattern).filter((s) => s.length <= (b.max ?? 100))
        : fc.oneof(
            fc.constantFrom('Riyadh', 'Steve Witkoff', 'en', '2026-01-01', 'Quote sheet'),
            fc.string({ minLength: b.min ?? 0, maxLength: Math.min(b.max ?? 40, 40) }),
          );
      return mix(good, hostileString);
    }
    case 'number': {
      const min = b.min ?? 0;
      const max = Math.min(b.max ?? min + 400, min + 400);
      const good = Number.isInteger(min) ? fc.integer({ min, max }) : fc.double({ min, max });
      return mix(good, hostileNumber);
    }
    case 'boolean':
      return mix(fc.boolean(), fc.constantFrom('true', 0, null));
    case 'enum':
      return mix(fc.constantFrom(...Object.values(def.entries)), hostileString);
    case 'literal':
      return mix(fc.constantFrom(...def.values), hostileString);
    case 'undefined':
      return fc.constant(undefined);
    case 'null':
      return fc.constant(null);
    case 'object': {
      // A span (TextPositionSelector): mostly a real one, since end must pass start.
      if (options.mode === 'clean' && Object.keys(def.shape).join() === 'start,end') {
        return fc
          .tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 60 }))
          .map(([start, length]) => ({ start, end: start + length }));
      }
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const [key, child] of Object.entries(def.shape)) {
        fields[key] = arbitraryFor(child, options, key);
        const optional = ['optional', 'default', 'prefault'].includes(defOf(child).type);
        if (!optional || (options.mode === 'prototype' && containsId(child))) required.push(key);
      }
      return mix(fc.record(fields, { requiredKeys: required }), fc.constantFrom(null, [], 'x'));
    }
    case 'array': {
      const minLength = b.min ?? 0;
      const good = fc.array(inner(def.element), {
        minLength: options.mode === 'prototype' ? Math.max(minLength, 1) : minLength,
        maxLength: Math.max(minLength, Math.min(b.max ?? 3, 3)),
      });
      return mix(good, fc.constantFrom(null, {}, 'x'));
    }
    case 'union': {
      const withId = def.options.filter(containsId);
      const chosen = options.mode === 'prototype' && withId.length > 0 ? withId : def.options;
      return fc.oneof(...chosen.map(inner));
    }
    case 'optional':
    case 'default':
    case 'prefault':
      return options.mode === 'prototype'
        ? inner(def.innerType)
        : fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return options.mode === 'prototype'
        ? inner(def.innerType)
        : fc.option(inner(def.innerType), { nil: null, freq: 3 });
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'record':
      return fc.dictionary(inner(def.keyType) as fc.Arbitrary<string>, inner(def.valueType), {
        maxKeys: 2,
      });
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/**
 * A channel's input. With mode 'clean' (the default) a mix: mostly clean inputs, some with
 * hostile leaves, some wholly wrong (null, a number, a prototype name, anything); 'prototype'
 * as arbitraryFor.
 */
export function channelInput(
  schema: Schema,
  options: Omit<ArbitraryOptions, 'mode'> & { mode?: 'prototype' },
): fc.Arbitrary<unknown> {
  if (options.mode === 'prototype') return arbitraryFor(schema, { ...options, mode: 'prototype' });
  return fc.oneof(
    { arbitrary: arbitraryFor(schema, { ...options, mode: 'clean' }), weight: 5 },
    { arbitrary: arbitraryFor(schema, { ...options, mode: 'hostile' }), weight: 3 },
    { arbitrary: fc.constantFrom(null, 42, 'constructor', [], {}, { id: '__proto__' }), weight: 1 },
    { arbitrary: fc.anything({ maxDepth: 2 }), weight: 1 },
  );
}
