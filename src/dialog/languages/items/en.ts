/** English: single words that are, alone, a whole shopping item, and rarely start a longer one (lists.knownItems; see skills/listItems.ts). */
export const KNOWN_ITEMS: readonly string[] = [
  'milk', 'bread', 'eggs', 'egg', 'butter', 'margarine', 'cheese', 'yogurt', 'yoghurt', 'flour', 'rice',
  'pasta', 'spaghetti', 'sugar', 'salt', 'pepper', 'oats', 'cereal', 'granola', 'muesli', 'lentils',
  'chickpeas', 'tortillas', 'bagels', 'croissants', 'muffins', 'cookies', 'biscuits', 'chips', 'crisps',
  'popcorn', 'pretzels', 'nuts', 'almonds', 'walnuts', 'cashews', 'peanuts', 'raisins', 'honey', 'jam',
  'ketchup', 'mayo', 'mayonnaise', 'vinegar', 'salsa', 'hummus', 'tofu', 'ham', 'bacon', 'sausages',
  'salmon', 'tuna', 'shrimp', 'prawns', 'steak', 'mince', 'bananas', 'grapes', 'strawberries', 'blueberries',
  'raspberries', 'cherries', 'peaches', 'pears', 'plums', 'oranges', 'lemons', 'limes', 'mangoes', 'melon',
  'watermelon', 'avocados', 'avocado', 'potatoes', 'tomatoes', 'onions', 'carrots', 'lettuce', 'spinach',
  'broccoli', 'zucchini', 'kale', 'asparagus', 'cabbage', 'peas', 'cucumber', 'cucumbers', 'mushrooms',
  'peppers', 'eggplant', 'water', 'juice', 'beer', 'wine', 'tea', 'toothpaste', 'toothbrush', 'toothbrushes',
  'shampoo', 'conditioner', 'soap', 'deodorant', 'razors', 'tissues', 'napkins', 'detergent', 'bleach',
  'sponges', 'batteries', 'lightbulbs', 'foil', 'diapers', 'nappies', 'wipes', 'floss', 'lotion',
  'sunscreen', 'mouthwash', 'tampons', 'candles',
];
