/** Portuguese: single words that are, alone, a whole shopping item, and rarely start a longer one (lists.knownItems; see skills/listItems.ts). */
export const KNOWN_ITEMS: readonly string[] = [
  'leite', 'pão', 'pães', 'ovos', 'ovo', 'manteiga', 'margarina', 'farinha', 'açúcar', 'sal', 'pimenta',
  'arroz', 'massa', 'macarrão', 'esparguete', 'feijão', 'queijo', 'iogurte', 'iogurtes', 'natas',
  'requeijão', 'presunto', 'fiambre', 'salsichas', 'linguiça', 'chouriço', 'bacon', 'carne', 'frango',
  'peixe', 'salmão', 'atum', 'camarão', 'bacalhau', 'tofu', 'maçãs', 'maçã', 'peras', 'bananas', 'banana',
  'laranjas', 'tangerinas', 'limões', 'limão', 'uvas', 'morangos', 'cerejas', 'pêssegos', 'abacaxi',
  'ananás', 'melancia', 'melão', 'batatas', 'batata', 'cenouras', 'cebolas', 'cebola', 'alho', 'tomates',
  'tomate', 'pepinos', 'pepino', 'alface', 'pimentões', 'brócolis', 'brócolos', 'espinafres', 'espinafre',
  'cogumelos', 'abobrinha', 'lentilhas', 'cereais', 'aveia', 'mel', 'geleia', 'compota', 'mostarda',
  'ketchup', 'maionese', 'vinagre', 'azeite', 'óleo', 'café', 'chá', 'água', 'suco', 'sumo', 'cerveja',
  'vinho', 'refrigerante', 'chocolate', 'bolachas', 'biscoitos', 'nozes', 'amêndoas', 'sorvete', 'sabonete',
  'xampu', 'champô', 'desodorante', 'lenços', 'detergente', 'lixívia', 'esponjas', 'pilhas', 'fraldas',
  'guardanapos', 'lâminas', 'absorventes', 'amaciante', 'sabão',
];
