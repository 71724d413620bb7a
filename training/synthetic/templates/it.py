"""Italian (it-IT) command templates. Pattern language: see ../README.md.

Clock times: "alle [time : sette e mezza]", "otto e un quarto" (8:15), "nove meno un quarto" (8:45);
"alle" stays outside the time slot, as MASSIVE writes it.
"""

SMALL = ("zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
         "sedici diciassette diciotto diciannove").split()
TENS = dict(zip(range(20, 100, 10), "venti trenta quaranta cinquanta sessanta settanta ottanta novanta".split()))


def num(n):
    if n == 100:
        return "cento"
    if n < 20:
        return SMALL[n]
    t, u = divmod(n, 10)
    word = TENS[t * 10]
    if u == 0:
        return word
    if u in (1, 8):
        return word[:-1] + SMALL[u]
    return word + ("tré" if u == 3 else SMALL[u])


def both(n):
    return [str(n), num(n)]


def durations():
    out = ["un minuto", "1 minuto", "un'ora", "1 ora", "mezz'ora", "mezzora", "un'ora e mezza", "due ore", "2 ore",
           "un minuto e mezzo", "un quarto d'ora", "tre quarti d'ora", "due minuti e mezzo", "un'ora e un quarto"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} minuti" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} secondi" for w in both(n)]
    return out


def clock_times():
    out = []
    for h in range(2, 13):
        w, nxt = num(h), num(h % 12 + 1) if h < 12 else "una"
        out += [str(h), w, f"{h}:30", f"{h}:15", f"{h}:45", f"{w} e mezza", f"{w} e un quarto", f"{w} e trenta",
                f"{w} e dieci", f"{h} e mezza", f"{h}:05"]
        if h < 12:
            out.append(f"{num(h + 1)} meno un quarto")
        if 5 <= h <= 11:
            out += [f"{w} di mattina", f"{w} del mattino", f"{h} di mattina"]
        if 6 <= h <= 11:
            out += [f"{w} di sera", f"{h} di sera"]
    for h in range(13, 24):
        out += [str(h), num(h), f"{h}:30", f"{h}:15", f"{num(h)} e trenta"]
    return [f"alle [time : {t}]" for t in out] + ["a [time : mezzogiorno]", "a [time : mezzanotte]"]


def bare(hours):
    out = []
    for h in hours:
        w = num(h)
        out += [f"alle [time : {t}]" for t in (str(h), w, f"{w} e mezza", f"{w} e un quarto", f"{h}:30")]
    return out


def calendar_times():
    out = []
    for h in range(8, 21):
        w = num(h)
        out += [str(h), w, f"{h}:30", f"{h}:15", f"{w} e trenta"] + ([f"{w} e mezza"] if h <= 12 else [])
    for h in range(2, 7):
        out += [f"{num(h)} del pomeriggio", f"{num(h)} e mezza del pomeriggio", f"{h} e mezza"]
    return [f"alle [time : {t}]" for t in out] + ["a [time : mezzogiorno]", "a [time : mezzogiorno e mezzo]"]


def items():
    one = ["latte", "uova", "pane", "mele", "pere", "banane", "burro", "formaggio", "caffè", "riso", "pasta",
           "pomodori", "carta igienica", "detersivo per i piatti", "succo d'arancia", "yogurt", "pollo", "cipolle",
           "patate", "carote", "olio d'oliva", "zucchero", "farina", "latte d'avena", "cibo per gatti", "pile",
           "limoni", "aglio"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} e {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} e {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("per", "più", "meno", "diviso", "diviso per", "moltiplicato per"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["il 20 per cento di 150", "il quindici per cento di ottanta", "la radice quadrata di 144",
            "la radice quadrata di ottantuno", "2 elevato alla 10", "sette al quadrato"]
    return out


WHEN = ["[date : domani]", "[date : oggi]", "[date : dopodomani]", "[date : lunedì]", "[date : martedì]",
        "[date : mercoledì]", "[date : giovedì]", "[date : venerdì]", "[date : sabato]", "[date : domenica]",
        "[date : venerdì prossimo]", "[date : lunedì prossimo]"]


def vocab():
    one, two, three = items()
    pct = [f"{w} per cento" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "at_clock": clock_times(),
        "at_cal": calendar_times(),
        "at_morning": bare(range(5, 12)),
        "at_evening": bare(range(6, 12)),
        "when": WHEN,
        "cal_when": WHEN + ["il [date : dodici giugno]", "il [date : tre marzo]", "[date : questo sabato]",
                            "il [date : 15]", "la [date : vigilia di natale]"],
        "freq": ["tutti i giorni", "ogni giorno", "nei giorni feriali", "dal lunedì al venerdì", "ogni mattina",
                 "ogni lunedì"],
        "cal_freq": ["tutti i giorni", "ogni giorno", "nei giorni feriali", "dal lunedì al venerdì", "ogni lunedì"],
        "list_plain": ["vacanze", "regali", "festa", "trasloco", "giardino", "matrimonio"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list_of": ["della [list_name : spesa]", "delle [list_name : cose da fare]", "dei [list_name : regali]",
                    "di [list_name : natale]", "delle [list_name : vacanze]", "dei [list_name : compiti]",
                    "della [list_name : valigia]", "del [list_name : campeggio]", "del [list_name : compleanno]",
                    "della [list_name : ferramenta]"],
        "in_room": ["in [house_place : cucina]", "in [house_place : soggiorno]", "in [house_place : camera da letto]",
                    "in [house_place : bagno]", "nel [house_place : corridoio]", "nello [house_place : studio]",
                    "in [house_place : sala da pranzo]", "in [house_place : garage]", "nella [house_place : cameretta]",
                    "in [house_place : salotto]", "in [house_place : cantina]"],
        "of_room": ["della [house_place : cucina]", "del [house_place : soggiorno]", "della [house_place : camera da letto]",
                    "del [house_place : bagno]", "del [house_place : corridoio]", "dello [house_place : studio]",
                    "della [house_place : sala da pranzo]", "del [house_place : garage]", "della [house_place : cameretta]",
                    "del [house_place : salotto]"],
        "lamp": ["lampada", "lampada del comodino", "lampada da terra", "lampada della scrivania", "lampada da lettura"],
        "colour_f": ["rossa", "verde", "blu", "gialla", "arancione", "viola", "rosa", "bianca", "bianca calda",
                     "turchese", "azzurra"],
        "colour_m": ["rosso", "verde", "blu", "giallo", "arancione", "viola", "rosa", "bianco", "turchese", "azzurro"],
        "pct_to": [f"al {p}" for p in pct],
        "pct_by": [f"del {p}" for p in pct],
        "vol_to": [f"a {w}" for w in levels] + [f"al {p}" for p in pct[1::3]],
        "vol_bare": levels,
        "bit": ["un po'", "un pochino", "leggermente"],
        "event": ["dentista", "appuntamento dal dentista", "visita medica", "parrucchiere", "riunione di squadra",
                  "lezione di yoga", "lezione di piano", "allenamento di calcio", "club del libro", "colloquio di lavoro",
                  "tagliando della macchina", "veterinario", "festa di compleanno", "fisioterapia", "palestra"],
        "event_def": ["il [event_name : dentista]", "la [event_name : riunione di squadra]",
                      "la [event_name : lezione di yoga]", "la [event_name : lezione di piano]",
                      "il [event_name : colloquio di lavoro]", "la [event_name : festa di compleanno]",
                      "la [event_name : visita medica]", "il [event_name : tagliando della macchina]",
                      "il [event_name : parrucchiere]", "la [event_name : palestra]"],
        "a_meet": ["una [event_name : riunione]", "un [event_name : pranzo]", "una [event_name : cena]",
                   "una [event_name : chiamata]", "un [event_name : caffè]", "una [event_name : videochiamata]"],
        "meet": ["riunione", "pranzo", "cena", "chiamata", "caffè", "videochiamata"],
        "person": ["anna", "marco", "giulia", "luca", "francesca", "paolo", "chiara", "matteo", "sara", "giovanni"],
        "city": ["roma", "milano", "napoli", "torino", "firenze", "bologna", "londra", "parigi", "new york", "tokyo"],
        "weather_fut": ["pioverà", "nevicherà", "farà freddo", "farà caldo", "ci sarà il sole", "ci sarà vento"],
        "weather_adj": ["caldo", "freddo", "bel tempo"],
        "expr": maths(),
        "plug": ["presa", "presa smart", "presa intelligente", "presa del salotto"],
        "coffee": ["un [coffee_type : espresso]", "un [coffee_type : cappuccino]", "un [coffee_type : caffè macchiato]",
                   "un [coffee_type : caffè lungo]", "un [coffee_type : caffè americano]"],
        "genre": ["jazz", "rock", "musica classica", "pop", "musica rilassante", "rap"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "imposta un timer di {time=dur}",
        "timer di {time=dur}",
        "timer {time=dur}",
        "metti un timer di {time=dur}",
        "avvia un timer di {time=dur}",
        "fai partire un timer di {time=dur}",
        "conto alla rovescia di {time=dur}",
        "avvia il conto alla rovescia di {time=dur}",
        "imposta il timer su {time=dur}",
        "puoi impostare un timer di {time=dur}",
        "mi serve un timer di {time=dur}",
        "svegliami tra {time=dur}",
        "timer per {time=dur}",
        "un timer di {time=dur} per favore",
        "metti il timer a {time=dur}",
        "fammi partire un timer di {time=dur}",
    ]),
    ("alarm_set", 48, [
        "imposta una sveglia {at_clock}",
        "svegliami {at_clock}",
        "sveglia {at_clock}",
        "metti la sveglia {at_clock}",
        "puntami la sveglia {at_clock}",
        "svegliami {when} {at_clock}",
        "imposta una sveglia per {when} {at_clock}",
        "imposta la sveglia {at_clock} {general_frequency=freq}",
        "svegliami {general_frequency=freq} {at_clock}",
        "svegliami {at_morning} di [timeofday : mattina]",
        "metti una sveglia {at_evening} di [timeofday : sera]",
        "svegliami [date : domani] [timeofday : mattina] {at_morning}",
        "puoi svegliarmi {at_clock}",
        "voglio svegliarmi {at_clock}",
        "nuova sveglia {at_clock}",
        "sveglia {when} {at_clock}",
        "metti una sveglia per {when} {at_clock}",
        "imposta un allarme {at_clock}",
    ]),
    ("alarm_query", 8, [
        "quali sveglie ho", "mostrami le mie sveglie", "a che ora suona la sveglia", "quando suona la mia sveglia",
        "quanto manca al timer", "quanto tempo resta sul timer", "ho una sveglia per {when}", "elenca le mie sveglie",
        "ho delle sveglie impostate",
    ]),
    ("alarm_remove", 10, [
        "cancella la mia sveglia", "cancella tutte le sveglie", "ferma il timer", "annulla il timer",
        "togli la sveglia {at_clock}", "cancella la sveglia di {when}", "disattiva la sveglia",
        "elimina la sveglia di {when} {at_clock}", "annulla tutti i timer", "spegni la sveglia",
    ]),
    ("lists_createoradd", 34, [
        "aggiungi {items} alla (mia |)lista {list_of}",
        "metti {items} nella lista {list_of}",
        "aggiungi {items} alla lista",
        "scrivi {items} sulla lista {list_of}",
        "segna {items} nella lista {list_of}",
        "puoi aggiungere {items} alla lista {list_of}",
        "inserisci {items} nella lista {list_of}",
        "aggiungi {items2} alla mia lista {list_of}",
        "metti {items2} nella lista",
    ]),
    ("lists_createoradd", 12, [
        "crea una (nuova |)lista {list_of}",
        "fai una lista {list_of}",
        "crea una nuova lista",
        "nuova lista {list_of}",
        "inizia una lista {list_of}",
        "crea una lista chiamata [list_name : {list_plain}]",
    ]),
    ("lists_remove", 18, [
        "togli {item} dalla lista {list_of}",
        "rimuovi {item} dalla (mia |)lista {list_of}",
        "cancella {item} dalla lista",
        "elimina la lista {list_of}",
        "svuota la lista {list_of}",
        "depenna {item} dalla lista",
        "togli {item} dalla lista",
        "cancella la mia lista {list_of}",
    ]),
    ("lists_query", 16, [
        "cosa c'è nella lista {list_of}",
        "cosa c'è nella mia lista",
        "leggi la lista {list_of}",
        "leggimi la lista {list_of}",
        "mostrami la lista {list_of}",
        "quali liste ho",
        "c'è {item} nella lista {list_of}",
        "dimmi cosa c'è nella lista {list_of}",
        "cosa ho nella lista {list_of}",
    ]),
    ("iot_hue_lighton", 36, [
        "accendi la luce",
        "accendi le luci",
        "accendi la luce {in_room}",
        "accendi le luci {of_room}",
        "accendi la luce {of_room}",
        "accendi la {device_type=lamp}",
        "accendi la {device_type=lamp} {in_room}",
        "luce per favore",
        "luci accese",
        "puoi accendere la luce",
        "puoi accendere le luci {in_room}",
        "accendi tutte le luci",
        "è troppo buio accendi la luce",
        "accendere la luce",
        "accendi la luce per favore",
        "accendi l'illuminazione {in_room}",
        "fammi luce",
    ]),
    ("iot_hue_lightoff", 24, [
        "spegni la luce",
        "spegni le luci",
        "spegni la luce {in_room}",
        "spegni le luci {of_room}",
        "spegni la {device_type=lamp}",
        "spegni la {device_type=lamp} {in_room}",
        "spegni tutte le luci",
        "spegnere la luce",
        "puoi spegnere la luce",
        "luci spente",
        "spegni la luce per favore",
    ]),
    ("iot_hue_lightup", 14, [
        "alza la luce", "più luce", "aumenta la luminosità", "aumenta la luminosità {change_amount=pct_by}",
        "alza {change_amount=bit} la luce", "rendi la luce più forte", "luce più forte", "alza le luci {of_room}",
        "aumenta la luce", "più luce {in_room}", "alza {change_amount=bit} le luci",
    ]),
    ("iot_hue_lightdim", 14, [
        "abbassa la luce", "attenua la luce", "diminuisci la luminosità", "meno luce", "abbassa {change_amount=bit} la luce",
        "abbassa la luce {change_amount=pct_to}", "la luce è troppo forte", "abbassa le luci {of_room}",
        "luce più soffusa", "abbassa le luci", "attenua le luci {in_room}",
    ]),
    ("iot_hue_lightchange", 26, [
        "metti la luce {color_type=colour_f}",
        "cambia il colore della luce in {color_type=colour_m}",
        "luce {color_type=colour_f}",
        "metti le luci {of_room} in {color_type=colour_m}",
        "fai la luce {color_type=colour_f}",
        "cambia la luce in {color_type=colour_m}",
        "voglio la luce {color_type=colour_f}",
        "imposta la {device_type=lamp} sul colore {color_type=colour_m}",
        "imposta la luminosità {change_amount=pct_to}",
        "metti le luci {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "alza il volume", "più forte", "alza", "alza la musica", "alza {change_amount=bit} il volume",
        "aumenta il volume", "volume più alto", "non sento niente alza il volume", "puoi alzare il volume",
        "più forte per favore", "alza {change_amount=bit} la musica",
    ]),
    ("audio_volume_up", 12, [
        "metti il volume {change_amount=vol_to}", "volume {change_amount=vol_to}", "volume {change_amount=vol_bare}",
        "imposta il volume {change_amount=vol_to}", "alza il volume {change_amount=vol_to}",
        "porta il volume {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "abbassa il volume", "più piano", "abbassa", "abbassa la musica", "abbassa {change_amount=bit} il volume",
        "è troppo alto", "diminuisci il volume", "abbassa il volume {change_amount=vol_to}", "volume più basso",
        "più piano per favore", "puoi abbassare il volume", "abbassa {change_amount=bit} la musica",
    ]),
    ("audio_volume_mute", 9, [
        "silenzia", "silenzio", "togli l'audio", "muto", "disattiva l'audio", "zitto", "metti in muto",
        "togli il volume", "silenzia l'altoparlante",
    ]),
    ("calendar_set", 40, [
        "aggiungi {event_name=event} {cal_when} {at_cal}",
        "metti {event_name=event} in calendario {cal_when} {at_cal}",
        "segna {event_name=event} {cal_when} {at_cal}",
        "crea un evento {event_name=event} {cal_when} {at_cal}",
        "{event_name=meet} con {person=person} {cal_when} {at_cal}",
        "fissa {a_meet} con {person=person} {cal_when} {at_cal}",
        "aggiungi {a_meet} con {person=person} {cal_when} {at_cal}",
        "ho {event_def} {cal_when} {at_cal} segnalo in calendario",
        "aggiungi {event_name=event} al calendario {cal_when}",
        "nuovo appuntamento {event_name=event} {cal_when} {at_cal}",
        "aggiungi {event_name=event} {general_frequency=cal_freq} {at_cal}",
        "ricordami {event_def} {cal_when} {at_cal}",
    ]),
    ("calendar_query", 14, [
        "cosa ho {cal_when}", "cosa c'è in calendario {cal_when}", "mostrami il calendario di {when}",
        "qual è il mio prossimo appuntamento", "ho impegni {cal_when}", "che appuntamenti ho {cal_when}",
        "quando è {event_def}", "a che ora è {event_def}", "leggi la mia agenda", "ho qualcosa {cal_when}",
        "cosa devo fare {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "cancella {event_def} {cal_when}", "elimina {event_def} dal calendario", "annulla {event_def}",
        "cancella tutti gli appuntamenti di {when}", "togli {event_def} dall'agenda", "elimina gli impegni di {when}",
    ]),
    ("qa_maths", 24, [
        "quanto fa {expr}", "calcola {expr}", "{expr}", "qual è il risultato di {expr}", "mi dici quanto fa {expr}",
        "quanto è {expr}", "sai quanto fa {expr}", "calcolami {expr}",
    ]),
    ("datetime_query", 18, [
        "che ore sono", "che ora è", "dimmi l'ora", "mi dici che ore sono", "che giorno è [date : oggi]",
        "che data è [date : oggi]", "quanti ne abbiamo [date : oggi]", "che giorno è [date : domani]",
        "che data sarà [date : domani]", "che ore sono a {place_name=city}", "che giorno cade [date : natale] quest'anno",
        "che giorno è", "che ora è adesso", "che ore sono adesso a {place_name=city}", "che data è [date : venerdì prossimo]",
    ]),
    ("weather_query", 18, [
        "che tempo fa", "che tempo farà {when}", "meteo {when}", "che tempo fa a {place_name=city}",
        "{when} {weather_descriptor=weather_fut}", "{weather_descriptor=weather_fut} {when}",
        "farà {weather_descriptor=weather_adj} {when}", "qual è la [weather_descriptor : temperatura] fuori",
        "mi serve un [weather_descriptor : ombrello] {when}", "previsioni del tempo per {when}",
        "sta [weather_descriptor : piovendo] a {place_name=city}", "che tempo farà a {place_name=city} {when}",
        "quanti gradi ci sono fuori",
    ]),
    ("general_joke", 5, ["raccontami una barzelletta", "dimmi una barzelletta", "fammi ridere", "conosci qualche barzelletta",
                         "raccontami qualcosa di divertente"]),
    ("general_greet", 5, ["ciao", "buongiorno", "buonasera", "ciao come stai", "salve", "ehi ciao"]),
    ("iot_coffee", 5, ["fammi un caffè", "prepara un caffè", "ho bisogno di un caffè", "fammi {coffee}",
                       "accendi la macchina del caffè", "preparami {coffee}"]),
    ("iot_cleaning", 5, ["avvia l'aspirapolvere", "passa l'aspirapolvere {in_room}", "accendi il [device_type : robot aspirapolvere]",
                         "pulisci {in_room}", "fai partire il [device_type : robot aspirapolvere]"]),
    ("iot_wemo_on", 4, ["accendi la {device_type=plug}", "attiva la {device_type=plug}"]),
    ("iot_wemo_off", 4, ["spegni la {device_type=plug}", "disattiva la {device_type=plug}"]),
    ("play_music", 5, ["metti un po' di musica", "metti della musica", "metti {music_genre=genre}",
                       "fammi sentire un po' di {music_genre=genre}"]),
    ("play_radio", 3, ["accendi la radio", "metti la radio", "fammi sentire la radio"]),
]
