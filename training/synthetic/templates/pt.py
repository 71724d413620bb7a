"""European Portuguese (pt-PT) command templates. Pattern language: see ../README.md.

Clock times: "às [time : sete e meia]", "à [time : uma]", "ao [time : meio-dia]", "nove menos um
quarto" (8:45); hours are feminine ("às duas"). European forms: dezasseis, casa de banho,
candeeiro, sumo, equipa, "acorda-me".
"""
from generate import tens_units

SMALL = ("zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis "
         "dezassete dezoito dezanove").split()
TENS = dict(zip(range(20, 100, 10), "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa".split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{t} e {u}", "cem")


def both(n):
    return [str(n), num(n)]


def hour_word(h):
    """Hours are feminine: uma, duas."""
    return {1: "uma", 2: "duas"}.get(h, num(h))


def at(t, prep=("à", "às", "ao")):
    """'às' + time; 'à uma', 'ao meio-dia', 'à meia-noite'."""
    one, many, masc = prep
    if t.startswith("meio-dia"):
        return f"{masc} [time : {t}]"
    if t.startswith(("uma", "meia-noite", "1 ", "1:", "1h")) or t == "1":
        return f"{one} [time : {t}]"
    return f"{many} [time : {t}]"


def durations():
    out = ["um minuto", "1 minuto", "uma hora", "1 hora", "meia hora", "hora e meia", "uma hora e meia", "duas horas",
           "2 horas", "minuto e meio", "um minuto e meio", "um quarto de hora", "três quartos de hora",
           "dois minutos e meio", "uma hora e um quarto"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} minutos" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} segundos" for w in both(n)]
    return out


def clock_texts():
    out = ["meio-dia", "meia-noite", "meio-dia e meia"]
    for h in range(1, 12):
        w, nxt = hour_word(h), hour_word(h + 1)
        out += [str(h), w, f"{h}:30", f"{h}:15", f"{h}:45", f"{w} e meia", f"{w} e um quarto", f"{w} e quinze",
                f"{nxt} menos um quarto", f"{w} e dez", f"{h} e meia", f"{h}h30"]
        if 5 <= h <= 11:
            out += [f"{w} da manhã", f"{h} da manhã", f"{w} e meia da manhã"]
        if 2 <= h <= 7:
            out += [f"{w} da tarde", f"{h} da tarde"]
        if 8 <= h <= 11:
            out += [f"{w} da noite", f"{h} da noite"]
    for h in range(13, 24):
        out += [f"{h}h", f"{h}h30", f"{h}:15", f"{h} horas"]
    return out


def bare_texts(hours):
    out = []
    for h in hours:
        w = hour_word(h)
        out += [str(h), w, f"{w} e meia", f"{w} e um quarto", f"{h}:30"]
    return out


def calendar_texts():
    out = ["meio-dia", "meio-dia e meia"]
    for h in list(range(8, 12)) + list(range(1, 9)):
        w = hour_word(h)
        out += [str(h), w, f"{h}:30", f"{w} e meia", f"{w} e um quarto"]
        out += [f"{w} da tarde", f"{w} e meia da tarde"] if h <= 7 else [f"{w} da manhã"] if h >= 8 and h <= 11 else []
    for h in range(13, 21):
        out += [f"{h}h", f"{h}h30", f"{h} horas"]
    return out


def items():
    one = ["leite", "ovos", "pão", "maçãs", "peras", "bananas", "manteiga", "queijo", "café", "arroz", "massa",
           "tomates", "papel higiénico", "detergente da loiça", "sumo de laranja", "iogurtes", "frango", "cebolas",
           "batatas", "cenouras", "azeite", "açúcar", "farinha", "leite de aveia", "comida para o gato", "pilhas",
           "limões", "alho"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} e {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} e {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("vezes", "mais", "menos", "a dividir por", "dividido por", "multiplicado por"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 por cento de 150", "quinze por cento de oitenta", "a raiz quadrada de 144",
            "a raiz quadrada de oitenta e um", "2 elevado a 10", "sete ao quadrado"]
    return out


WHEN = ["[date : amanhã]", "[date : hoje]", "[date : depois de amanhã]", "na [date : segunda-feira]",
        "na [date : terça]", "na [date : quarta-feira]", "na [date : quinta]", "na [date : sexta-feira]",
        "no [date : sábado]", "no [date : domingo]", "na [date : próxima sexta-feira]", "na [date : segunda que vem]"]


EVENT_DEF = ["o [event_name : dentista]", "a [event_name : consulta no dentista]", "a [event_name : reunião de equipa]",
             "a [event_name : aula de ioga]", "a [event_name : aula de piano]", "o [event_name : treino de futebol]",
             "a [event_name : entrevista de emprego]", "a [event_name : festa de anos]",
             "a [event_name : consulta médica]", "a [event_name : revisão do carro]", "o [event_name : ginásio]"]


def vocab():
    one, two, three = items()
    pct = [f"{w} por cento" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "at_clock": [at(t) for t in clock_texts()],
        "para_clock": [at(t, ("para a", "para as", "para o")) for t in clock_texts()],
        "das_clock": [at(t, ("da", "das", "do")) for t in clock_texts()],
        "at_cal": [at(t) for t in calendar_texts()],
        "at_morning": [at(t) for t in bare_texts(range(5, 12))],
        "at_evening": [at(t) for t in bare_texts(range(8, 12))],
        "when": WHEN,
        "cal_when": WHEN + ["a [date : doze de junho]", "a [date : três de março]", "[date : este sábado]",
                            "no [date : dia 15]", "na [date : véspera de natal]"],
        "freq": ["todos os dias", "todos os dias úteis", "durante a semana", "de segunda a sexta", "todas as manhãs",
                 "todas as segundas"],
        "cal_freq": ["todos os dias", "todos os dias úteis", "de segunda a sexta", "todas as segundas"],
        "list_plain": ["férias", "prendas", "festa", "mudança", "jardim", "casamento"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["compras", "supermercado", "tarefas", "coisas a fazer", "prendas", "natal", "férias", "mala",
                 "aniversário", "farmácia"],
        "of_room": ["da [house_place : cozinha]", "da [house_place : sala]", "do [house_place : quarto]",
                    "da [house_place : casa de banho]", "do [house_place : corredor]", "do [house_place : escritório]",
                    "da [house_place : sala de jantar]", "da [house_place : garagem]",
                    "do [house_place : quarto das crianças]", "da [house_place : entrada]",
                    "da [house_place : sala de estar]"],
        "in_room": ["na [house_place : cozinha]", "na [house_place : sala]", "no [house_place : quarto]",
                    "na [house_place : casa de banho]", "no [house_place : corredor]", "no [house_place : escritório]",
                    "na [house_place : sala de jantar]", "na [house_place : garagem]", "na [house_place : sala de estar]"],
        "lamp": ["candeeiro", "candeeiro da mesa de cabeceira", "candeeiro de pé", "candeeiro da secretária",
                 "candeeiro de leitura"],
        "colour_f": ["vermelha", "verde", "azul", "amarela", "laranja", "roxa", "cor-de-rosa", "branca",
                     "branca quente", "lilás"],
        "colour_m": ["vermelho", "verde", "azul", "amarelo", "laranja", "roxo", "cor-de-rosa", "branco", "turquesa",
                     "lilás"],
        "pct_to": [f"para {p}" for p in pct],
        "pct_by": [f"em {p}" for p in pct],
        "vol_to": [f"para {w}" for w in levels + pct[1::3]],
        "vol_bare": levels,
        "bit": ["um pouco", "um bocadinho", "ligeiramente"],
        "event": ["dentista", "consulta no dentista", "consulta médica", "cabeleireiro", "reunião de equipa",
                  "aula de ioga", "aula de piano", "treino de futebol", "clube de leitura", "entrevista de emprego",
                  "revisão do carro", "veterinário", "festa de anos", "fisioterapia", "ginásio"],
        "event_def": EVENT_DEF,
        "event_de": ["do" + e[1:] if e.startswith("o ") else "da" + e[1:] for e in EVENT_DEF],
        "a_meet": ["uma [event_name : reunião]", "um [event_name : almoço]", "um [event_name : jantar]",
                   "uma [event_name : chamada]", "um [event_name : café]", "uma [event_name : videochamada]"],
        "meet": ["reunião", "almoço", "jantar", "chamada", "café", "videochamada"],
        "person": ["ana", "joão", "sofia", "miguel", "inês", "pedro", "beatriz", "tiago", "marta", "rui"],
        "city": ["lisboa", "porto", "coimbra", "faro", "braga", "madrid", "londres", "paris", "nova iorque", "luanda"],
        "weather_verb": ["chover", "nevar", "fazer frio", "fazer calor", "fazer sol", "fazer vento"],
        "weather_adj": ["calor", "frio", "sol", "vento"],
        "expr": maths(),
        "plug": ["tomada", "tomada inteligente", "tomada da sala"],
        "coffee": ["um [coffee_type : galão]", "uma [coffee_type : bica]", "um [coffee_type : expresso]",
                   "uma [coffee_type : meia de leite]", "um [coffee_type : cappuccino]"],
        "genre": ["jazz", "rock", "música clássica", "fado", "pop", "música relaxante"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "põe um temporizador de {time=dur}",
        "temporizador de {time=dur}",
        "temporizador {time=dur}",
        "inicia um temporizador de {time=dur}",
        "liga um temporizador de {time=dur}",
        "define um temporizador para {time=dur}",
        "contagem decrescente de {time=dur}",
        "inicia uma contagem decrescente de {time=dur}",
        "podes pôr um temporizador de {time=dur}",
        "preciso de um temporizador de {time=dur}",
        "acorda-me daqui a {time=dur}",
        "temporizador de {time=dur} por favor",
        "programa um temporizador de {time=dur}",
        "põe o temporizador para {time=dur}",
        "timer de {time=dur}",
        "avisa-me daqui a {time=dur}",
    ]),
    ("alarm_set", 48, [
        "põe um alarme {at_clock}",
        "acorda-me {at_clock}",
        "alarme {at_clock}",
        "põe o despertador {para_clock}",
        "define um alarme {para_clock}",
        "acorda-me {when} {at_clock}",
        "põe um alarme para {when} {at_clock}",
        "põe um alarme {at_clock} {general_frequency=freq}",
        "acorda-me {general_frequency=freq} {at_clock}",
        "acorda-me {at_morning} da [timeofday : manhã]",
        "põe um alarme {at_evening} da [timeofday : noite]",
        "acorda-me [date : amanhã] de [timeofday : manhã] {at_morning}",
        "podes acordar-me {at_clock}",
        "quero acordar {at_clock}",
        "novo alarme {para_clock}",
        "cria um alarme {para_clock}",
        "alarme {when} {at_clock}",
        "programa o despertador {para_clock}",
    ]),
    ("alarm_query", 8, [
        "que alarmes tenho", "mostra-me os meus alarmes", "a que horas toca o despertador", "quando toca o meu alarme",
        "quanto tempo falta no temporizador", "quanto falta para o temporizador acabar", "tenho algum alarme para {when}",
        "quais são os meus alarmes", "tenho alarmes ligados",
    ]),
    ("alarm_remove", 10, [
        "apaga o meu alarme", "apaga todos os alarmes", "para o temporizador", "cancela o temporizador",
        "tira o alarme {das_clock}", "cancela o alarme de [date : (amanhã|hoje|segunda-feira|sábado|domingo)]", "desliga o despertador",
        "apaga o alarme {when} {at_clock}", "cancela todos os temporizadores", "desliga o alarme",
    ]),
    ("lists_createoradd", 34, [
        "adiciona {items} à (minha |)lista de {list_name=list}",
        "põe {items} na lista de {list_name=list}",
        "adiciona {items} à lista",
        "acrescenta {items} à lista de {list_name=list}",
        "mete {items} na lista",
        "escreve {items} na lista de {list_name=list}",
        "podes adicionar {items} à lista de {list_name=list}",
        "junta {items} à lista de {list_name=list}",
        "adiciona {items2} à minha lista de {list_name=list}",
        "põe {items2} na lista",
    ]),
    ("lists_createoradd", 12, [
        "cria uma (nova |)lista de {list_name=list}",
        "faz uma lista de {list_name=list}",
        "cria uma lista nova",
        "nova lista de {list_name=list}",
        "começa uma lista de {list_name=list}",
        "cria uma lista chamada {list_name=list_plain}",
    ]),
    ("lists_remove", 18, [
        "tira {item} da lista de {list_name=list}",
        "remove {item} da (minha |)lista de {list_name=list}",
        "apaga {item} da lista",
        "risca {item} da lista",
        "apaga a lista de {list_name=list}",
        "limpa a lista de {list_name=list}",
        "elimina {item} da lista de {list_name=list}",
        "tira {item} da lista",
    ]),
    ("lists_query", 16, [
        "o que está na lista de {list_name=list}",
        "o que tenho na lista de {list_name=list}",
        "lê a lista de {list_name=list}",
        "lê-me a lista de {list_name=list}",
        "mostra-me a lista de {list_name=list}",
        "que listas tenho",
        "tenho {item} na lista de {list_name=list}",
        "diz-me o que está na lista de {list_name=list}",
        "o que há na minha lista",
    ]),
    ("iot_hue_lighton", 36, [
        "acende a luz",
        "liga a luz",
        "acende as luzes",
        "liga as luzes",
        "acende a luz {of_room}",
        "liga as luzes {in_room}",
        "liga a luz {of_room}",
        "liga o {device_type=lamp}",
        "acende o {device_type=lamp} {in_room}",
        "luz por favor",
        "podes acender a luz",
        "podes ligar as luzes {of_room}",
        "acende todas as luzes",
        "está muito escuro acende a luz",
        "ligar a luz",
        "liga a luz por favor",
        "liga todas as luzes",
    ]),
    ("iot_hue_lightoff", 24, [
        "apaga a luz",
        "desliga a luz",
        "apaga as luzes",
        "desliga as luzes {in_room}",
        "apaga a luz {of_room}",
        "desliga o {device_type=lamp}",
        "apaga o {device_type=lamp} {in_room}",
        "apaga todas as luzes",
        "desligar a luz",
        "podes apagar a luz",
        "desliga a luz {of_room}",
    ]),
    ("iot_hue_lightup", 14, [
        "aumenta a luz", "mais luz", "aumenta o brilho", "aumenta o brilho {change_amount=pct_by}",
        "aumenta {change_amount=bit} a luz", "põe a luz mais forte", "mais brilho", "aumenta a luz {of_room}",
        "sobe a luz", "quero mais luz {in_room}", "põe a luz mais clara",
    ]),
    ("iot_hue_lightdim", 14, [
        "diminui a luz", "baixa a luz", "reduz o brilho", "menos luz", "baixa {change_amount=bit} a luz",
        "diminui a luz {change_amount=pct_to}", "a luz está muito forte", "baixa as luzes {of_room}",
        "põe a luz mais fraca", "diminui o brilho", "baixa a intensidade da luz",
    ]),
    ("iot_hue_lightchange", 26, [
        "muda a luz para {color_type=colour_m}",
        "muda a cor da luz para {color_type=colour_m}",
        "luz {color_type=colour_f}",
        "põe as luzes {of_room} em {color_type=colour_m}",
        "muda as luzes {in_room} para {color_type=colour_m}",
        "quero a luz {color_type=colour_f}",
        "põe a luz {color_type=colour_f}",
        "muda o {device_type=lamp} para {color_type=colour_m}",
        "põe a luz {change_amount=pct_to}",
        "ajusta o brilho {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "aumenta o volume", "sobe o volume", "mais alto", "aumenta o som", "põe mais alto", "aumenta {change_amount=bit} o volume",
        "não ouço nada aumenta o volume", "podes aumentar o volume", "mais alto por favor", "mais volume",
        "sobe {change_amount=bit} o som",
    ]),
    ("audio_volume_up", 12, [
        "põe o volume {change_amount=vol_to}", "volume {change_amount=vol_to}", "volume {change_amount=vol_bare}",
        "ajusta o volume {change_amount=vol_to}", "aumenta o volume {change_amount=vol_to}",
        "muda o volume {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "baixa o volume", "diminui o volume", "mais baixo", "baixa o som", "baixa {change_amount=bit} o volume",
        "está muito alto", "menos volume", "baixa o volume {change_amount=vol_to}", "fala mais baixo",
        "podes baixar o volume", "mais baixo por favor", "diminui {change_amount=bit} o som",
    ]),
    ("audio_volume_mute", 9, [
        "silêncio", "sem som", "tira o som", "põe em silêncio", "silencia", "cala-te", "modo silencioso",
        "desliga o som", "põe sem som",
    ]),
    ("calendar_set", 40, [
        "adiciona {event_name=event} {cal_when} {at_cal}",
        "põe {event_name=event} no calendário {cal_when} {at_cal}",
        "marca {event_name=event} {cal_when} {at_cal}",
        "cria um evento {event_name=event} {cal_when} {at_cal}",
        "{event_name=meet} com {person=person} {cal_when} {at_cal}",
        "marca {a_meet} com {person=person} {cal_when} {at_cal}",
        "adiciona {a_meet} com {person=person} {cal_when} {at_cal}",
        "tenho {event_def} {cal_when} {at_cal} aponta na agenda",
        "adiciona {event_name=event} à agenda {cal_when}",
        "agenda {event_name=event} {cal_when} {at_cal}",
        "adiciona {event_name=event} {general_frequency=cal_freq} {at_cal}",
        "lembra-me {event_de} {cal_when} {at_cal}",
    ]),
    ("calendar_query", 14, [
        "o que tenho {cal_when}", "o que está na agenda {cal_when}", "qual é o meu próximo compromisso",
        "tenho alguma coisa {cal_when}", "que compromissos tenho {cal_when}", "quando é {event_def}",
        "a que horas é {event_def}", "lê a minha agenda", "o que tenho marcado {cal_when}", "tenho {event_def} {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "cancela {event_def} {cal_when}", "apaga {event_def} do calendário", "cancela {event_def}",
        "apaga todos os compromissos {cal_when}", "tira {event_def} da agenda", "desmarca {event_def}",
    ]),
    ("qa_maths", 24, [
        "quanto é {expr}", "quanto são {expr}", "calcula {expr}", "{expr}", "qual é o resultado de {expr}",
        "diz-me quanto é {expr}", "quanto dá {expr}", "sabes quanto é {expr}",
    ]),
    ("datetime_query", 18, [
        "que horas são", "diz-me as horas", "que horas são agora", "que dia é [date : hoje]", "que data é [date : hoje]",
        "em que dia estamos", "a quantos estamos [date : hoje]", "que dia é [date : amanhã]", "que data é [date : amanhã]",
        "que horas são em {place_name=city}", "em que dia calha o [date : natal] este ano", "que dia é",
        "sabes que horas são", "que dia da semana é [date : amanhã]", "que horas são agora em {place_name=city}",
    ]),
    ("weather_query", 18, [
        "como está o tempo", "que tempo faz", "como vai estar o tempo {when}", "que tempo faz em {place_name=city}",
        "vai {weather_descriptor=weather_verb} {when}", "vai estar {weather_descriptor=weather_adj} {when}",
        "qual é a [weather_descriptor : temperatura] lá fora", "preciso de [weather_descriptor : guarda-chuva] {when}",
        "previsão do tempo para [date : amanhã]", "está a [weather_descriptor : chover] em {place_name=city}",
        "como vai estar o tempo em {place_name=city} {when}", "quantos graus estão lá fora",
    ]),
    ("general_joke", 5, ["conta-me uma piada", "diz-me uma anedota", "faz-me rir", "sabes alguma piada", "conta uma anedota"]),
    ("general_greet", 5, ["olá", "bom dia", "boa tarde", "boa noite", "olá tudo bem", "olá como estás"]),
    ("iot_coffee", 5, ["faz-me um café", "prepara um café", "preciso de um café", "faz-me {coffee}",
                       "liga a máquina de café", "prepara-me {coffee}"]),
    ("iot_cleaning", 5, ["liga o aspirador", "aspira {in_room}", "liga o [device_type : robô aspirador]",
                         "passa o aspirador {in_room}", "põe o [device_type : aspirador] a trabalhar"]),
    ("iot_wemo_on", 4, ["liga a {device_type=plug}", "ativa a {device_type=plug}"]),
    ("iot_wemo_off", 4, ["desliga a {device_type=plug}", "desativa a {device_type=plug}"]),
    ("play_music", 5, ["põe música", "põe {music_genre=genre}", "toca música", "põe um pouco de {music_genre=genre}"]),
    ("play_radio", 3, ["liga o rádio", "põe o rádio", "quero ouvir rádio"]),
]
