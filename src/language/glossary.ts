/**
 * The domain glossary in use: finds the concepts a text names, in any language the glossary
 * has terms for. Terms are compared as stem sequences, so inflected forms match.
 */
import type { Concept } from '../inventory/types.js';
import { LANGUAGES, type Language, type Theme } from '../inventory/taxonomy.js';
import { createAnalyzer, splitWords, type LanguageAnalyzer } from './analyzer.js';

export interface ConceptMatch {
  conceptId: string;
  /** Index of the first matched word, and how many words the term spans. */
  start: number;
  length: number;
}

interface TermEntry {
  stems: string[];
  conceptId: string;
}

export class Glossary {
  private readonly concepts = new Map<string, Concept>();
  /** Per language: first stem of a term → the terms that start with it, longest first. */
  private readonly byFirstStem = new Map<Language, Map<string, TermEntry[]>>();

  constructor(concepts: Concept[], analyzerFor: (language: Language) => LanguageAnalyzer) {
    for (const concept of concepts) this.concepts.set(concept.id, concept);
    for (const language of LANGUAGES) {
      const index = new Map<string, TermEntry[]>();
      const analyzer = analyzerFor(language);
      for (const concept of concepts) {
        for (const term of concept.terms[language] ?? []) {
          const stems = termWords(term, analyzer).map((w) => analyzer.stem(w));
          if (stems.length === 0) continue;
          // A phrase whose other words were all stop words ("find a flat" → flat) would match far
          // more than it means; it is left out.
          if (stems.length === 1 && analyzer.words(term).length > 1 && !concept.generic) continue;
          const list = index.get(stems[0]!) ?? [];
          list.push({ stems, conceptId: concept.id });
          index.set(stems[0]!, list);
        }
      }
      for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
      this.byFirstStem.set(language, index);
    }
  }

  /** Concepts named in a sequence of stems, longest term first, without overlaps. */
  match(stems: string[], language: Language): ConceptMatch[] {
    const index = this.byFirstStem.get(language);
    const matches: ConceptMatch[] = [];
    if (!index) return matches;
    for (let i = 0; i < stems.length; ) {
      const entry = index.get(stems[i]!)?.find((e) => e.stems.every((s, k) => stems[i + k] === s));
      if (entry) {
        matches.push({ conceptId: entry.conceptId, start: i, length: entry.stems.length });
        i += entry.stems.length;
      } else {
        i += 1;
      }
    }
    return matches;
  }

  isGeneric(conceptId: string): boolean {
    return this.concepts.get(conceptId)?.generic ?? false;
  }

  themesOf(conceptIds: Iterable<string>): Theme[] {
    const themes = new Set<Theme>();
    for (const id of conceptIds) for (const theme of this.concepts.get(id)?.themes ?? []) themes.add(theme);
    return [...themes];
  }
}

/** The analyzers and the glossary, built together: the glossary's words are never stop words. */
export interface LanguageSupport {
  analyzer(language: Language): LanguageAnalyzer;
  glossary: Glossary;
}

/**
 * The words of a term as a question's reader sees them: a phrase loses its stop words and
 * one-letter words ("acceso a la vivienda" → acceso vivienda), as the question does before matching.
 */
function termWords(term: string, analyzer: LanguageAnalyzer): string[] {
  const words = analyzer.words(term);
  return words.length === 1 ? words : words.filter((w) => w.length > 1 && !analyzer.isStopWord(w));
}

export function createLanguageSupport(concepts: Concept[]): LanguageSupport {
  const analyzers = new Map<Language, LanguageAnalyzer>();
  for (const language of LANGUAGES) {
    // A one-word term stays meaningful even when a stop-word list names it ("information").
    const keep = concepts
      .filter((c) => !c.generic)
      .flatMap((c) => (c.terms[language] ?? []).map((term) => splitWords(term)))
      .filter((words) => words.length === 1)
      .map((words) => words[0]!);
    analyzers.set(language, createAnalyzer(language, keep));
  }
  const analyzer = (language: Language) => analyzers.get(language)!;
  return { analyzer, glossary: new Glossary(concepts, analyzer) };
}
