// Checks of query options given from code: an unknown relation or kind, or a date that is no date, throws a KgError
// (code E_OPTION) naming the option, instead of silently matching nothing.
import { ENTITY_KINDS, type EntityKind } from '../graph/types.ts';
import { RELATION_KINDS, type RelationKind } from '../graph/relations.ts';
import { KgError } from '../errors.ts';
import { dateInterval } from './dates.ts';

function checkList<T extends string>(value: T | T[] | undefined, allowed: readonly T[], option: string): void {
  if (value === undefined) return;
  for (const item of Array.isArray(value) ? value : [value]) {
    if (!allowed.includes(item)) throw new KgError('E_OPTION', `${option} "${String(item)}" is not one of ${allowed.join(', ')}`);
  }
}

/** Throws unless every item is a relation of the schema (`RELATION_KINDS`). */
export function checkRelations(value: RelationKind | RelationKind[] | undefined, option = 'relation'): void {
  checkList(value, RELATION_KINDS, option);
}

/** Throws unless every item is an entity kind of the schema (`ENTITY_KINDS`). */
export function checkKinds(value: EntityKind | EntityKind[] | undefined, option = 'kind'): void {
  checkList(value, ENTITY_KINDS, option);
}

/** Throws unless the value is absent or a date: YYYY, YYYY-MM or YYYY-MM-DD. */
export function checkDate(value: string | undefined, option: string): void {
  if (value !== undefined && !dateInterval(value)) throw new KgError('E_OPTION', `${option} must be a date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}"`);
}
