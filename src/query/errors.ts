// Query errors: a name that matches several entities.
import { KgError } from '../errors.ts';

/** One entity a name matched, as shown to the user. */
export interface Candidate {
  key: string;
  label: string;
  kind: string;
}

/** A name matched more than one entity; the message lists them. Exit code 1, like a name not found. */
export class AmbiguousNameError extends KgError {
  constructor(
    readonly query: string,
    readonly candidates: Candidate[],
  ) {
    const list = candidates.map((c) => `${c.label} (${c.key})`).join(', ');
    super('E_AMBIGUOUS', `"${query}" matches ${candidates.length} entities: ${list}; give the full name or the key`, 1);
    this.name = 'AmbiguousNameError';
  }
}
