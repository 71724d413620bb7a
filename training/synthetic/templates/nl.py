"""Dutch (nl-NL) command templates. Pattern language: see ../README.md.

Clock times: "half acht" is 7:30, "kwart over zeven" 7:15, "kwart voor acht" 7:45; "uur" is inside
the time slot, "om" outside (as MASSIVE writes it). List names are the compound said
("boodschappenlijst"), as a recognizer writes it.
"""
from generate import tens_units

SMALL = ("nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
         "zeventien achttien negentien").split()
TENS = dict(zip(range(20, 100, 10), "twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()))
num = tens_units(SMALL, TENS, lambda t, u: u + ("ën" if u.endswith("e") else "en") + t, "honderd")


def both(n):
    return [str(n), num(n)]


def durations():
    out = ["een minuut", "1 minuut", "een uur", "1 uur", "een half uur", "anderhalf uur", "twee uur", "2 uur",
           "anderhalve minuut", "een kwartier", "drie kwartier", "twee en een halve minuut", "een uur en een kwartier"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} minuten" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} seconden" for w in both(n)]
    return out


def clocks():
    out = ["middernacht", "twaalf uur 's middags", "12 uur 's middags"]
    for h in range(1, 13):
        w, nxt = num(h), num(h % 12 + 1)
        out += [f"{h} uur", f"{w} uur", f"half {nxt}", f"kwart over {w}", f"kwart voor {nxt}", f"{h}:30", f"{h}:15",
                f"{h}:45", f"tien over {w}", f"{h}:05", f"{w} uur 's ochtends" if 5 <= h <= 11 else f"{h}:20"]
        if 6 <= h <= 11:
            out += [f"{w} uur 's avonds", f"{h} uur 's avonds"]
    for h in range(13, 24):
        out += [f"{h} uur", f"{num(h)} uur", f"{h}:30", f"{h}:15", f"{h}:00"]
    out += [f"0{h}:{m}" for h in range(5, 10) for m in ("00", "15", "30", "45")]
    return out


def bare(hours):
    out = []
    for h in hours:
        out += [f"{h} uur", f"{num(h)} uur", f"half {num(h % 12 + 1)}", f"kwart over {num(h)}", f"{h}:30"]
    return out


def calendar_clocks():
    out = ["12 uur", "half een"]
    for h in range(8, 21):
        h12 = h if h <= 12 else h - 12
        out += [f"{h} uur", f"{num(h)} uur", f"{h}:30", f"{h}:15", f"{h}:45", f"half {num(h12 % 12 + 1)}",
                f"kwart over {num(h12)}"]
    return out


def items():
    one = ["melk", "eieren", "brood", "appels", "peren", "bananen", "boter", "kaas", "koffie", "rijst", "pasta",
           "tomaten", "wc-papier", "afwasmiddel", "sinaasappelsap", "yoghurt", "kip", "uien", "aardappels", "wortels",
           "olijfolie", "suiker", "bloem", "havermelk", "kattenvoer", "batterijen", "citroenen", "knoflook"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} en {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} en {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("keer", "plus", "min", "gedeeld door", "maal"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 procent van 150", "vijftien procent van tachtig", "de wortel van 144", "de wortel van eenentachtig",
            "2 tot de macht 10", "zeven in het kwadraat"]
    return out


WHEN = ["[date : morgen]", "[date : vandaag]", "[date : overmorgen]", "op [date : maandag]", "op [date : dinsdag]",
        "[date : woensdag]", "op [date : donderdag]", "[date : vrijdag]", "op [date : zaterdag]", "[date : zondag]",
        "[date : volgende week vrijdag]", "[date : aanstaande maandag]"]
ROOMS = ["in de [house_place : woonkamer]", "in de [house_place : keuken]", "in de [house_place : slaapkamer]",
         "in de [house_place : badkamer]", "in de [house_place : gang]", "in het [house_place : kantoor]",
         "in de [house_place : eetkamer]", "in de [house_place : garage]", "in de [house_place : kinderkamer]",
         "op [house_place : zolder]", "in de [house_place : hal]", "in de [house_place : werkkamer]"]


def vocab():
    one, two, three = items()
    pct = [f"{w} procent" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare(range(5, 12)),
        "h_evening": bare(range(6, 12)),
        "when": WHEN,
        "cal_when": WHEN + ["op [date : twaalf juni]", "op [date : drie maart]", "[date : deze zaterdag]",
                            "op [date : de vijftiende]", "op [date : kerstavond]"],
        "freq": ["elke dag", "iedere werkdag", "doordeweeks", "elke ochtend", "elke maandag", "dagelijks", "op werkdagen"],
        "cal_freq": ["elke dag", "iedere werkdag", "doordeweeks", "elke maandag", "elke week"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["boodschappenlijst", "takenlijst", "to-do-lijst", "paklijst", "verlanglijst", "kerstlijst", "inkooplijst",
                 "klusjeslijst", "cadeaulijst", "campinglijst"],
        "list_plain": ["vakantie", "cadeaus", "feest", "verhuizing", "tuin", "weekend"],
        "in_room": ROOMS,
        "lamp": ["lamp", "bureaulamp", "staande lamp", "leeslamp", "plafondlamp", "schemerlamp"],
        "colour": ["rood", "groen", "blauw", "geel", "oranje", "paars", "roze", "wit", "warm wit", "turquoise"],
        "pct_to": [f"op {p}" for p in pct] + [f"naar {p}" for p in pct[::2]],
        "pct_by": [f"met {p}" for p in pct],
        "vol_to": [f"op {w}" for w in levels + pct[1::3]] + [f"naar {w}" for w in levels[::2]],
        "vol_bare": levels,
        "bit": ["een beetje", "iets", "wat"],
        "event": ["tandarts", "afspraak bij de tandarts", "huisarts", "kapper", "teamoverleg", "yogales", "pianoles",
                  "voetbaltraining", "boekenclub", "sollicitatiegesprek", "apk", "dierenarts", "verjaardagsfeest",
                  "vergadering", "sportschool", "ouderavond"],
        "meet": ["vergadering", "lunch", "etentje", "telefoontje", "koffie", "afspraak"],
        "person": ["anna", "tom", "sanne", "daan", "lisa", "jeroen", "emma", "bram", "fleur", "pieter"],
        "city": ["amsterdam", "rotterdam", "utrecht", "den haag", "eindhoven", "groningen", "brussel", "londen", "parijs",
                 "new york"],
        "weather_verb": ["regenen", "sneeuwen", "onweren"],
        "weather_adj": ["zonnig", "koud", "warm", "winderig", "mooi weer"],
        "expr": maths(),
        "plug": ["slimme stekker", "stekker", "contactdoos"],
        "coffee": ["cappuccino", "espresso", "latte macchiato", "koffie verkeerd"],
        "genre": ["jazz", "popmuziek", "klassieke muziek", "rock", "nederlandstalige muziek", "ontspannende muziek"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "zet een timer op {time=dur}",
        "zet een timer voor {time=dur}",
        "timer {time=dur}",
        "timer van {time=dur}",
        "start een timer van {time=dur}",
        "stel een timer in voor {time=dur}",
        "zet de timer op {time=dur}",
        "start het aftellen van {time=dur}",
        "kun je een timer zetten op {time=dur}",
        "ik heb een timer nodig van {time=dur}",
        "maak me wakker over {time=dur}",
        "timer op {time=dur} alsjeblieft",
        "wekker over {time=dur}",
        "zet even een timer van {time=dur}",
        "aftellen vanaf {time=dur}",
    ]),
    ("alarm_set", 48, [
        "zet een wekker om {time=clock}",
        "zet een wekker voor {time=clock}",
        "wek me om {time=clock}",
        "maak me wakker om {time=clock}",
        "wekker om {time=clock}",
        "zet de wekker op {time=clock}",
        "wek me {when} om {time=clock}",
        "zet een wekker voor {when} om {time=clock}",
        "zet een wekker om {time=clock} {general_frequency=freq}",
        "wek me {general_frequency=freq} om {time=clock}",
        "wek me om {time=h_morning} [timeofday : 's ochtends]",
        "zet een wekker om {time=h_evening} [timeofday : 's avonds]",
        "wek me [date : morgenochtend] om {time=h_morning}",
        "kun je me wekken om {time=clock}",
        "ik wil om {time=clock} wakker worden",
        "nieuwe wekker om {time=clock}",
        "alarm om {time=clock}",
        "stel een alarm in voor {time=clock}",
        "zet de wekker {when} op {time=clock}",
    ]),
    ("alarm_query", 8, [
        "welke wekkers heb ik", "laat mijn wekkers zien", "hoe laat gaat mijn wekker", "wanneer gaat de wekker af",
        "hoeveel tijd staat er nog op de timer", "hoe lang loopt de timer nog", "heb ik een wekker {when}",
        "welke alarmen staan er",
    ]),
    ("alarm_remove", 10, [
        "verwijder mijn wekker", "verwijder alle wekkers", "stop de timer", "annuleer de timer", "verwijder de wekker van {time=clock}",
        "zet de wekker voor {when} uit", "zet de wekker uit", "verwijder de wekker {when} om {time=clock}",
        "annuleer alle timers", "wekker uit",
    ]),
    ("lists_createoradd", 34, [
        "zet {items} op (de|mijn) {list_name=list}",
        "voeg {items} toe aan (de|mijn) {list_name=list}",
        "schrijf {items} op de {list_name=list}",
        "{items} op de {list_name=list}",
        "zet {items} op de lijst",
        "voeg {items} toe aan de lijst",
        "kun je {items} op mijn {list_name=list} zetten",
        "doe {items} op de {list_name=list}",
        "ik heb {items} nodig zet het op de {list_name=list}",
        "zet {items2} op mijn lijst",
    ]),
    ("lists_createoradd", 12, [
        "maak een nieuwe {list_name=list}",
        "maak een {list_name=list} aan",
        "maak een nieuwe lijst",
        "maak een lijst met de naam {list_name=list_plain}",
        "begin een nieuwe {list_name=list}",
    ]),
    ("lists_remove", 18, [
        "haal {item} van (de|mijn) {list_name=list}",
        "verwijder {item} van de {list_name=list}",
        "streep {item} door op de {list_name=list}",
        "haal {item} van de lijst",
        "verwijder mijn {list_name=list}",
        "maak de {list_name=list} leeg",
        "wis {item} van de lijst",
    ]),
    ("lists_query", 16, [
        "wat staat er op (de|mijn) {list_name=list}",
        "lees mijn {list_name=list} voor",
        "laat mijn {list_name=list} zien",
        "wat staat er op de lijst",
        "welke lijsten heb ik",
        "staat {item} op de {list_name=list}",
        "wat heb ik op mijn {list_name=list} staan",
    ]),
    ("iot_hue_lighton", 36, [
        "doe het licht aan",
        "licht aan",
        "zet het licht aan",
        "doe de lampen aan",
        "zet het licht {in_room} aan",
        "doe het licht {in_room} aan",
        "doe de {device_type=lamp} aan",
        "zet de {device_type=lamp} {in_room} aan",
        "alle lichten aan",
        "het is te donker doe het licht aan",
        "kun je het licht aandoen",
        "licht aan alsjeblieft",
        "schakel het licht in",
        "lampen aan",
        "doe het licht aan {in_room}",
        "licht {in_room} aan",
    ]),
    ("iot_hue_lightoff", 24, [
        "doe het licht uit",
        "licht uit",
        "zet het licht uit",
        "doe de lampen uit",
        "zet het licht {in_room} uit",
        "doe het licht {in_room} uit",
        "doe de {device_type=lamp} uit",
        "alle lichten uit",
        "kun je het licht uitdoen",
        "schakel het licht uit",
        "licht {in_room} uit",
    ]),
    ("iot_hue_lightup", 14, [
        "maak het licht feller", "feller", "zet het licht hoger", "helderheid omhoog", "verhoog de helderheid",
        "verhoog de helderheid {change_amount=pct_by}", "maak het licht {change_amount=bit} feller",
        "maak het lichter {in_room}", "meer licht", "licht feller",
    ]),
    ("iot_hue_lightdim", 14, [
        "dim het licht", "maak het licht zachter", "licht dimmen", "zet het licht lager", "dim het licht {in_room}",
        "verlaag de helderheid", "dim het licht {change_amount=bit}", "dim het licht {change_amount=pct_to}",
        "het licht is te fel", "minder licht",
    ]),
    ("iot_hue_lightchange", 26, [
        "maak het licht {color_type=colour}",
        "zet het licht op {color_type=colour}",
        "verander de kleur van het licht naar {color_type=colour}",
        "zet de lampen {in_room} op {color_type=colour}",
        "verander het licht naar {color_type=colour}",
        "kleur het licht {color_type=colour}",
        "maak de {device_type=lamp} {color_type=colour}",
        "zet de helderheid {change_amount=pct_to}",
        "zet het licht {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "harder", "zet het harder", "geluid harder", "volume omhoog", "zet het volume hoger", "verhoog het volume",
        "{change_amount=bit} harder", "zet de muziek harder", "ik hoor het niet zet het harder", "kun je het harder zetten",
        "harder alsjeblieft",
    ]),
    ("audio_volume_up", 12, [
        "zet het volume {change_amount=vol_to}", "volume {change_amount=vol_to}", "volume {change_amount=vol_bare}",
        "verhoog het volume {change_amount=vol_to}", "zet het geluid {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "zachter", "zet het zachter", "volume omlaag", "zet het volume lager", "verlaag het volume", "{change_amount=bit} zachter",
        "het is te hard", "zet de muziek zachter", "verlaag het volume {change_amount=vol_to}", "kun je het zachter zetten",
        "zachter alsjeblieft",
    ]),
    ("audio_volume_mute", 9, [
        "geluid uit", "dempen", "zet het geluid uit", "stil", "mute", "wees stil", "zet op stil", "demp het geluid",
    ]),
    ("calendar_set", 40, [
        "zet {event_name=event} {cal_when} om {time=cal_clock} in de agenda",
        "voeg {event_name=event} toe {cal_when} om {time=cal_clock}",
        "plan {event_name=event} {cal_when} om {time=cal_clock}",
        "{event_name=meet} met {person=person} {cal_when} om {time=cal_clock}",
        "plan een {event_name=meet} met {person=person} {cal_when} om {time=cal_clock}",
        "ik heb {cal_when} om {time=cal_clock} {event_name=event} zet dat in de agenda",
        "nieuwe afspraak {event_name=event} {cal_when} om {time=cal_clock}",
        "voeg {event_name=event} toe aan mijn agenda {cal_when}",
        "zet {event_name=event} {general_frequency=cal_freq} om {time=cal_clock} in de agenda",
        "zet {event_name=event} in mijn agenda {cal_when} om {time=cal_clock}",
    ]),
    ("calendar_query", 14, [
        "wat staat er {cal_when} in mijn agenda", "wat heb ik {cal_when}", "laat mijn agenda zien", "wat is mijn volgende afspraak",
        "heb ik {cal_when} iets", "wanneer heb ik {event_name=event}", "hoe laat heb ik {event_name=event}", "lees mijn agenda voor",
        "welke afspraken heb ik {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "annuleer {event_name=event} {cal_when}", "verwijder {event_name=event} uit mijn agenda", "zeg {event_name=event} af",
        "verwijder alle afspraken van [date : (morgen|vandaag|maandag|vrijdag)]", "haal {event_name=event} uit de agenda",
    ]),
    ("qa_maths", 24, [
        "hoeveel is {expr}", "wat is {expr}", "reken uit {expr}", "{expr}", "wat is de uitkomst van {expr}", "bereken {expr}",
    ]),
    ("datetime_query", 18, [
        "hoe laat is het", "hoe laat is het nu", "wat is de tijd", "zeg me hoe laat het is", "welke dag is het [date : vandaag]",
        "wat is de datum [date : vandaag]", "de hoeveelste is het [date : vandaag]", "welke dag is het [date : morgen]",
        "wat is de datum [date : morgen]", "hoe laat is het in {place_name=city}", "op welke dag valt [date : kerst] dit jaar",
        "welke datum is het", "wat voor dag is het [date : overmorgen]",
    ]),
    ("weather_query", 18, [
        "wat voor weer is het", "hoe is het weer", "hoe wordt het weer {when}", "weer {when}", "hoe is het weer in {place_name=city}",
        "gaat het {when} {weather_descriptor=weather_verb}", "wordt het {when} {weather_descriptor=weather_adj}",
        "wat is de [weather_descriptor : temperatuur] buiten", "heb ik {when} een [weather_descriptor : paraplu] nodig",
        "weerbericht voor {when}", "[weather_descriptor : regent] het in {place_name=city}", "hoe wordt het weer in {place_name=city} {when}",
    ]),
    ("general_joke", 5, ["vertel een grap", "vertel me een mop", "maak me aan het lachen", "ken je een goede grap", "zeg iets grappigs"]),
    ("general_greet", 5, ["hallo", "goedemorgen", "goedenavond", "hoi hoe gaat het", "goedemiddag", "hey"]),
    ("iot_coffee", 5, ["zet koffie", "maak een kopje koffie voor me", "ik wil koffie", "maak een {coffee_type=coffee} voor me",
                       "zet het koffiezetapparaat aan"]),
    ("iot_cleaning", 5, ["zet de stofzuiger aan", "stofzuig de [house_place : woonkamer]", "start de [device_type : robotstofzuiger]",
                         "maak de [house_place : keuken] schoon", "zet de [device_type : robotstofzuiger] aan"]),
    ("iot_wemo_on", 4, ["zet de {device_type=plug} aan", "schakel de {device_type=plug} in"]),
    ("iot_wemo_off", 4, ["zet de {device_type=plug} uit", "schakel de {device_type=plug} uit"]),
    ("play_music", 5, ["zet muziek op", "speel wat {music_genre=genre}", "zet {music_genre=genre} op", "speel muziek"]),
    ("play_radio", 3, ["zet de radio aan", "speel de radio", "radio aan"]),
]
