/** French: single words that are, alone, a whole shopping item, and rarely start a longer one (lists.knownItems; see skills/listItems.ts). */
export const KNOWN_ITEMS: readonly string[] = [
  'lait', 'pain', 'baguette', 'baguettes', 'brioche', 'croissants', 'biscottes', 'œufs', 'oeufs', 'œuf',
  'oeuf', 'beurre', 'margarine', 'farine', 'sucre', 'sel', 'poivre', 'riz', 'pâtes', 'spaghettis', 'semoule',
  'couscous', 'fromage', 'emmental', 'gruyère', 'camembert', 'yaourt', 'yaourts', 'yogourt', 'crème',
  'jambon', 'saucisses', 'lardons', 'poulet', 'saumon', 'thon', 'crevettes', 'poisson', 'steak', 'tofu',
  'pommes', 'pomme', 'poires', 'bananes', 'banane', 'oranges', 'clémentines', 'citrons', 'citron', 'raisins',
  'fraises', 'framboises', 'cerises', 'pêches', 'abricots', 'ananas', 'melon', 'pastèque', 'kiwis',
  'carottes', 'oignons', 'oignon', 'ail', 'tomates', 'tomate', 'concombre', 'concombres', 'salade', 'laitue',
  'poivrons', 'brocolis', 'épinards', 'champignons', 'courgettes', 'haricots', 'lentilles', 'patates',
  'céréales', 'muesli', 'miel', 'confiture', 'moutarde', 'ketchup', 'mayonnaise', 'vinaigre', 'huile',
  'café', 'thé', 'eau', 'jus', 'bière', 'vin', 'chocolat', 'biscuits', 'chips', 'gâteaux', 'noix', 'amandes',
  'cacahuètes', 'dentifrice', 'shampooing', 'shampoing', 'savon', 'déodorant', 'mouchoirs', 'lessive',
  'éponges', 'piles', 'couches', 'serviettes', 'rasoirs', 'javel', 'sopalin',
];
