"""Afrikaans (af-ZA) command templates. Pattern language: see ../README.md.

Clock times: "half agt" is 7:30, "kwart oor sewe" 7:15, "kwart voor agt" 7:45; "uur" (also written
together: "agtuur") is inside the time slot, "om" / "vir" outside, as af-ZA's MASSIVE train records
write it. List names without the separate word "lys" ("my [list_name : inkopie] lys"), the majority
there. change_amount keeps its preposition inside ("[change_amount : na twintig persent]",
"[change_amount : met tien persent]"), the majority of af-ZA's train records. Numbers above twenty
both spaced ("vyf en twintig") and hyphenated ("vyf-en-twintig"), as both occur.
"""
from generate import tens_units

SMALL = ("nul een twee drie vier vyf ses sewe agt nege tien elf twaalf dertien veertien vyftien sestien "
         "sewentien agtien negentien").split()
TENS = dict(zip(range(20, 100, 10), "twintig dertig veertig vyftig sestig sewentig tagtig negentig".split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{u} en {t}", "honderd")
num_h = tens_units(SMALL, TENS, lambda t, u: f"{u}-en-{t}", "honderd")


def both(n):
    out = [str(n), num(n)]
    if num_h(n) != num(n) and n % 3 == 0:
        out.append(num_h(n))
    return out


def hour_word(h):
    """'sewe uur' or, written together, 'sewe-uur' / 'agtuur' (AWS: agtuur, sewe-uur)."""
    w = num(h)
    return [f"{w} uur", (f"{w}-uur" if w.endswith("e") else f"{w}uur")]


def durations():
    out = ["een minuut", "1 minuut", "'n minuut", "'n uur", "een uur", "1 uur", "'n halfuur", "'n half uur",
           "anderhalf uur", "twee uur", "2 uur", "twee ure", "'n kwartier", "drie kwartier",
           "'n uur en 'n half", "anderhalwe minuut", "twee en 'n half minute"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} minute" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} sekondes" for w in both(n)]
    return out


def clocks():
    out = ["middernag", "twaalf uur die middag", "12 uur die middag", "twaalfuur"]
    for h in range(1, 13):
        w, nxt = num(h), num(h % 12 + 1)
        out += [f"{h} uur", *hour_word(h), f"half {nxt}", f"kwart oor {w}", f"kwart voor {nxt}", f"{h}:30",
                f"{h}:15", f"{h}:45", f"tien oor {w}", f"tien voor {nxt}", f"{h}:05", f"vyf oor {w}"]
        if 5 <= h <= 11:
            out += [f"{w} uur die oggend", f"{h} uur in die oggend"]
        if 6 <= h <= 11:
            out += [f"{w} uur die aand", f"{h} uur in die aand"]
        if 1 <= h <= 5:
            out += [f"{w} uur die middag"]
    for h in range(13, 24):
        out += [f"{h}:00", f"{h}:30", f"{h}:15", f"{h}:45"]
    out += [f"0{h}:{m}" for h in range(5, 10) for m in ("00", "15", "30", "45")]
    return out


def bare(hours):
    out = []
    for h in hours:
        out += [f"{h} uur", *hour_word(h), f"half {num(h % 12 + 1)}", f"kwart oor {num(h)}", f"{h}:30"]
    return out


def calendar_clocks():
    out = ["twaalfuur", "12 uur", "half een"]
    for h in range(8, 21):
        h12 = h if h <= 12 else h - 12
        out += [f"{h}:00", f"{h}:30", f"{h}:15", f"{h}:45", f"half {num(h12 % 12 + 1)}", f"kwart oor {num(h12)}"]
        if h <= 12:
            out += [f"{h} uur", *hour_word(h)]
        else:
            out += [f"{num(h12)} uur die middag" if h12 <= 5 else f"{num(h12)} uur die aand"]
    return out


def items():
    one = ["melk", "eiers", "brood", "appels", "pere", "piesangs", "botter", "kaas", "koffie", "rys", "pasta",
           "tamaties", "toiletpapier", "opwasmiddel", "lemoensap", "jogurt", "hoender", "uie", "aartappels", "wortels",
           "olyfolie", "suiker", "meel", "hawermelk", "katkos", "batterye", "suurlemoene", "knoffel", "boerewors",
           "mieliemeel"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10), (28, 29)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16), (28, 17, 29)]
    return (one, [f"{one[a]} en {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} en {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("keer", "plus", "minus", "gedeel deur", "maal"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 persent van 150", "vyftien persent van tagtig", "die vierkantswortel van 144",
            "die vierkantswortel van een en tagtig", "2 tot die mag 10"]
    return out


WHEN = ["[date : môre]", "[date : vandag]", "[date : oormôre]", "op [date : maandag]", "op [date : dinsdag]",
        "[date : woensdag]", "op [date : donderdag]", "[date : vrydag]", "op [date : saterdag]", "[date : sondag]",
        "[date : volgende vrydag]", "[date : volgende week maandag]", "[date : hierdie naweek]"]
ROOMS = ["in die [house_place : sitkamer]", "in die [house_place : kombuis]", "in die [house_place : slaapkamer]",
         "in die [house_place : badkamer]", "in die [house_place : gang]", "in die [house_place : kantoor]",
         "in die [house_place : eetkamer]", "in die [house_place : motorhuis]", "in die [house_place : kinderkamer]",
         "op die [house_place : stoep]", "in die [house_place : studeerkamer]", "in die [house_place : gastekamer]",
         "in die [house_place : tv kamer]"]


def vocab():
    one, two, three = items()
    pct = [f"{w} persent" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare(range(5, 12)),
        "h_evening": bare(range(6, 12)),
        "when": WHEN,
        "cal_when": WHEN + ["op [date : twaalf junie]", "op [date : drie maart]", "[date : hierdie saterdag]",
                            "op [date : die vyftiende]", "op [date : oukersaand]", "[date : volgende dinsdag]"],
        "freq": ["elke dag", "elke weeksdag", "op weeksdae", "elke oggend", "elke maandag", "daagliks", "elke werksdag"],
        "cal_freq": ["elke dag", "elke weeksdag", "elke maandag", "elke week", "weekliks"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["inkopie", "kruideniersware", "te doen", "pak", "kersfees", "verjaarsdag", "kampeer", "werk",
                 "naweek", "hardeware", "geskenk", "vakansie"],
        "in_room": ROOMS,
        "lamp": ["lamp", "bedlamp", "staanlamp", "leeslamp", "plafonlig", "lessenaarlamp", "buitelig"],
        "colour": ["rooi", "groen", "blou", "geel", "oranje", "pers", "pienk", "wit", "warm wit", "turkoois"],
        "pct_to": [f"na {p}" for p in pct] + [f"op {p}" for p in pct[::2]],
        "pct_by": [f"met {p}" for p in pct],
        "vol_to": [f"na {w}" for w in levels + pct[1::3]] + [f"op {w}" for w in levels[::2]],
        "vol_bare": levels,
        "bit": ["'n bietjie", "effens", "'n klein bietjie"],
        "event": ["tandarts", "tandartsafspraak", "dokter", "haarkapper", "spanvergadering", "jogaklas", "klavierles",
                  "sokkeroefening", "rugbyoefening", "boekklub", "werksonderhoud", "motordiens", "veearts",
                  "verjaarsdagpartytjie", "vergadering", "gimnasium", "ouervergadering", "braai"],
        "meet": ["vergadering", "middagete", "aandete", "oproep", "koffie", "afspraak"],
        "person": ["anna", "pieter", "sanet", "johan", "lize", "thabo", "marelize", "werner", "karin", "sipho"],
        "city": ["kaapstad", "johannesburg", "pretoria", "durban", "bloemfontein", "stellenbosch", "gqeberha",
                 "windhoek", "londen", "polokwane"],
        "weather_verb": ["reën", "sneeu", "donderstorm"],
        "weather_adj": ["sonnig", "koud", "warm", "winderig", "bewolk"],
        "expr": maths(),
        "plug": ["slim prop", "kragprop", "muurprop"],
        "coffee": ["cappuccino", "espresso", "latte", "americano", "flat white"],
        "genre": ["jazz", "popmusiek", "klassieke musiek", "rock", "afrikaanse musiek", "ontspannende musiek",
                  "boeremusiek"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "stel 'n timer vir {time=dur}",
        "stel 'n tydhouer vir {time=dur}",
        "timer {time=dur}",
        "timer vir {time=dur}",
        "begin 'n timer vir {time=dur}",
        "sit 'n timer aan vir {time=dur}",
        "stel die timer op {time=dur}",
        "kan jy 'n timer stel vir {time=dur}",
        "ek het 'n timer nodig vir {time=dur}",
        "maak my wakker oor {time=dur}",
        "stel asseblief 'n timer vir {time=dur}",
        "tel af van {time=dur}",
        "begin 'n aftelling van {time=dur}",
        "stel gou 'n timer vir {time=dur}",
        "herinner my oor {time=dur}",
    ]),
    ("alarm_set", 48, [
        "stel 'n wekker vir {time=clock}",
        "stel 'n alarm vir {time=clock}",
        "maak my wakker om {time=clock}",
        "wek my om {time=clock}",
        "wekker vir {time=clock}",
        "alarm om {time=clock}",
        "stel die wekker op {time=clock}",
        "maak my {when} wakker om {time=clock}",
        "stel 'n wekker vir {when} om {time=clock}",
        "stel 'n alarm om {time=clock} {general_frequency=freq}",
        "maak my {general_frequency=freq} wakker om {time=clock}",
        "maak my wakker om {time=h_morning} [timeofday : soggens]",
        "stel 'n wekker vir {time=h_evening} [timeofday : vanaand]",
        "stel 'n alarm vir {time=h_morning} [date : môre] [timeofday : oggend]",
        "kan jy my om {time=clock} wakker maak",
        "ek wil om {time=clock} opstaan",
        "nuwe alarm vir {time=clock}",
        "stel asseblief 'n alarm vir {time=clock}",
        "sit 'n alarm aan vir {time=clock}",
    ]),
    ("alarm_query", 8, [
        "watter alarms het ek", "wys my alarms", "hoe laat gaan my wekker af", "wanneer gaan die wekker af",
        "hoeveel tyd is oor op die timer", "hoe lank het die timer nog", "het ek 'n alarm {when}",
        "watter wekkers is gestel", "is daar 'n alarm gestel",
    ]),
    ("alarm_remove", 10, [
        "skrap my alarm", "skrap al die alarms", "stop die timer", "kanselleer die timer", "skrap die alarm vir {time=clock}",
        "skakel die wekker vir {when} af", "skakel die wekker af", "verwyder die alarm {when} om {time=clock}",
        "kanselleer al die timers", "wekker af", "kanselleer my alarm vir {time=clock}",
    ]),
    ("lists_createoradd", 34, [
        "sit {items} op (die|my) {list_name=list} lys",
        "voeg {items} by (die|my) {list_name=list} lys",
        "voeg {items} by my {list_name=list} lys asseblief",
        "{items} op die {list_name=list} lys",
        "sit {items} op die lys",
        "voeg {items} by die lys",
        "kan jy {items} op my {list_name=list} lys sit",
        "skryf {items} op die {list_name=list} lys",
        "ek het {items} nodig sit dit op die {list_name=list} lys",
        "sit {items2} op my lys",
        "voeg asseblief {items2} by my {list_name=list} lys",
    ]),
    ("lists_createoradd", 12, [
        "maak 'n nuwe {list_name=list} lys",
        "skep 'n {list_name=list} lys",
        "skep 'n nuwe lys",
        "begin 'n nuwe {list_name=list} lys",
        "maak 'n lys met die naam {list_name=list}",
        "ek wil 'n nuwe {list_name=list} lys begin",
    ]),
    ("lists_remove", 18, [
        "haal {item} van (die|my) {list_name=list} lys af",
        "verwyder {item} van die {list_name=list} lys",
        "skrap {item} van my {list_name=list} lys",
        "haal {item} van die lys af",
        "skrap my {list_name=list} lys",
        "vee die {list_name=list} lys uit",
        "verwyder {item} van die lys",
    ]),
    ("lists_query", 16, [
        "wat is op (die|my) {list_name=list} lys",
        "lees my {list_name=list} lys voor",
        "wys my {list_name=list} lys",
        "wat is op die lys",
        "watter lyste het ek",
        "is {item} op die {list_name=list} lys",
        "wat staan op my {list_name=list} lys",
        "wat het ek op my {list_name=list} lys",
    ]),
    ("iot_hue_lighton", 36, [
        "skakel die lig aan",
        "skakel die ligte aan",
        "ligte aan",
        "lig aan",
        "sit die lig aan",
        "sit die ligte aan",
        "skakel die ligte {in_room} aan",
        "sit die lig {in_room} aan",
        "skakel die {device_type=lamp} aan",
        "sit die {device_type=lamp} {in_room} aan",
        "skakel al die ligte aan",
        "dis te donker skakel die lig aan",
        "kan jy die lig aanskakel",
        "ligte aan asseblief",
        "skakel asseblief die ligte aan",
        "skakel die ligte aan {in_room}",
        "ligte {in_room} aan",
        "sit asseblief die {device_type=lamp} aan",
        "kan jy die ligte {in_room} aansit",
    ]),
    ("iot_hue_lightoff", 24, [
        "skakel die lig af",
        "skakel die ligte af",
        "ligte af",
        "lig af",
        "sit die lig af",
        "skakel die ligte {in_room} af",
        "sit die ligte {in_room} af",
        "skakel die {device_type=lamp} af",
        "skakel al die ligte af",
        "kan jy die lig afskakel",
        "skakel asseblief die ligte af",
        "ligte {in_room} af",
    ]),
    ("iot_hue_lightup", 14, [
        "maak die ligte helderder", "helderder", "maak die lig helderder", "verhoog die helderheid", "draai die ligte op",
        "verhoog die helderheid {change_amount=pct_by}", "maak die ligte {change_amount=bit} helderder",
        "maak die ligte {in_room} helderder", "meer lig asseblief", "ligte helderder",
    ]),
    ("iot_hue_lightdim", 14, [
        "verdof die ligte", "verdof die lig", "maak die ligte dowwer", "verlaag die helderheid", "verdof die ligte {in_room}",
        "draai die ligte 'n bietjie af", "verdof die ligte {change_amount=bit}", "verdof die ligte {change_amount=pct_to}",
        "die lig is te helder", "minder lig asseblief",
    ]),
    ("iot_hue_lightchange", 26, [
        "maak die ligte {color_type=colour}",
        "maak die lig {color_type=colour}",
        "stel die lig op {color_type=colour}",
        "verander die ligte na {color_type=colour}",
        "verander die kleur van die lig na {color_type=colour}",
        "verander die ligte {in_room} na {color_type=colour}",
        "maak die {device_type=lamp} {color_type=colour}",
        "stel die helderheid {change_amount=pct_to}",
        "stel die ligte {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "harder", "sit dit harder", "draai die volume op", "volume op", "sit die volume harder", "verhoog die volume",
        "{change_amount=bit} harder", "sit die musiek harder", "ek kan nie hoor nie sit dit harder", "kan jy dit harder sit",
        "harder asseblief", "draai die klank op",
    ]),
    ("audio_volume_up", 12, [
        "stel die volume {change_amount=vol_to}", "volume {change_amount=vol_to}", "volume {change_amount=vol_bare}",
        "verhoog die volume {change_amount=vol_to}", "sit die volume {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "sagter", "sit dit sagter", "volume af", "draai die volume af", "verlaag die volume", "{change_amount=bit} sagter",
        "dis te hard", "sit die musiek sagter", "verlaag die volume {change_amount=vol_to}", "kan jy dit sagter sit",
        "sagter asseblief", "draai die klank af",
    ]),
    ("audio_volume_mute", 9, [
        "demp", "demp die klank", "klank af", "stilte", "mute", "bly stil", "sit die klank af", "skakel die klank af",
        "stil asseblief",
    ]),
    ("calendar_set", 40, [
        "sit {event_name=event} {cal_when} om {time=cal_clock} in my kalender",
        "voeg {event_name=event} {cal_when} om {time=cal_clock} by",
        "skeduleer {event_name=event} {cal_when} om {time=cal_clock}",
        "{event_name=meet} met {person=person} {cal_when} om {time=cal_clock}",
        "skeduleer 'n {event_name=meet} met {person=person} {cal_when} om {time=cal_clock}",
        "ek het {cal_when} om {time=cal_clock} {event_name=event} sit dit in die kalender",
        "nuwe afspraak {event_name=event} {cal_when} om {time=cal_clock}",
        "voeg {event_name=event} by my kalender {cal_when}",
        "sit {event_name=event} {general_frequency=cal_freq} om {time=cal_clock} in die kalender",
        "sit {event_name=event} in my kalender vir {cal_when} om {time=cal_clock}",
    ]),
    ("calendar_query", 14, [
        "wat is {cal_when} in my kalender", "wat het ek {cal_when}", "wys my kalender", "wat is my volgende afspraak",
        "het ek {cal_when} iets", "wanneer is my {event_name=event}", "hoe laat is my {event_name=event}",
        "lees my kalender voor", "watter afsprake het ek {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "kanselleer {event_name=event} {cal_when}", "verwyder {event_name=event} uit my kalender",
        "skrap my {event_name=event} {cal_when}",
        "skrap al my afsprake vir [date : (môre|vandag|maandag|vrydag)]", "haal {event_name=event} uit die kalender",
    ]),
    ("qa_maths", 24, [
        "hoeveel is {expr}", "wat is {expr}", "reken uit {expr}", "{expr}", "wat is die antwoord van {expr}", "bereken {expr}",
    ]),
    ("datetime_query", 18, [
        "hoe laat is dit", "hoe laat is dit nou", "wat is die tyd", "sê vir my hoe laat dit is", "watter dag is dit [date : vandag]",
        "wat is die datum [date : vandag]", "die hoeveelste is dit [date : vandag]", "watter dag is dit [date : môre]",
        "wat is die datum [date : môre]", "hoe laat is dit in {place_name=city}", "op watter dag val [date : kersfees] vanjaar",
        "wat is die datum", "watter dag is [date : oormôre]", "wat is die tyd in {place_name=city}",
    ]),
    ("weather_query", 18, [
        "hoe is die weer", "wat is die weer", "hoe gaan die weer {when} wees", "weer {when}", "hoe is die weer in {place_name=city}",
        "gaan dit {when} {weather_descriptor=weather_verb}", "gaan dit {when} {weather_descriptor=weather_adj} wees",
        "wat is die [weather_descriptor : temperatuur] buite", "het ek {when} 'n [weather_descriptor : sambreel] nodig",
        "weervoorspelling vir {when}", "[weather_descriptor : reën] dit in {place_name=city}",
        "hoe gaan die weer in {place_name=city} {when} wees",
    ]),
    ("general_joke", 5, ["vertel my 'n grap", "vertel 'n grap", "maak my lag", "ken jy 'n goeie grap", "sê iets snaaks"]),
    ("general_greet", 5, ["hallo", "goeiemôre", "goeienaand", "hallo hoe gaan dit", "goeiemiddag", "haai"]),
    ("iot_coffee", 5, ["maak vir my koffie", "maak vir my 'n koppie koffie", "ek wil koffie hê",
                       "maak vir my 'n {coffee_type=coffee}", "skakel die koffiemasjien aan"]),
    ("iot_cleaning", 5, ["skakel die stofsuier aan", "stofsuig die [house_place : sitkamer]",
                         "begin die [device_type : robotstofsuier]", "maak die [house_place : kombuis] skoon",
                         "skakel die [device_type : robotstofsuier] aan"]),
    ("iot_wemo_on", 4, ["skakel die {device_type=plug} aan", "sit die {device_type=plug} aan"]),
    ("iot_wemo_off", 4, ["skakel die {device_type=plug} af", "sit die {device_type=plug} af"]),
    ("play_music", 5, ["speel musiek", "speel 'n bietjie {music_genre=genre}", "sit {music_genre=genre} aan", "sit musiek aan",
                       "speel {music_genre=genre}"]),
    ("play_radio", 3, ["skakel die radio aan", "speel die radio", "radio aan", "sit die radio aan"]),
]
