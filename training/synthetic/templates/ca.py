"""Catalan (ca-ES) command templates. Pattern language: see ../README.md.

Clock times: the traditional quarters, "un quart de vuit" = 7:15, "dos quarts de vuit" = 7:30,
"tres quarts de vuit" = 7:45 ("d'una", "d'onze" before a vowel), and the everyday "les set i
mitja", "les set i quart", "les vuit menys quart"; "les set del matí", "les cinc de la tarda",
"les vuit del vespre", "les deu de la nit", "la una del migdia", "mitjanit"; 24 h digits.
Hours count in the feminine (la una, les dues).

Labels as MASSIVE's ca-ES writes them: the article / preposition stays outside the slot ("a les
[time : set]", "a la [time : una]", "a [time : dos quarts de vuit]", "del [house_place : menjador]",
"de [house_place : l'habitació]", "la llista de la [list_name : compra]", "amb la [person : marta]",
"amb en [person : jordi]", "a [color_type : vermell]"); a part of the day said as its own phrase is
"del [timeofday : matí]"; a word elided onto the slot's first word stays inside it ("[time : d'una
hora]"), as MASSIVE's "[date : d'avui]"; change_amount keeps its preposition ("[change_amount : al
cinquanta per cent]", "[change_amount : a cinc]"), as MASSIVE's ca-ES does. Familiar "tu" (encén,
posa) with some "vostè" (encengui, posi).
"""
from generate import tens_units

SMALL = ("zero u dos tres quatre cinc sis set vuit nou deu onze dotze tretze catorze quinze setze disset divuit "
         "dinou").split()
TENS = dict(zip(range(20, 100, 10), "vint trenta quaranta cinquanta seixanta setanta vuitanta noranta".split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{t}-i-{u}" if t == "vint" else f"{t}-{u}", "cent")

HOURS = {1: "una", 2: "dues", 3: "tres", 4: "quatre", 5: "cinc", 6: "sis", 7: "set", 8: "vuit", 9: "nou", 10: "deu",
         11: "onze", 12: "dotze"}


def both(n):
    return [str(n), num(n)]


def de(word):
    """'de' + word, elided before a vowel: d'una, d'onze."""
    return f"d'{word}" if word[0] in "aeiouàèéíòóú" else f"de {word}"


def quarts(h):
    """The quarter forms for h:15, h:30, h:45 (named after the next hour)."""
    nxt = de(HOURS[h % 12 + 1])
    return [f"un quart {nxt}", f"dos quarts {nxt}", f"tres quarts {nxt}"]


def at(t):
    """'a les' + time; 'a la una', 'a un quart de vuit', 'a mitjanit'."""
    first = t.split()[0]
    words = t.split()
    if len(words) > 1 and words[0] in ("un", "dos", "tres") and words[1].startswith("quart") or first in (
            "mitjanit", "migdia"):
        return f"a [time : {t}]"
    if first in ("una", "1") or t.startswith("1:"):
        return f"a la [time : {t}]"
    return f"a les [time : {t}]"


def per(s):
    """'a les X' -> 'per a les X' (not before 'migdia' / 'mitjanit')."""
    return "per " + s


def durations():
    """(words, elided after 'de'?) — the time slot of a timer."""
    out = ["un minut", "una hora", "mitja hora", "hora i mitja", "una hora i mitja", "dues hores", "2 hores",
           "un minut i mig", "un quart d'hora", "tres quarts d'hora", "dos minuts i mig", "una hora i quart",
           "tres hores", "1 hora", "1 minut"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} minuts" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} segons" for w in both(n)]
    return out


def de_durations():
    """'de' + the length, as a slot: 'de [time : deu minuts]', '[time : d'una hora]'."""
    out = []
    for d in durations():
        if d.split()[0] == "1":
            continue  # 'd'1 minut' is not how it is written
        out.append(f"[time : d'{d}]" if d[0] in "aeiouàèéíòóú" else f"de [time : {d}]")
    return out


def clock_times():
    out = []
    for h in range(1, 13):
        w = HOURS[h]
        out += [str(h), w, f"{h}:30", f"{h}:15", f"{h}:45", f"{w} i mitja", f"{w} i quart",
                f"{HOURS[h % 12 + 1]} menys quart", f"{w} i deu", f"{w} en punt", f"{h}:05"] + quarts(h)
        if 5 <= h <= 11:
            out += [f"{w} del matí", f"{h} del matí", f"{w} i mitja del matí"]
            out += [q + " del matí" for q in quarts(h - 1)[1:]]
        if h in (1, 2):
            out += [f"{w} del migdia"]
        if 3 <= h <= 7:
            out += [f"{w} de la tarda", f"{h} de la tarda"]
        if 7 <= h <= 9:
            out += [f"{w} del vespre"]
        if 9 <= h <= 11:
            out += [f"{w} de la nit", f"{h} de la nit"]
    for h in range(13, 24):
        out += [f"{h}:00", f"{h}:30", f"{h}:15", f"{h}:45"]
    out += ["mitjanit", "migdia", "dotze del migdia"]
    return [at(t) for t in out]


def bare(hours):
    out = []
    for h in hours:
        w = HOURS[h]
        out += [at(t) for t in [str(h), w, f"{w} i mitja", f"{w} i quart", f"{h}:30"] + quarts(h)[:2]]
    return out


def calendar_times():
    out = ["dotze del migdia", "migdia"]
    for h in range(8, 13):
        w = HOURS[h]
        out += [str(h), w, f"{h}:30", f"{w} i mitja", f"{w} del matí" if h < 12 else f"{w} en punt"] + quarts(h)[:2]
    for h in range(1, 9):
        w = HOURS[h]
        out += [str(h), w, f"{w} i mitja", f"{w} i quart", f"{h + 12}:00", f"{h + 12}:30"] + quarts(h)[1:]
        out.append(f"{w} del migdia" if h <= 2 else f"{w} de la tarda" if h <= 7 else f"{w} del vespre")
    return [at(t) for t in out]


def items():
    one = ["llet", "ous", "pa", "pomes", "peres", "plàtans", "mantega", "formatge", "cafè", "arròs", "pasta",
           "tomàquets", "paper de vàter", "rentaplats", "suc de taronja", "iogurts", "pollastre", "cebes", "patates",
           "pastanagues", "oli d'oliva", "sucre", "farina", "llet de civada", "menjar per al gat", "piles", "llimones",
           "alls"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} i {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} i {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("per", "més", "menys", "entre", "dividit per", "multiplicat per"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    return out


MATHS_MORE = ["el 20 per cent de 150", "el quinze per cent de vuitanta", "l'arrel quadrada de 144",
              "l'arrel quadrada de vuitanta-u", "2 elevat a 10", "set al quadrat"]

WHEN = ["[date : demà]", "[date : avui]", "[date : demà passat]", "[date : dilluns]", "[date : dimarts]",
        "[date : dimecres]", "[date : dijous]", "[date : divendres]", "[date : dissabte]", "[date : diumenge]",
        "[date : divendres que ve]", "[date : dilluns vinent]", "el [date : proper dijous]"]

# Rooms: the article or preposition before them, outside the slot.
ROOMS = [("la", "cuina"), ("el", "menjador"), ("el", "dormitori"), ("l'", "habitació"), ("el", "bany"),
         ("el", "lavabo"), ("el", "passadís"), ("el", "despatx"), ("l'", "estudi"), ("el", "garatge"),
         ("l'", "habitació dels nens"), ("el", "rebedor"), ("la", "sala d'estar"), ("la", "terrassa"),
         ("el", "saló"), ("l'", "entrada")]


def of_room(art, room):
    return {"la": f"de la [house_place : {room}]", "el": f"del [house_place : {room}]"}.get(
        art, f"de [house_place : l'{room}]")


def in_room(art, room):
    return {"la": f"a la [house_place : {room}]", "el": f"al [house_place : {room}]"}.get(
        art, f"a [house_place : l'{room}]")


# Lamps with their article outside the slot; all are masculine ("el llum") but the làmpada / tira.
LAMPS = ["el [device_type : llum de peu]", "la [device_type : làmpada]", "el [device_type : llum de la tauleta]",
         "el [device_type : llum de l'escriptori]", "el [device_type : llum del sostre]",
         "la [device_type : làmpada de lectura]", "el [device_type : llum de lectura]", "la [device_type : tira led]",
         "el [device_type : llum de la tauleta de nit]"]

# Colours: (masculine singular, feminine singular, masculine plural).
COLOURS = [("vermell", "vermella", "vermells"), ("verd", "verda", "verds"), ("blau", "blava", "blaus"),
           ("groc", "groga", "grocs"), ("taronja", "taronja", "taronja"), ("lila", "lila", "lila"),
           ("rosa", "rosa", "rosa"), ("blanc", "blanca", "blancs"), ("blanc càlid", "blanca càlida", "blancs càlids"),
           ("blanc fred", "blanca freda", "blancs freds"), ("turquesa", "turquesa", "turquesa"),
           ("morat", "morada", "morats")]

# Events: (name, definite article outside the slot).
EVENTS = [("dentista", "el"), ("metge", "el"), ("hora al metge", "l'"), ("perruqueria", "la"),
          ("reunió d'equip", "la"), ("classe de ioga", "la"), ("classe de piano", "la"),
          ("entrenament de futbol", "l'"), ("club de lectura", "el"), ("entrevista de feina", "l'"),
          ("revisió del cotxe", "la"), ("veterinari", "el"), ("festa d'aniversari", "la"), ("fisio", "el"),
          ("tutoria", "la"), ("gimnàs", "el"), ("reunió de pares", "la")]
MEETS = [("una", "la", "reunió"), ("un", "el", "dinar"), ("un", "el", "sopar"), ("una", "la", "trucada"),
         ("un", "el", "cafè"), ("una", "la", "videotrucada")]
PEOPLE = ["en [person : jordi]", "la [person : marta]", "en [person : pau]", "la [person : laia]", "en [person : marc]",
          "la [person : núria]", "en [person : joan]", "la [person : montse]", "en [person : pere]",
          "la [person : carla]"]


def event_def(name, art):
    return f"[event_name : l'{name}]" if art == "l'" else f"{art} [event_name : {name}]"


def per_w(w):
    """'per' + a day: 'per [date : demà]', 'pel [date : proper dijous]'."""
    return "pel " + w[3:] if w.startswith("el ") else "per " + w


def de_w(w):
    """'de' + a day: 'de [date : demà]', 'del [date : proper dijous]', '[date : d'avui]' (elided inside)."""
    if w.startswith("el "):
        return "del " + w[3:]
    if w.startswith("[date : ") and w[8] in "aeiouàèéíòóú":
        return f"[date : d'{w[8:]}"
    return "de " + w


def vocab():
    one, two, three = items()
    pct = [f"{w} per cent" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(2, 11) for w in both(n)] + ["1"]
    clock = clock_times()
    return {
        "de_dur": de_durations(),
        "dur": durations(),
        "at_clock": clock,
        "per_clock": [per(c) for c in clock if "migdia]" not in c and "mitjanit]" not in c],
        "de_clock": ["de" + c[1:] for c in clock if c.startswith("a l")],
        "at_cal": calendar_times(),
        "at_morning": bare(range(5, 12)),
        "at_evening": bare(range(7, 10)),
        "at_afternoon": bare(range(3, 8)),
        "when": WHEN,
        "per_when": [per_w(w) for w in WHEN],
        "de_when": [de_w(w) for w in WHEN],
        "cal_when": WHEN + ["el [date : dotze de juny]", "el [date : tres de març]", "[date : aquest dissabte]",
                            "el [date : dia quinze]", "per [date : sant joan]", "per [date : nadal]",
                            "la [date : setmana que ve]"],
        "freq": ["cada dia", "tots els dies", "de dilluns a divendres", "entre setmana", "cada matí", "cada dilluns",
                 "els dies feiners"],
        "cal_freq": ["cada dia", "tots els dies", "de dilluns a divendres", "cada dilluns", "cada setmana",
                     "els dimarts"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list_of": ["de la [list_name : compra]", "del [list_name : súper]", "de [list_name : tasques]",
                    "de [list_name : coses a fer]", "de [list_name : regals]", "de [list_name : nadal]",
                    "de [list_name : vacances]", "de [list_name : coses pendents]", "de la [list_name : farmàcia]",
                    "del [list_name : viatge]", "de [list_name : l'excursió]", "del [list_name : mercat]"],
        "list_plain": ["vacances", "regals", "festa", "mudança", "jardí", "casament", "platja"],
        "of_room": [of_room(a, r) for a, r in ROOMS],
        "in_room": [in_room(a, r) for a, r in ROOMS],
        "lamp": LAMPS,
        "col": [m for m, _, _ in COLOURS],
        "col_f": [f for _, f, _ in COLOURS],
        "col_pl": [p for _, _, p in COLOURS],
        "pct_to": [f"al {p}" for p in pct],
        "pct_by": [f"un {p}" for p in pct],
        "vol_to": [f"a {w}" for w in levels] + [f"al {p}" for p in pct[1::3]],
        "vol_bare": levels,
        "bit": ["una mica", "un xic", "una mica més", "un pèl"],
        "event": [e for e, _ in EVENTS],
        "event_def": [event_def(e, a) for e, a in EVENTS],
        "a_meet": [f"{a} [event_name : {m}]" for a, _, m in MEETS],
        "meet_def": [f"{d} [event_name : {m}]" for _, d, m in MEETS],
        "meet": [m for _, _, m in MEETS],
        "person": PEOPLE,
        "city": ["barcelona", "girona", "lleida", "tarragona", "reus", "vic", "andorra", "sabadell", "palma",
                 "valència", "madrid", "londres", "parís"],
        "weather_fut": ["plourà", "nevarà", "farà fred", "farà calor", "farà sol", "farà vent", "hi haurà tempesta"],
        "weather_adj": ["calor", "fred", "sol", "vent", "bon temps"],
        "expr": maths(),
        "expr_all": maths() + MATHS_MORE,
        "expr_de": [e for e in maths() if e[0] not in "aeiouàèéíòóú" and e.split()[0] not in ("1", "11")],
        "room_def": [f"[house_place : l'{r}]" if a == "l'" else f"{a} [house_place : {r}]" for a, r in ROOMS],
        "plug": ["[device_type : l'endoll]", "[device_type : l'endoll intel·ligent]", "[device_type : l'endoll del menjador]",
                 "el [device_type : endoll de la tele]"],
        "coffee": ["un [coffee_type : cafè sol]", "un [coffee_type : tallat]", "un [coffee_type : cafè amb llet]",
                   "un [coffee_type : capuccino]", "un [coffee_type : espresso]", "un [coffee_type : cigaló]"],
        "genre": ["jazz", "rock", "música clàssica", "pop", "rumba catalana", "música relaxant", "rock català"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "posa un temporitzador {de_dur}",
        "temporitzador {de_dur}",
        "temporitzador {time=dur}",
        "posa'm un temporitzador {de_dur}",
        "activa un temporitzador {de_dur}",
        "engega un temporitzador {de_dur}",
        "compte enrere {de_dur}",
        "posa un compte enrere {de_dur}",
        "pots posar un temporitzador {de_dur}",
        "em pots posar un temporitzador {de_dur}",
        "necessito un temporitzador {de_dur}",
        "avisa'm d'aquí a {time=dur}",
        "desperta'm d'aquí a {time=dur}",
        "temporitzador {de_dur} sisplau",
        "posi un temporitzador {de_dur}",
        "programa un temporitzador {de_dur}",
        "posa el temporitzador a {time=dur}",
        "posa un temporitzador per a {time=dur}",
    ]),
    ("alarm_set", 48, [
        "posa una alarma {at_clock}",
        "posa una alarma {per_clock}",
        "posa'm una alarma {per_clock}",
        "desperta'm {at_clock}",
        "alarma {at_clock}",
        "posa l'alarma {per_clock}",
        "programa una alarma {per_clock}",
        "desperta'm {when} {at_clock}",
        "posa una alarma {per_when} {at_clock}",
        "posa una alarma {at_clock} {general_frequency=freq}",
        "desperta'm {general_frequency=freq} {at_clock}",
        "desperta'm {at_morning} del [timeofday : matí]",
        "posa una alarma {at_evening} del [timeofday : vespre]",
        "posa una alarma {at_afternoon} de la [timeofday : tarda]",
        "desperta'm [date : demà] al [timeofday : matí] {at_morning}",
        "pots despertar-me {at_clock}",
        "em pots despertar {at_clock}",
        "vull despertar-me {at_clock}",
        "nova alarma {at_clock}",
        "crea una alarma {per_when} {at_clock}",
        "posi una alarma {per_clock}",
        "desperti'm {at_clock}",
        "posa el despertador {per_clock}",
        "alarma {when} {at_clock}",
        "em vull llevar {at_clock}",
    ]),
    ("alarm_query", 8, [
        "quines alarmes tinc", "mostra'm les alarmes", "a quina hora sona l'alarma", "quan sona el despertador",
        "quant falta per al temporitzador", "quant temps queda al temporitzador", "tinc alguna alarma {per_when}",
        "digue'm les alarmes que tinc", "tinc alarmes posades", "a quina hora tinc l'alarma {when}",
    ]),
    ("alarm_remove", 10, [
        "esborra l'alarma", "esborra totes les alarmes", "para el temporitzador", "cancel·la el temporitzador",
        "treu l'alarma {de_clock}", "cancel·la l'alarma {de_when}", "desactiva el despertador",
        "elimina l'alarma {de_clock}", "cancel·la tots els temporitzadors", "apaga l'alarma", "atura el temporitzador",
    ]),
    ("lists_createoradd", 34, [
        "afegeix {items} a la llista {list_of}",
        "posa {items} a la llista {list_of}",
        "apunta {items} a la llista {list_of}",
        "afegeix {items} a la llista",
        "apunta'm {items} a la llista {list_of}",
        "pots afegir {items} a la llista {list_of}",
        "afegeix {items2} a la meva llista {list_of}",
        "necessito {items} apunta-ho a la llista {list_of}",
        "fica {items} a la llista",
        "afegeixi {items} a la llista {list_of}",
        "{items} a la llista {list_of}",
        "afegeix a la llista {list_of} {items}",
        "apunta {items2} a la llista",
    ]),
    ("lists_createoradd", 12, [
        "crea una llista {list_of}",
        "crea una nova llista {list_of}",
        "fes una llista {list_of}",
        "crea una llista nova",
        "comença una llista {list_of}",
        "nova llista {list_of}",
        "crea una llista que es digui [list_name : {list_plain}]",
        "fes-me una llista {list_of}",
    ]),
    ("lists_remove", 18, [
        "treu {item} de la llista {list_of}",
        "esborra {item} de la llista",
        "elimina {item} de la meva llista {list_of}",
        "ratlla {item} de la llista",
        "treu {item} de la llista",
        "esborra la llista {list_of}",
        "buida la llista {list_of}",
        "elimina la llista {list_of}",
        "tregui {item} de la llista {list_of}",
        "esborra {item} de la llista {list_of}",
    ]),
    ("lists_query", 16, [
        "què hi ha a la llista {list_of}",
        "què tinc a la llista {list_of}",
        "llegeix-me la llista {list_of}",
        "mostra'm la llista {list_of}",
        "quines llistes tinc",
        "tinc {item} a la llista {list_of}",
        "digue'm què hi ha a la llista {list_of}",
        "què hi ha a la llista",
        "ensenya'm la llista {list_of}",
        "què em falta comprar de la llista {list_of}",
    ]),
    ("iot_hue_lighton", 36, [
        "encén el llum",
        "encén els llums",
        "obre el llum",
        "obre els llums",
        "encén el llum {of_room}",
        "encén els llums {in_room}",
        "encén els llums {of_room}",
        "encén {lamp}",
        "encén {lamp} {in_room}",
        "llum sisplau",
        "llums",
        "engega els llums",
        "pots encendre el llum",
        "pots encendre el llum {of_room}",
        "encén tots els llums",
        "està molt fosc encén el llum",
        "encendre el llum",
        "encengui el llum",
        "encengui els llums {of_room}",
        "obre el llum {of_room}",
        "encén la llum",
        "em pots obrir el llum {of_room}",
        "podries encendre els llums {in_room}",
        "encén el llum sisplau",
        "activa els llums {of_room}",
        "obre {lamp}",
        "llum {in_room}",
    ]),
    ("iot_hue_lightoff", 24, [
        "apaga el llum",
        "apaga els llums",
        "tanca el llum",
        "tanca els llums",
        "apaga el llum {of_room}",
        "apaga els llums {in_room}",
        "apaga {lamp}",
        "apaga {lamp} {in_room}",
        "apaga tots els llums",
        "apagar el llum",
        "pots apagar el llum",
        "apaga el llum sisplau",
        "desactiva els llums {of_room}",
        "apagui els llums {of_room}",
        "tanca el llum {of_room}",
        "apaga la llum",
        "podries apagar els llums {in_room}",
        "tanca {lamp}",
    ]),
    ("iot_hue_lightup", 14, [
        "puja la llum", "apuja els llums", "més llum", "augmenta la brillantor", "puja la brillantor {change_amount=pct_by}",
        "puja {change_amount=bit} els llums", "posa el llum més fort", "més brillantor", "puja els llums {of_room}",
        "vull més llum {in_room}", "apuja la intensitat del llum", "apuja el llum {change_amount=bit}",
    ]),
    ("iot_hue_lightdim", 14, [
        "baixa la llum", "abaixa els llums", "atenua el llum", "baixa la brillantor", "menys llum",
        "baixa {change_amount=bit} el llum", "baixa els llums {change_amount=pct_to}", "el llum és massa fort",
        "abaixa els llums {of_room}", "redueix la brillantor", "posa el llum més suau", "atenua els llums {in_room}",
        "abaixa la brillantor {change_amount=pct_by}",
    ]),
    ("iot_hue_lightchange", 26, [
        "posa el llum de color {color_type=col}",
        "posa el llum {color_type=col}",
        "posa els llums {color_type=col_pl}",
        "canvia el llum a {color_type=col}",
        "canvia el color del llum a {color_type=col}",
        "llum {color_type=col_f}",
        "posa la llum {color_type=col_f}",
        "posa els llums {of_room} de color {color_type=col}",
        "posa {lamp} de color {color_type=col}",
        "vull el llum {color_type=col}",
        "canvia els llums {in_room} a {color_type=col}",
        "pots posar el llum de color {color_type=col}",
        "posa els llums {change_amount=pct_to}",
        "ajusta la brillantor {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "apuja el volum", "puja el volum", "més fort", "més alt", "puja la música", "apuja el volum {change_amount=bit}",
        "apuja-ho", "puja", "més volum", "no sento res apuja el volum", "augmenta el volum", "més fort sisplau",
        "pots apujar el volum", "apugi el volum", "puja {change_amount=bit} la música",
    ]),
    ("audio_volume_up", 12, [
        "posa el volum {change_amount=vol_to}", "volum {change_amount=vol_to}", "volum {change_amount=vol_bare}",
        "apuja el volum {change_amount=vol_to}", "ajusta el volum {change_amount=vol_to}",
        "canvia el volum {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "abaixa el volum", "baixa el volum", "més fluix", "més baix", "baixa la música", "abaixa-ho",
        "abaixa el volum {change_amount=bit}", "està massa fort", "menys volum", "abaixa el volum {change_amount=vol_to}",
        "parla més fluix", "redueix el volum", "més fluix sisplau", "pots abaixar el volum", "abaixi el volum",
    ]),
    ("audio_volume_mute", 9, [
        "silenci", "silencia", "posa en silenci", "treu el so", "calla", "silenciar", "mode silenci",
        "silencia l'altaveu", "sense so", "calla sisplau",
    ]),
    ("calendar_set", 40, [
        "afegeix {event_name=event} {cal_when} {at_cal}",
        "posa {event_name=event} al calendari {cal_when} {at_cal}",
        "apunta {event_name=event} {cal_when} {at_cal}",
        "crea un esdeveniment {event_name=event} {cal_when} {at_cal}",
        "{a_meet} amb {person} {cal_when} {at_cal}",
        "{event_name=meet} amb {person} {cal_when} {at_cal}",
        "programa {a_meet} amb {person} {cal_when} {at_cal}",
        "afegeix {a_meet} amb {person} {cal_when} {at_cal}",
        "tinc {event_name=event} {cal_when} {at_cal} apunta-ho",
        "afegeix {event_name=event} al calendari {cal_when}",
        "afegeix {event_name=event} {general_frequency=cal_freq} {at_cal}",
        "recorda'm {event_def} {cal_when} {at_cal}",
        "posa'm {event_name=event} a l'agenda {cal_when} {at_cal}",
        "apunta {event_name=event} {cal_when} {at_afternoon} de la [timeofday : tarda]",
        "apunti {event_name=event} a l'agenda {cal_when} {at_cal}",
    ]),
    ("calendar_query", 14, [
        "què tinc {cal_when}", "què hi ha al meu calendari {cal_when}", "quina és la meva propera cita",
        "tinc alguna cosa {cal_when}", "quines cites tinc {cal_when}", "quan és {event_def}", "a quina hora és {event_def}",
        "llegeix-me l'agenda", "què tinc a l'agenda {cal_when}", "tinc {event_name=event} {cal_when}", "estic lliure {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "cancel·la {event_def} {cal_when}", "esborra {event_def} del calendari", "elimina totes les cites {de_when}",
        "cancel·la {event_def}", "treu {event_def} de l'agenda", "esborra tot el que tinc {cal_when}",
        "anul·la {meet_def} amb {person}",
    ]),
    ("qa_maths", 24, [
        "quant és {expr_all}", "quant fan {expr}", "calcula {expr_all}", "{expr_all}", "quin és el resultat de {expr_de}",
        "em dius quant és {expr_all}", "quant dona {expr}", "saps quant és {expr_all}",
    ]),
    ("datetime_query", 18, [
        "quina hora és", "quina hora és ara", "em dius l'hora", "digue'm l'hora", "quin dia és [date : avui]",
        "a quin dia som [date : avui]", "a quants som [date : avui]", "quin dia és [date : demà]",
        "quin dia serà [date : demà passat]", "quina hora és a {place_name=city}", "quin dia cau [date : nadal] aquest any",
        "quin dia cau [date : sant joan] enguany", "quina data és [date : avui]", "saps quina hora és",
        "quina hora és ara a {place_name=city}", "quin dia és", "quina data serà el [date : proper divendres]",
    ]),
    ("weather_query", 18, [
        "quin temps fa", "quin temps farà {when}", "el temps {de_when}", "quin temps fa a {place_name=city}",
        "{weather_descriptor=weather_fut} {when}", "farà {weather_descriptor=weather_adj} {when}",
        "quina [weather_descriptor : temperatura] fa a fora", "necessitaré [weather_descriptor : paraigua] {when}",
        "previsió del temps {per_when}", "està [weather_descriptor : plovent] a {place_name=city}",
        "quin temps farà a {place_name=city} {when}", "quants graus fa a fora",
        "{weather_descriptor=weather_fut} a {place_name=city} {when}",
    ]),
    ("general_joke", 5, ["explica'm un acudit", "digues un acudit", "fes-me riure", "saps algun acudit",
                         "explica'm alguna cosa divertida"]),
    ("general_greet", 5, ["hola", "bon dia", "bona tarda", "hola què tal", "bona nit", "hola com estàs", "ei com va"]),
    ("iot_coffee", 5, ["fes-me un cafè", "prepara un cafè", "necessito un cafè", "fes-me {coffee}",
                       "engega la cafetera", "prepara'm {coffee}"]),
    ("iot_cleaning", 5, ["engega l'aspiradora", "passa l'aspiradora {in_room}", "engega el [device_type : robot aspirador]",
                         "neteja {room_def}", "posa en marxa [device_type : l'aspiradora]"]),
    ("iot_wemo_on", 4, ["encén {plug}", "activa {plug}", "connecta {plug}"]),
    ("iot_wemo_off", 4, ["apaga {plug}", "desactiva {plug}", "desconnecta {plug}"]),
    ("play_music", 5, ["posa música", "posa {music_genre=genre}", "posa una mica de {music_genre=genre}",
                       "reprodueix música", "vull escoltar {music_genre=genre}"]),
    ("play_radio", 3, ["posa la ràdio", "engega la ràdio", "vull escoltar la ràdio"]),
]
