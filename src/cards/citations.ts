/**
 * The citation entity that Teams, Web Chat and Copilot channels render as numbered sources:
 * schema.org Message with Claims, position 1 the best source. The reply's text marks each
 * claim with [n].
 */
export interface Citation {
  name: string;
  abstract: string;
  url: string;
  keywords: string[];
}

export interface CitationEntity {
  type: 'https://schema.org/Message';
  '@type': 'Message';
  '@context': 'https://schema.org';
  citation: {
    '@type': 'Claim';
    position: number;
    appearance: { '@type': 'DigitalDocument'; name: string; abstract: string; url: string; keywords: string[] };
  }[];
}

/** Teams shows at most this much of an abstract, and this many keywords. */
const MAX_ABSTRACT = 160;
const MAX_KEYWORDS = 3;

export function citationEntity(citations: Citation[]): CitationEntity {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    citation: citations.map((c, i) => ({
      '@type': 'Claim',
      position: i + 1,
      appearance: {
        '@type': 'DigitalDocument',
        name: c.name,
        abstract: shorten(c.abstract, MAX_ABSTRACT),
        url: c.url,
        keywords: c.keywords.slice(0, MAX_KEYWORDS),
      },
    })),
  };
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
