/** Portuguese (Portugal and Brazil). */
import { before, H, itemPattern as p, n } from './shared.ts';
import type { LanguagePack } from './types.ts';
import { KNOWN_ITEMS } from './items/pt.ts';

/** The verbs that add to a list: they start the item pattern, and a verbless request may not begin with one. */
const ADD = 'adiciona|adicione|acrescenta|acrescente|coloca|coloque|põe|poe|ponha|adicionar|mete|meta|junta|junte|inclui|inclua|aponta|aponte|escreve|escreva|bota|bote';

export const pt: LanguagePack = {
  code: 'pt',
  unspaced: false,
  numbers: {
    units:
      'zero um|uma dois|duas três|tres quatro cinco seis sete oito nove dez onze doze treze catorze|quatorze quinze dezasseis|dezesseis dezassete|dezessete dezoito dezanove|dezenove',
    tens: 'vinte trinta quarenta cinquenta sessenta setenta oitenta noventa',
    hundred: 'cem|cento',
    joiners: ['e'],
    // The hundreds from 200 are words of their own (trezentos, quinhentas), in both genders.
    extra: {
      mil: 1000, primeiro: 1, primeira: 1,
      duzentos: 200, duzentas: 200, trezentos: 300, trezentas: 300, quatrocentos: 400, quatrocentas: 400, quinhentos: 500, quinhentas: 500,
      seiscentos: 600, seiscentas: 600, setecentos: 700, setecentas: 700, oitocentos: 800, oitocentas: 800, novecentos: 900, novecentas: 900,
    },
  },
  clock: {
    am: ['a.m.', 'da manhã', 'de manhã', 'da manha', 'manhã', 'da madrugada'],
    pm: ['p.m.', 'da tarde', 'à tarde', 'de tarde', 'tarde'],
    night: ['da noite', 'à noite', 'de noite', 'noite'],
    midday: [],
    noon: ['meio dia'],
    midnight: ['meia noite'],
    rules: [
      [new RegExp(`${H} (?:horas? )?e meia`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H} (?:horas? )?e (?:um |1 )?quarto`), (m) => [n(m[1]), 15]],
      [new RegExp(`${H} (?:horas? )?menos (?:um |1 )?quarto`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`(?:um |1 )?quarto para as ${H}`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H} (?:horas? )?e ${H}`), (m) => [n(m[1]), n(m[2])]],
    ],
    // "dez e um quarto": the "um" belongs to the quarter (not "dez e um" = 11).
    prepare: (t) => t.replace(/ (e|menos) um quarto(?=$|\s)/g, ' $1 quarto'),
  },
  dates: {
    relative: { hoje: 0, amanhã: 1, amanha: 1, 'depois de amanhã': 2, 'depois de amanha': 2, 'dia seguinte': 1, ontem: -1 },
    weekdays: ['domingo', 'segunda', 'terça|terca', 'quarta', 'quinta', 'sexta', 'sábado|sabado'],
    months: ['janeiro', 'fevereiro', 'março|marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    next: ['próximo', 'proximo', 'próxima', 'proxima'],
    inDays: /(?:em|daqui a|após|depois de) (\d+) dias/,
  },
  durations: {
    units: ['segundos?', 'minutos?', 'horas?'],
    halves: [[/(?<![\d.])(\d+) minutos? e meio/, 60]],
    // "hora e meia" without a count ("2 horas e meia" is `andHalf`, read first).
    fixed: [[/3 quartos de hora/, 2700], [/quarto de hora/, 900], [/meia hora/, 1800], [/hora e meia/, 5400], [/minuto e meio/, 90]],
    andHalf: /(?<![\d.])(\d+) horas? e meia/,
    hourIsOclock: true,
    lengthCues: /(?:^|\s)(?:em|daqui a|durante)\s/,
  },
  cues: {
    timerWords: ['temporizador', 'cronómetro', 'cronômetro', 'timer', 'contagem decrescente', 'contagem regressiva'],
    alarmVerbs: { set: ['põe', 'poe', 'coloca', 'define', 'cria um', 'cria uma', 'criar', 'programa', 'acorda', 'ativa', 'mete'], remove: ['tira', 'apaga', 'elimina', 'remove', 'cancela', 'desativa', 'desliga', 'não me acord', 'nao me acord'] },
    alarmWords: ['alarme', 'despertador'],
    wakeWords: ['acorda-me', 'acorda me', 'me acorda', 'acordar-me', 'desperta-me', 'tenho de acordar', 'tenho que acordar', 'preciso de acordar', 'preciso acordar', 'quero acordar'],
    clockBefore: 'às|as|à|para as|para a|pelas|pela',
    timerBefore: 'em|daqui a|durante|por',
  },
  colours: {
    red: 'vermelh|avermelh', orange: 'laranja', yellow: 'amarel', green: 'verde', blue: 'azul|azuis',
    purple: 'roxo|roxa|púrpura|violeta|lavanda', pink: 'rosa', white: 'branc', warm: 'quente|caloros', cool: 'fri',
  },
  colourMatch: 'prefix',
  lists: {
    nameWords: [/^listas?\s+(?:de|da|do|das|dos|para)?\s*/i, /(?<!\s)\s+listas?$/i, /^(?:de|da|do|das|dos)\s+/i],
    // Not \b after the preposition: "à" is no word character to JS.
    add: [p(`\\b(?:${ADD})`, ' (.+?) (?:à|a|na|no|em|ao)(?= |$)'),
      // "leite e ovos na lista de compras": no verb, the whole utterance is items and the list.
      p('^', `(?!(?:${ADD}|o que|que|quais|quantos|há|tenho)(?:\\s|$))(.+?) (?:na|à|para a) (?:minha |nossa )?lista(?: de \\S+)?(?: por favor)?$`)],
    remove: [p('\\b(?:remove|remova|tira|tire|apaga|apague|elimina)', ' (.+?) (?:da|do|de)\\b')],
    removeListFirst: [p('\\b(?:remove|remova|tira|tire|apaga|apague|elimina)', ' (?:da|de) (?:minha |nossa )?lista(?: de (?:compras|tarefas|supermercado))? (?!(?:de )?(?:compras|tarefas|supermercado)$)(.+)$')],
    placeholders: ['alguma coisa', 'uma coisa', 'coisas', 'algo', 'um item', 'um artigo'],
    separators: /,|\se\s|\s&\s/i,
    determiners: 'o|a|os|as|um|uma|uns|umas',
    knownItems: KNOWN_ITEMS,
    addListFirst: [p(`\\b(?:${ADD})`, ' (?:à|a|na|para a) (?:minha |nossa )?lista(?: de (?:compras|tarefas|supermercado))? (?!(?:de )?(?:compras|tarefas|supermercado)$)(.+)$')],
    fillers: 'por favor|também|tambem|se faz favor',
    create: ['cria', 'nova'],
  },
  maths: {
    fromForms: [[/(?:subtrai|subtrair|tira) (\d+(?:\.\d+)?) (?:a|de|ao) (\d+(?:\.\d+)?)/, '$2 - $1']],
    ask: ['quanto é', 'quanto e', 'quanto são', 'quanto dá', 'quanto da', 'quanto', 'calcula', 'é', 'são', 'igual a', 'por favor'],
    operators: [
      ['x', '*'],
      ['mais', '+'], ['menos', '-'], ['vezes', '*'], ['multiplicado por', '*'], ['dividido por', '/'], ['a dividir por', '/'],
      ['a multiplicar por', '*'], ['elevado a', '^'], ['ao quadrado', '^ 2'],
    ],
    brackets: [
      ['abre parênteses', '('], ['abre parêntese', '('], ['abrir parênteses', '('], ['abre parenteses', '('],
      ['fecha parênteses', ')'], ['fecha parêntese', ')'], ['fechar parênteses', ')'], ['fecha parenteses', ')'],
    ],
    percentAfter: ['por cento', 'porcento', 'porcentagem'],
    of: 'de|do|da|dos|das',
  },
  cancel: ['cancela(?:r)?', 'deixa', 'esquece'],
  dateQuestion: ['data', 'dia'],
  lightNouns: ['luz', 'luzes', 'lâmpada', 'lampada', 'candeeiro', 'iluminação', 'iluminacao', 'lustre', 'abajur', 'candeeiros'],
  lightOn: ['acende', 'acender', 'acenda', 'liga', 'ligar', 'ligue'],
  lightOff: ['desliga', 'desligar', 'desligue', 'apaga', 'apagar', 'apague'],
  // Phrases that ask for the time now (repair/datetime.ts).
  timeNow: ['que horas', 'as horas', 'que hora'],
  timeNowOnly: ['que horas são', 'que horas sao', 'que horas é que são'],
  placeBefore: ['em', 'no', 'na', 'nos', 'nas', 'de', 'para'],
  brightness: { brighter: ['mais forte', 'mais luz', 'mais brilho', 'aumenta a luz', 'aumenta o brilho'], dimmer: ['mais fraca', 'mais fraco', 'menos luz', 'menos brilho', 'baixa a luz', 'diminui a luz', 'diminui o brilho'] },
  pause: ['pausa', 'pare', 'para ', 'pára', 'parar', 'desliga a música', 'desliga a musica', 'interrompe', 'stop'],
  resume: ['retoma', 'retome', 'continua', 'tira a pausa', 'tira da pausa'],
  volume: {
    louder: ['mais alto', 'aumenta o volume', 'aumente o volume', 'sobe o volume', 'suba o volume', 'aumenta o som', 'sobe o som', 'mais volume'],
    quieter: ['mais baixo', 'baixa o volume', 'baixe o volume', 'diminui o volume', 'diminua o volume', 'baixa o som', 'menos volume', 'menos alto'],
    mute: ['silencia', 'silenciar', 'sem som', 'tira o som', 'mudo', 'põe em silêncio', 'modo silencioso'],
    nouns: ['volume', 'som'],
    to: ['a', 'para', 'em', 'no', 'ao'],
    aBit: ['um pouco', 'um pouquinho', 'um bocado', 'um bocadinho', 'um nível'],
  },
  media: { nouns: ['música', 'musica', 'canção', 'cancao', 'faixa', 'reprodução', 'podcast', 'rádio', 'radio', 'audiolivro'], next: ['próxima música', 'proxima musica', 'próxima canção', 'próxima faixa', 'passa à próxima'] },
  thanks: ['obrigad'],
  /** The words around a calendar event's title (skills/calendar.ts reads them). */
  events: {
    lead: '(?:adiciona|acrescenta|marca|põe|poe|coloca|cria|agenda|anota|regista|registra)(?: (?:uma|um|o|a))?',
    calendar: '(?:(?:no|na|ao|em) (?:meu |minha |o )?)?(?:calendário|calendario|agenda)',
    glue: ['na', 'no', 'às', 'as', 'à', 'a', 'para', 'de', 'em', 'próxima', 'próximo', 'meia', 'quarto', 'menos', 'horas'],
  },
};
