/** Dutch: single words that are, alone, a whole shopping item, and rarely start a longer one (lists.knownItems; see skills/listItems.ts). */
export const KNOWN_ITEMS: readonly string[] = [
  'melk', 'brood', 'broodjes', 'beschuit', 'eieren', 'ei', 'boter', 'margarine', 'bloem', 'meel', 'suiker',
  'zout', 'peper', 'rijst', 'pasta', 'spaghetti', 'macaroni', 'kaas', 'yoghurt', 'kwark', 'vla', 'room',
  'slagroom', 'ham', 'spek', 'worst', 'worstjes', 'gehakt', 'kip', 'zalm', 'tonijn', 'garnalen', 'tofu',
  'appels', 'peren', 'bananen', 'banaan', 'sinaasappels', 'mandarijnen', 'citroenen', 'citroen', 'limoenen',
  'druiven', 'aardbeien', 'frambozen', 'kersen', 'ananas', 'meloen', 'aardappelen', 'aardappels', 'wortels',
  'wortel', 'uien', 'ui', 'knoflook', 'tomaten', 'komkommer', 'sla', 'paprika', 'broccoli', 'spinazie',
  'champignons', 'courgette', 'erwten', 'bonen', 'havermout', 'muesli', 'cornflakes', 'honing', 'jam',
  'pindakaas', 'hagelslag', 'mosterd', 'ketchup', 'mayonaise', 'azijn', 'olie', 'koffie', 'thee', 'water',
  'sap', 'bier', 'wijn', 'frisdrank', 'chocolade', 'koekjes', 'chips', 'noten', 'tandpasta', 'tandenborstel',
  'shampoo', 'douchegel', 'zeep', 'deodorant', 'toiletpapier', 'keukenpapier', 'keukenrol', 'zakdoekjes',
  'afwasmiddel', 'wasmiddel', 'vuilniszakken', 'batterijen', 'luiers', 'servetten', 'aluminiumfolie',
  'sponsen', 'scheermesjes',
];
