// Kind, label and attributes of an entity key as the knowledge base or the article describes it.
import type { Doc } from './document.ts';
import type { EntityKind } from '../graph/types.ts';

export interface EntityDescription {
  kind: EntityKind;
  label: string;
  canonical: boolean;
  attrs: Record<string, unknown>;
}

/** Describes `key` (e.g. `country:china`, `summit:sco-2024-astana`, `person:wang-yi`); undefined for unknown keys. */
export function describeEntity(doc: Doc, key: string): EntityDescription | undefined {
  const i = key.indexOf(':');
  const kind = key.slice(0, i) as EntityKind;
  const id = key.slice(i + 1);
  const k = doc.knowledge;
  switch (kind) {
    case 'country': {
      const c = k.countries.get(id);
      return c ? { kind, label: c.name, canonical: true, attrs: { scoStatus: c.sco?.status ?? null } } : undefined;
    }
    case 'organisation': {
      const o = k.organisations.get(id);
      if (o) return { kind, label: o.name, canonical: true, attrs: o.acronyms.length ? { acronym: o.acronyms[0] } : {} };
      const label = doc.labels.get(key) ?? labelFromMentions(doc, key);
      const acronym = [...doc.acronyms].find(([, ref]) => ref === key)?.[0];
      return label ? { kind, label, canonical: false, attrs: acronym ? { acronym } : {} } : undefined;
    }
    case 'initiative': {
      const r = k.initiatives.get(id);
      if (r) return { kind, label: r.name, canonical: true, attrs: {} };
      const label = doc.labels.get(key) ?? labelFromMentions(doc, key);
      return label ? { kind, label, canonical: false, attrs: {} } : undefined;
    }
    case 'summit': {
      const r = k.summits.find((x) => x.id === id);
      if (!r) {
        const label = labelFromMentions(doc, key, true);
        return label ? { kind, label, canonical: true, attrs: { ordinal: null, year: null, city: null, host: null } } : undefined;
      }
      const sco = r.series === 'sco_heads_of_state';
      const named = (r.names ?? []).find((n) => new RegExp(`^[^\\d].* summit ${r.year}$`, 'i').test(n));
      const where = r.city ? ` (${r.city})` : '';
      const label = sco
        ? `SCO Summit ${r.year}${where}`
        : r.series === 'sco_heads_of_government'
          ? `SCO Heads of Government meeting ${r.year}${where}`
          : (named ?? `${r.series.toUpperCase().replace(/_/g, ' ')} summit ${r.year}`);
      const host = r.host ? (k.countries.get(r.host)?.name ?? null) : null;
      return {
        kind,
        label,
        canonical: true,
        attrs: { ordinal: sco ? (r.ordinal ?? null) : null, year: r.year, city: r.city ?? null, host, date: r.start ?? null, series: r.series },
      };
    }
    case 'place': {
      const p = k.places.get(id);
      return p ? { kind, label: p.name, canonical: true, attrs: { country: k.countries.get(p.country)?.name ?? null } } : undefined;
    }
    case 'person': {
      const label = doc.labels.get(key) ?? labelFromMentions(doc, key);
      return label ? { kind, label, canonical: false, attrs: {} } : undefined;
    }
    default:
      return undefined;
  }
}

function labelFromMentions(doc: Doc, key: string, useLabel = false): string | undefined {
  for (const s of doc.sentences) for (const m of s.mentions) if (m.ref === key) return useLabel ? (m.label ?? m.text) : (m.label ?? m.text);
  return undefined;
}
