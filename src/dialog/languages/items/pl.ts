/** Polish: single words that are, alone, a whole shopping item, and rarely start a longer one (lists.knownItems; see skills/listItems.ts). */
export const KNOWN_ITEMS: readonly string[] = [
  'mleko', 'chleb', 'chleba', 'bułki', 'bułka', 'bułkę', 'jajka', 'jaja', 'jajko', 'masło', 'margaryna',
  'margarynę', 'ser', 'sera', 'serek', 'twaróg', 'jogurt', 'jogurty', 'śmietana', 'śmietanę', 'kefir',
  'maślanka', 'maślankę', 'mąka', 'mąkę', 'cukier', 'cukru', 'sól', 'pieprz', 'ryż', 'makaron', 'kasza',
  'kaszę', 'płatki', 'szynka', 'szynkę', 'kiełbasa', 'kiełbasę', 'parówki', 'boczek', 'mięso', 'kurczak',
  'kurczaka', 'ryba', 'rybę', 'łosoś', 'łososia', 'tuńczyk', 'tuńczyka', 'ziemniaki', 'kartofle',
  'marchewka', 'marchewkę', 'marchew', 'cebula', 'cebulę', 'czosnek', 'pomidory', 'ogórki', 'sałata',
  'sałatę', 'kapusta', 'kapustę', 'papryka', 'paprykę', 'pieczarki', 'brokuły', 'jabłka', 'banany',
  'pomarańcze', 'mandarynki', 'cytryny', 'cytryna', 'cytrynę', 'winogrona', 'truskawki', 'herbata',
  'herbatę', 'kawa', 'kawę', 'woda', 'wodę', 'sok', 'piwo', 'wino', 'czekolada', 'czekoladę', 'ciastka',
  'cukierki', 'miód', 'dżem', 'ketchup', 'keczup', 'majonez', 'musztarda', 'musztardę', 'olej', 'ocet',
  'pierogi', 'mydło', 'szampon', 'chusteczki', 'pieluchy', 'baterie', 'gąbki',
];
