/** What the cited answer to the Frankfurt segregation question must carry, wherever it is delivered. */
export const FRANKFURT_CLAIM = {
  '@type': 'Claim',
  position: 1,
  appearance: {
    '@type': 'DigitalDocument',
    name: 'Allocation of social housing that actively avoids segregation (Frankfurt am Main)',
    url: 'https://www.eurofound.europa.eu/en/publications/2009/housing-and-segregation-migrants-case-study-frankfurt-germany',
    keywords: ['Frankfurt am Main', 'Germany', 'Segregation and social mix'],
  },
};
