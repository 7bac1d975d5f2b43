// Record formats of the gazetteers in data/gazetteer/ (see data/gazetteer/README.md).
import type { ScoStatus } from '../graph/types.ts';

export interface CountryRecord {
  id: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capital?: string;
  formerCapitalNames?: string[];
  cities?: string[];
  iso2?: string;
  iso3?: string;
  sco: { status: ScoStatus; since?: number } | null;
  source: string;
}

export interface OrganisationRecord {
  id: string;
  name: string;
  aliases: string[];
  acronyms: string[];
  type: 'intergovernmental' | 'sco_body' | 'ministry' | 'media' | 'think_tank' | 'university' | 'party' | 'company' | 'other';
  country: string | null;
  source: string;
}

export interface SummitRecord {
  id: string;
  series: string;
  ordinal?: number;
  year: number;
  start?: string;
  end?: string;
  city?: string;
  host?: string;
  format?: string;
  names?: string[];
  source: string;
}

export interface InitiativeRecord {
  id: string;
  name: string;
  aliases: string[];
  acronyms: string[];
  proposer: string | null;
  year?: number;
  type?: string;
  source: string;
}

export interface OfficeRecord {
  id: string;
  title: string;
  variants: string[];
  scope: string;
  rank: number;
  source: string;
}

export interface Gazetteer<T> {
  about: string;
  records: T[];
}
