/** German: single words that are, alone, a whole shopping item, and rarely start a longer one (lists.knownItems; see skills/listItems.ts). */
export const KNOWN_ITEMS: readonly string[] = [
  'milch', 'brot', 'brötchen', 'toast', 'eier', 'ei', 'butter', 'margarine', 'mehl', 'zucker', 'salz',
  'pfeffer', 'reis', 'nudeln', 'spaghetti', 'käse', 'quark', 'joghurt', 'sahne', 'schmand', 'schinken',
  'wurst', 'würstchen', 'salami', 'speck', 'hackfleisch', 'hähnchen', 'lachs', 'thunfisch', 'garnelen',
  'tofu', 'äpfel', 'apfel', 'birnen', 'birne', 'bananen', 'banane', 'orangen', 'zitronen', 'zitrone',
  'limetten', 'trauben', 'weintrauben', 'erdbeeren', 'himbeeren', 'heidelbeeren', 'kirschen', 'pfirsiche',
  'ananas', 'melone', 'kartoffeln', 'karotten', 'möhren', 'zwiebeln', 'zwiebel', 'knoblauch', 'tomaten',
  'gurken', 'gurke', 'salat', 'paprika', 'brokkoli', 'spinat', 'pilze', 'champignons', 'zucchini', 'erbsen',
  'linsen', 'bohnen', 'haferflocken', 'müsli', 'cornflakes', 'honig', 'marmelade', 'senf', 'ketchup',
  'mayonnaise', 'essig', 'öl', 'kaffee', 'tee', 'wasser', 'saft', 'bier', 'wein', 'sprudel', 'schokolade',
  'kekse', 'chips', 'nüsse', 'mandeln', 'zahnpasta', 'zahnbürste', 'shampoo', 'duschgel', 'seife', 'deo',
  'klopapier', 'toilettenpapier', 'küchenrolle', 'taschentücher', 'spülmittel', 'waschmittel', 'müllbeutel',
  'batterien', 'windeln', 'servietten', 'alufolie', 'schwämme', 'rasierer', 'sonnencreme',
];
