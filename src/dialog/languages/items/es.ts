/** Spanish: single words that are, alone, a whole shopping item, and rarely start a longer one (lists.knownItems; see skills/listItems.ts). */
export const KNOWN_ITEMS: readonly string[] = [
  'leche', 'pan', 'huevos', 'huevo', 'mantequilla', 'margarina', 'harina', 'azúcar', 'sal', 'pimienta',
  'arroz', 'pasta', 'fideos', 'espaguetis', 'macarrones', 'queso', 'yogur', 'yogures', 'nata', 'jamón',
  'salchichas', 'chorizo', 'tocino', 'beicon', 'carne', 'pollo', 'pescado', 'salmón', 'atún', 'gambas',
  'camarones', 'tofu', 'manzanas', 'manzana', 'peras', 'plátanos', 'plátano', 'bananas', 'naranjas',
  'mandarinas', 'limones', 'limón', 'uvas', 'fresas', 'cerezas', 'melocotones', 'duraznos', 'piña', 'sandía',
  'melón', 'papas', 'patatas', 'zanahorias', 'cebollas', 'cebolla', 'ajo', 'ajos', 'tomates', 'tomate',
  'pepinos', 'pepino', 'lechuga', 'pimientos', 'brócoli', 'espinacas', 'champiñones', 'setas', 'calabacín',
  'frijoles', 'judías', 'lentejas', 'garbanzos', 'cereales', 'avena', 'miel', 'mermelada', 'mostaza',
  'kétchup', 'ketchup', 'mayonesa', 'vinagre', 'aceite', 'salsa', 'café', 'té', 'agua', 'jugo', 'zumo',
  'cerveza', 'vino', 'refrescos', 'chocolate', 'galletas', 'nueces', 'almendras', 'tortillas', 'dentífrico',
  'champú', 'jabón', 'desodorante', 'pañuelos', 'detergente', 'lejía', 'cloro', 'esponjas', 'pilas',
  'pañales', 'servilletas', 'cuchillas',
];
