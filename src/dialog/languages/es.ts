/** Spanish. */
import { before, H, itemPattern as p, n } from './shared.ts';
import type { LanguagePack } from './types.ts';
import { KNOWN_ITEMS } from './items/es.ts';

export const es: LanguagePack = {
  code: 'es',
  unspaced: false,
  numbers: {
    units:
      'cero uno|un|una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis|dieciseis diecisiete dieciocho diecinueve veinte veintiuno|veintiún|veintiun veintidós|veintidos veintitrés|veintitres veinticuatro veinticinco veintiséis|veintiseis veintisiete veintiocho veintinueve',
    tens: 'treinta cuarenta cincuenta sesenta setenta ochenta noventa',
    tensStart: 30,
    hundred: 'cien|ciento',
    joiners: ['y'],
    // The hundreds from 200 are words of their own (trescientos, quinientas), in both genders.
    extra: {
      mil: 1000, primero: 1, primera: 1,
      doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500,
      seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
    },
  },
  clock: {
    am: ['a.m.', 'am', 'de la mañana', 'por la mañana', 'de la madrugada', 'de la manana'],
    pm: ['p.m.', 'pm', 'de la tarde', 'por la tarde', 'tarde'],
    night: ['de la noche', 'por la noche', 'noche'],
    midday: ['del mediodía', 'del mediodia'],
    noon: ['mediodía', 'mediodia', 'medio día', 'medio dia'],
    midnight: ['medianoche', 'media noche'],
    rules: [
      [new RegExp(`${H} y media`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H} y cuarto`), (m) => [n(m[1]), 15]],
      [new RegExp(`${H} menos cuarto`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} menos ${H}`), (m) => [before(n(m[1])), 60 - n(m[2])]],
      [new RegExp(`${H} (?:horas )?y ${H}(?!\\d)`), (m) => [n(m[1]), n(m[2])]],
    ],
  },
  dates: {
    relative: { hoy: 0, mañana: 1, manana: 1, 'pasado mañana': 2, 'pasado manana': 2, 'día siguiente': 1, ayer: -1, 'esta noche': 0 },
    weekdays: ['domingo', 'lunes', 'martes', 'miércoles|miercoles', 'jueves', 'viernes', 'sábado|sabado'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre'],
    next: ['próximo', 'proximo', 'que viene'],
    inDays: /(?:en|después de|dentro de) (\d+) días?/,
    // "de la mañana" is "in the morning", not "tomorrow" (unless the text starts with mañana).
    notRelative: /^(?!mañana|manana).*?la ma(?:ñ|n)ana/,
  },
  durations: {
    units: ['segundos?', 'minutos?', 'horas?'],
    halves: [[/(?<![\d.])(\d+) minutos? y medio/, 60]],
    // "hora y media" without a count ("2 horas y media" is `andHalf`, read first).
    fixed: [[/3 cuartos de hora/, 2700], [/cuarto de hora/, 900], [/media hora/, 1800], [/hora y media/, 5400], [/minuto y medio/, 90]],
    andHalf: /(?<![\d.])(\d+) horas? y media/,
    hourIsOclock: true,
    lengthCues: /(?:^|\s)(?:en|durante|dentro de)\s/,
  },
  cues: {
    timerWords: ['temporizador', 'cronómetro', 'cronometro', 'timer', 'cuenta atrás', 'cuenta atras', 'cuenta regresiva'],
    alarmVerbs: { set: ['pon', 'configura', 'crea', 'programa', 'despiért', 'despiert', 'activa'], remove: ['quita', 'borra', 'elimina', 'cancela', 'desactiva', 'apaga', 'no me despiert', 'olvida'] },
    alarmWords: ['alarma', 'despertador'],
    wakeWords: ['despiértame', 'despiertame', 'despertarme', 'despiértenme', 'levantarme'],
    clockBefore: 'a las|a la|para las|para la|sobre las|hacia las|las|la',
    timerBefore: 'en|durante|dentro de',
  },
  colours: {
    red: 'roj', orange: 'naranja', yellow: 'amarill', green: 'verde', blue: 'azul|azúl', purple: 'morad|púrpura|violeta|lavanda',
    pink: 'rosa', white: 'blanc', warm: 'cálid|calid', cool: 'frí|fri|fresc',
  },
  colourMatch: 'prefix',
  lists: {
    nameWords: [/^listas?\s+(?:de(?:l|\s+la|\s+los|\s+las)?\s+|para\s+)?/i, /(?<!\s)\s+listas?$/i, /^de(?:l|\s+la|\s+los|\s+las)?\s+/i],
    add: [
      p('\\b(?:añade|agrega|pon|añadir|agregar|apunta|incluye|mete|echa|anota|añádeme|agrégame|ponme|apúntame)', ' (.+?) (?:a|en|al) (?:mi|la|el|lista)\\b'),
      p('\\b(?:añade|agrega|pon|apunta)', ' (.+?) (?:al|a la)\\b'),
      // "leche y huevos a la lista": no verb, the whole utterance is items and the list.
      p('^', '(?!(?:añade|agrega|pon|añadir|agregar|apunta|incluye|mete|echa|anota|añádeme|agrégame|ponme|apúntame|qué|que|cuál|cuáles|cuántos|cuántas|hay|tengo)(?:\\s|$))(.+?) (?:a|en) (?:la|mi|nuestra) lista(?: de(?:l| la)? \\S+)?(?: por favor)?$'),
    ],
    remove: [p('\\b(?:quita|elimina|borra|saca|tacha)', ' (.+?) (?:de|del) (?:mi|la|el)?\\b')],
    removeListFirst: [p('\\b(?:quita|elimina|borra|saca|tacha)', ' (?:de|del) (?:la |mi |nuestra )?lista(?: de(?:l| la)? (?:compra|compras|tareas|súper|super|mercado))? (?!(?:de(?:l| la)? )?(?:compra|compras|tareas|súper|super|mercado)$)(.+)$')],
    addListFirst: [p('\\b(?:añade|agrega|pon|añadir|agregar|apunta|incluye|mete|echa|anota|añádeme|agrégame|ponme|apúntame)', ' (?:a|en|al) (?:la |mi |nuestra )?lista(?: de(?:l| la)? (?:compra|compras|tareas|súper|super|mercado))? (?!(?:de(?:l| la)? )?(?:compra|compras|tareas|súper|super|mercado)$)(.+)$')],
    fillers: 'por favor|también|tambien|me',
    placeholders: ['algo', 'una cosa', 'cosas', 'un elemento', 'un artículo', 'un articulo'],
    separators: /,|\s[ye]\s|\s&\s/i,
    determiners: 'el|la|los|las|un|una|unos|unas',
    knownItems: KNOWN_ITEMS,
    create: ['crea', 'nueva'],
  },
  maths: {
    fromForms: [[/(?:resta|restar|réstale|restale|quita|quítale|quitale) (\d+(?:\.\d+)?) (?:a|de) (\d+(?:\.\d+)?)/, '$2 - $1']],
    ask: ['cuánto es', 'cuanto es', 'cuánto son', 'cuanto son', 'cuánto da', 'cuanto da', 'cuánto', 'cuanto', 'calcula', 'es', 'son', 'igual a', 'qué es', 'que es', 'por favor'],
    operators: [
      ['x', '*'],
      ['más', '+'], ['mas', '+'], ['menos', '-'], ['por', '*'], ['multiplicado por', '*'], ['dividido por', '/'],
      ['dividido entre', '/'], ['entre', '/'], ['elevado a', '^'], ['al cuadrado', '^ 2'],
    ],
    brackets: [
      ['abre paréntesis', '('], ['abrir paréntesis', '('], ['abre parentesis', '('], ['abrir parentesis', '('],
      ['cierra paréntesis', ')'], ['cerrar paréntesis', ')'], ['cierra parentesis', ')'], ['cerrar parentesis', ')'],
    ],
    percentAfter: ['por ciento', 'porcentajes', 'porcentaje', 'porciento'],
    of: 'de|del',
  },
  cancel: ['cancela(?:r)?', 'olvídalo'],
  dateQuestion: ['fecha', 'día', 'dia'],
  lightNouns: ['luz', 'luces', 'lámpara', 'lampara', 'lámparas', 'iluminación', 'iluminacion', 'foco', 'focos', 'bombilla', 'plafón', 'lamparita'],
  lightOn: ['enciende', 'encender', 'enciendas', 'encienda', 'préndela', 'prende', 'prender', 'prendas'],
  lightOff: ['apaga', 'apagar', 'apague', 'apágala', 'apagala', 'apágalas', 'apagalas'],
  // Phrases that ask for the time now (repair/datetime.ts).
  timeNow: ['qué hora', 'que hora', 'la hora'],
  timeNowOnly: ['qué hora es', 'que hora es', 'qué horas son', 'me dices la hora'],
  placeBefore: ['en', 'de', 'para'],
  brightness: { brighter: ['más brillante', 'más luz', 'más de luz', 'mas luz', 'mas de luz', 'sube la luz', 'sube el brillo', 'aumenta el brillo'], dimmer: ['más tenue', 'menos luz', 'menos de luz', 'más oscuro', 'más oscura', 'baja la luz', 'baja el brillo', 'atenúa', 'atenua'] },
  pause: ['pausa', 'para ', 'detén', 'deten', 'apaga la música', 'apaga la musica', 'quita la música', 'quita la musica', 'stop'],
  resume: ['reanuda', 'continúa', 'continua', 'quita la pausa', 'quítale la pausa', 'quitale la pausa'],
  volume: {
    louder: ['más alto', 'mas alto', 'sube el volumen', 'subir el volumen', 'sube el sonido', 'súbele', 'subele', 'súbelo', 'subelo', 'sube la música', 'sube la musica', 'aumenta el volumen', 'más volumen', 'mas volumen', 'más fuerte', 'mas fuerte'],
    quieter: ['más bajo', 'mas bajo', 'baja el volumen', 'bajar el volumen', 'baja el sonido', 'bájale', 'bajale', 'bájalo', 'bajalo', 'baja la música', 'baja la musica', 'disminuye el volumen', 'menos volumen', 'más suave', 'mas suave', 'menos fuerte'],
    mute: ['silencia', 'silenciar', 'quita el sonido', 'modo silencio', 'mutea'],
    nouns: ['volumen', 'sonido'],
    to: ['a', 'al', 'en'],
    aBit: ['un poco', 'un poquito', 'un pelín', 'un pelin', 'un punto', 'una muesca'],
  },
  media: { nouns: ['música', 'musica', 'canción', 'cancion', 'tema', 'reproducción', 'reproduccion', 'podcast', 'radio', 'audiolibro'], next: ['siguiente canción', 'siguiente cancion', 'siguiente tema', 'pasa a la siguiente', 'salta esta'] },
  thanks: ['gracias'],
  /** The words around a calendar event's title (skills/calendar.ts reads them). */
  events: {
    lead: '(?:añade|añádeme|agrega|apunta|apúntame|pon|ponme|crea|programa|anota|agenda|reserva)(?: (?:una|un|el|la))?',
    calendar: '(?:(?:en|a|al) (?:mi |el )?)?(?:calendario|agenda)',
    glue: ['el', 'a', 'las', 'la', 'para', 'de', 'próximo', 'media', 'cuarto', 'menos'],
  },
};
