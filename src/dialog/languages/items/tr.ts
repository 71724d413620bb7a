/** Turkish: single words that are, alone, a whole shopping item, and rarely start a longer one (lists.knownItems; see skills/listItems.ts). */
export const KNOWN_ITEMS: readonly string[] = [
  'süt', 'sütü', 'ekmek', 'ekmeği', 'yumurta', 'yumurtayı', 'peynir', 'kaşar', 'tereyağı', 'margarin',
  'yoğurt', 'yoğurdu', 'ayran', 'kefir', 'krema', 'un', 'şeker', 'şekeri', 'tuz', 'tuzu', 'karabiber',
  'pirinç', 'pirinci', 'bulgur', 'makarna', 'makarnayı', 'şehriye', 'mercimek', 'nohut', 'fasulye', 'et',
  'kıyma', 'kıymayı', 'sucuk', 'salam', 'sosis', 'pastırma', 'balık', 'hamsi', 'karides', 'patates', 'soğan',
  'sarımsak', 'havuç', 'salatalık', 'marul', 'biber', 'patlıcan', 'ıspanak', 'kabak', 'mantar', 'brokoli',
  'domates', 'domatesi', 'zeytin', 'zeytini', 'elma', 'portakal', 'muz', 'üzüm', 'çilek', 'kiraz', 'şeftali', 'karpuz', 'kavun', 'mandalina', 'armut', 'kayısı',
  'zeytinyağı', 'bal', 'reçel', 'tahin', 'pekmez', 'helva', 'ketçap', 'mayonez', 'hardal', 'sirke', 'salça',
  'çay', 'çayı', 'kahve', 'kahveyi', 'su', 'kola', 'bira', 'şarap', 'çikolata', 'bisküvi', 'cips', 'kraker',
  'gofret', 'lokum', 'fındık', 'ceviz', 'simit', 'yufka', 'lavaş', 'şampuan', 'sabun', 'deterjan', 'peçete',
  'mendil', 'pil', 'ampul', 'sünger',
];
