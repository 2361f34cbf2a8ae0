/** The inventory as the rest of the program sees it: validated, flattened, looked up by id. */
import type { CitySeed, ConceptSeed, DocumentSeed, PassageSeed, PracticeSeed, SourceRef } from './schema.js';

export type { LocalizedText, Period, SourceRef } from './schema.js';

export interface City extends Omit<CitySeed, 'practices'> {
  practiceIds: string[];
}

export interface Practice extends PracticeSeed {
  cityId: string;
  country: string;
}

export interface Document extends Omit<DocumentSeed, 'passages' | 'originalFile'> {
  passageIds: string[];
  /** The original text of a seed paper, served so that its passages have a link to cite. */
  originalText: string | undefined;
}

export interface Passage extends PassageSeed {
  documentId: string;
  /** The passage's own sources, or its document's. May be empty for a seed paper (see Document.originalText). */
  sources: SourceRef[];
}

export type Concept = ConceptSeed;

export interface Inventory {
  glossary: Concept[];
  cities: Map<string, City>;
  practices: Map<string, Practice>;
  documents: Map<string, Document>;
  passages: Map<string, Passage>;
}
