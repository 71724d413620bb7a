/** Swahili: single words that are, alone, a whole shopping item, and rarely start a longer one (lists.knownItems; see skills/listItems.ts). */
export const KNOWN_ITEMS: readonly string[] = [
  'maziwa', 'mkate', 'mikate', 'mayai', 'yai', 'siagi', 'jibini', 'mtindi', 'unga', 'sukari', 'chumvi',
  'mchele', 'tambi', 'maharagwe', 'dengu', 'njegere', 'nyama', 'kuku', 'samaki', 'dagaa', 'viazi', 'nyanya',
  'karoti', 'kabichi', 'mchicha', 'matango', 'tango', 'bamia', 'biringanya', 'ndizi', 'machungwa', 'chungwa',
  'maembe', 'embe', 'nanasi', 'mananasi', 'parachichi', 'maparachichi', 'papai', 'mapapai', 'zabibu',
  'ndimu', 'limau', 'chai', 'kahawa', 'maji', 'juisi', 'soda', 'bia', 'mvinyo', 'asali', 'mafuta', 'biskuti',
  'keki', 'chokoleti', 'pipi', 'karanga', 'sabuni', 'mswaki', 'shampoo', 'tishu', 'betri', 'nepi',
  'kiberiti', 'mishumaa', 'mshumaa', 'mkaa',
];
