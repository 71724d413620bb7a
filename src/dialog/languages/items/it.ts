/** Italian: single words that are, alone, a whole shopping item, and rarely start a longer one (lists.knownItems; see skills/listItems.ts). */
export const KNOWN_ITEMS: readonly string[] = [
  'latte', 'pane', 'panini', 'grissini', 'cracker', 'uova', 'uovo', 'burro', 'margarina', 'farina',
  'zucchero', 'sale', 'pepe', 'riso', 'pasta', 'spaghetti', 'penne', 'fusilli', 'formaggio', 'parmigiano',
  'mozzarella', 'ricotta', 'yogurt', 'panna', 'prosciutto', 'salame', 'salsicce', 'salsiccia', 'pancetta',
  'carne', 'pollo', 'pesce', 'salmone', 'tonno', 'gamberi', 'tofu', 'mele', 'mela', 'pere', 'banane',
  'banana', 'arance', 'mandarini', 'limoni', 'limone', 'uva', 'fragole', 'ciliegie', 'pesche', 'albicocche',
  'ananas', 'anguria', 'melone', 'kiwi', 'patate', 'carote', 'cipolle', 'cipolla', 'aglio', 'pomodori',
  'cetrioli', 'insalata', 'lattuga', 'peperoni', 'broccoli', 'spinaci', 'funghi', 'zucchine', 'fagioli',
  'piselli', 'lenticchie', 'ceci', 'cereali', 'biscotti', 'miele', 'marmellata', 'nutella', 'senape',
  'maionese', 'ketchup', 'aceto', 'olio', 'caffè', 'tè', 'acqua', 'succo', 'birra', 'vino', 'cioccolato',
  'cioccolata', 'patatine', 'noci', 'mandorle', 'gelato', 'passata', 'dentifricio', 'spazzolino', 'shampoo',
  'sapone', 'bagnoschiuma', 'deodorante', 'fazzoletti', 'detersivo', 'candeggina', 'spugne', 'pile',
  'batterie', 'pannolini', 'tovaglioli', 'rasoi', 'assorbenti',
];
