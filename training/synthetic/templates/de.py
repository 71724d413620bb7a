"""German (de-DE) command templates. Pattern language: see ../README.md.

Clock times: "halb acht" is 7:30, "viertel nach sieben" 7:15, "viertel vor acht" 7:45; "uhr" is
inside the time slot, "um" outside (as MASSIVE writes it). List names are the compound said
("einkaufsliste"), as a recognizer writes it.
"""
from generate import tens_units

SMALL = ("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
         "fünfzehn sechzehn siebzehn achtzehn neunzehn").split()
TENS = dict(zip(range(20, 100, 10), "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()))
num = tens_units(SMALL, TENS, lambda t, u: ("ein" if u == "eins" else u) + "und" + t, "hundert")


def both(n):
    return [str(n), num(n)]


def hour(n):
    """An hour before 'uhr': ein uhr, not eins uhr."""
    return "ein" if n == 1 else num(n)


def durations():
    out = ["eine minute", "1 minute", "eine stunde", "1 stunde", "eine halbe stunde", "eineinhalb stunden",
           "anderthalb stunden", "eine dreiviertelstunde", "eine viertelstunde", "zwei stunden", "2 stunden",
           "eine stunde und 30 minuten", "2 minuten und 30 sekunden", "eineinhalb minuten"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} minuten" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} sekunden" for w in both(n)]
    return out


def dative(d):
    """After in / mit / von: einer minute, einer halben stunde."""
    if not d.startswith("eine ") or d.startswith("eineinhalb"):
        return d
    return "einer " + d[5:].replace("halbe ", "halben ", 1)


def clocks():
    out = ["mitternacht", "12 uhr mittags", "zwölf uhr mittags"]
    for h in range(1, 13):
        nxt = h % 12 + 1
        out += [f"{h} uhr", f"{hour(h)} uhr", f"{h}:30", f"{h} uhr 30", f"{hour(h)} uhr dreißig", f"{h}:15",
                f"{h}:45", f"{hour(h)} uhr fünfzehn", f"halb {num(nxt)}", f"viertel nach {num(h)}",
                f"viertel vor {num(nxt)}", f"{h}:05", f"{h}:20", f"zehn nach {num(h)}"]
    for h in range(13, 24):
        out += [f"{h} uhr", f"{num(h)} uhr", f"{h}:30", f"{h} uhr 15", f"{num(h)} uhr dreißig"]
    out += [f"0{h}:{m}" for h in range(5, 10) for m in ("00", "15", "30", "45")]
    return out


def bare_hours(hours):
    out = []
    for h in hours:
        out += [f"{h} uhr", f"{hour(h)} uhr", f"halb {num(h % 12 + 1)}", f"{h}:30", f"viertel nach {num(h)}", num(h)]
    return out


def calendar_clocks():
    out = ["12 uhr", "zwölf uhr", "halb eins"]
    for h in range(8, 21):
        h12 = h if h <= 12 else h - 12
        out += [f"{h} uhr", f"{hour(h)} uhr", f"{h}:30", f"{h} uhr 30", f"{h}:15", f"{h}:45",
                f"halb {num(h12 % 12 + 1)}", f"viertel nach {num(h12)}", f"viertel vor {num(h12 % 12 + 1)}"]
    return out


def items():
    one = ["milch", "eier", "brot", "äpfel", "birnen", "bananen", "butter", "käse", "kaffee", "reis", "nudeln",
           "tomaten", "klopapier", "spülmittel", "orangensaft", "joghurt", "hähnchen", "zwiebeln", "kartoffeln",
           "karotten", "olivenöl", "zucker", "mehl", "hafermilch", "katzenfutter", "batterien", "zitronen", "knoblauch"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} und {one[b]}" for a, b in pairs],
            [f"{one[a]} {one[b]} und {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("mal", "plus", "minus", "geteilt durch", "multipliziert mit"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 prozent von 150", "fünfzehn prozent von achtzig", "die wurzel aus 144", "die wurzel aus einundachtzig",
            "2 hoch 10", "sieben zum quadrat"]
    return out


ROOMS = ["im [house_place : wohnzimmer]", "in der [house_place : küche]", "im [house_place : schlafzimmer]",
         "im [house_place : bad]", "im [house_place : badezimmer]", "im [house_place : flur]", "im [house_place : büro]",
         "im [house_place : esszimmer]", "in der [house_place : garage]", "im [house_place : kinderzimmer]",
         "im [house_place : keller]", "im [house_place : gästezimmer]", "im [house_place : arbeitszimmer]"]


def vocab():
    one, two, three = items()
    pct = [f"{w} prozent" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "dur_dat": [dative(d) for d in durations()],
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare_hours(range(5, 12)),
        "h_evening": bare_hours(range(6, 12)),
        "when": ["[date : morgen]", "[date : heute]", "[date : übermorgen]", "am [date : montag]", "am [date : dienstag]",
                 "am [date : mittwoch]", "am [date : donnerstag]", "am [date : freitag]", "am [date : samstag]",
                 "am [date : sonntag]", "[date : nächsten montag]", "[date : nächsten freitag]"],
        "cal_when": ["[date : morgen]", "[date : heute]", "[date : übermorgen]", "am [date : montag]",
                     "am [date : dienstag]", "am [date : mittwoch]", "am [date : donnerstag]", "am [date : freitag]",
                     "am [date : samstag]", "[date : nächsten dienstag]", "am [date : zwölften juni]",
                     "am [date : dritten märz]", "[date : diesen samstag]", "an [date : heiligabend]"],
        "freq": ["jeden tag", "jeden werktag", "werktags", "täglich", "jeden montag", "jeden morgen"],
        "cal_freq": ["jeden tag", "jeden werktag", "werktags", "täglich", "jeden montag"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["einkaufsliste", "packliste", "to-do-liste", "weihnachtsliste", "geburtstagsliste", "campingliste",
                 "baumarktliste", "wunschliste", "aufgabenliste", "liste für den urlaub"],
        "list_plain": ["urlaub", "geschenke", "party", "wochenende", "arbeit", "garten"],
        "in_room": ROOMS,
        "lamp": ["lampe", "stehlampe", "schreibtischlampe", "nachttischlampe", "deckenlampe", "leselampe"],
        "colour": ["rot", "grün", "blau", "gelb", "orange", "lila", "pink", "weiß", "warmweiß", "türkis", "violett"],
        "pct_to": [f"auf {p}" for p in pct],
        "pct_by": [f"um {p}" for p in pct],
        "vol_to": [f"auf {w}" for w in levels + pct[1::3]],
        "vol_bare": levels,
        "bit": ["etwas", "ein bisschen", "ein wenig", "ein bisschen mehr"],
        "event": ["zahnarzt", "zahnarzttermin", "arzttermin", "friseur", "teammeeting", "yogakurs", "klavierstunde",
                  "fußballtraining", "buchclub", "vorstellungsgespräch", "elternabend", "werkstatttermin", "tierarzt",
                  "geburtstagsfeier", "besprechung", "projektbesprechung", "physiotherapie"],
        "meet": ["meeting", "mittagessen", "abendessen", "telefonat", "treffen", "frühstück"],
        "person": ["anna", "tom", "sarah", "michael", "jonas", "lena", "peter", "julia", "max", "sophie"],
        "city": ["berlin", "hamburg", "münchen", "köln", "wien", "zürich", "paris", "london", "new york", "tokio"],
        "weather_verb": ["regnen", "schneien", "sonnig", "windig", "kalt", "warm", "heiß"],
        "weather_adj": ["warm", "kalt", "heiß", "windig"],
        "expr": maths(),
        "plug": ["steckdose", "smarte steckdose", "zwischenstecker", "wlan steckdose"],
        "coffee": ["espresso", "cappuccino", "latte macchiato", "milchkaffee"],
        "genre": ["jazz", "rockmusik", "klassische musik", "popmusik", "hip hop", "entspannungsmusik"],
        "vacuum": ["staubsauger", "saugroboter", "staubsaugerroboter"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "stell einen timer auf {time=dur}",
        "stelle einen timer für {time=dur}",
        "stell einen timer für {time=dur}",
        "timer {time=dur}",
        "timer auf {time=dur}",
        "timer für {time=dur}",
        "starte einen timer mit {time=dur_dat}",
        "starte einen timer für {time=dur}",
        "stell den timer auf {time=dur}",
        "countdown {time=dur}",
        "countdown von {time=dur_dat}",
        "kannst du einen timer auf {time=dur} stellen",
        "ich brauche einen timer für {time=dur}",
        "stell bitte einen timer auf {time=dur}",
        "stell mir einen timer auf {time=dur}",
        "stell einen kurzzeitwecker auf {time=dur}",
        "weck mich in {time=dur_dat}",
        "starte den countdown für {time=dur}",
        "timer {time=dur} bitte",
    ]),
    ("alarm_set", 48, [
        "stell einen wecker (auf|für|um) {time=clock}",
        "stelle einen wecker (auf|für|um) {time=clock}",
        "wecker (auf|für|um) {time=clock}",
        "weck mich um {time=clock}",
        "weck mich um {time=clock} auf",
        "weck mich {when} um {time=clock}",
        "wecke mich {when} um {time=clock}",
        "stell den wecker {when} auf {time=clock}",
        "stell einen wecker für {when} um {time=clock}",
        "alarm um {time=clock}",
        "stelle einen alarm für {time=clock}",
        "stell einen wecker auf {time=clock} {general_frequency=freq}",
        "weck mich {general_frequency=freq} um {time=clock}",
        "weck mich um {time=h_morning} [timeofday : morgens]",
        "stell einen wecker für {time=h_evening} [timeofday : abends]",
        "weck mich [date : morgen] [timeofday : früh] um {time=h_morning}",
        "stell den wecker auf [date : morgen] {time=h_morning}",
        "kannst du mich um {time=clock} wecken",
        "kannst du einen wecker für {time=clock} stellen",
        "neuer wecker {time=clock}",
        "wecker {when} {time=clock}",
        "ich möchte um {time=clock} geweckt werden",
    ]),
    ("alarm_query", 8, [
        "welche wecker habe ich", "zeig (mir |)meine wecker", "wann klingelt mein wecker", "welche timer laufen",
        "wie lange läuft der timer noch", "habe ich einen wecker für {when}", "ist mein wecker gestellt",
        "wie viel zeit hat der timer noch", "liste meine wecker auf",
    ]),
    ("alarm_remove", 10, [
        "lösche meinen wecker", "lösche alle wecker", "stopp den timer", "brich den timer ab", "timer abbrechen",
        "lösche den wecker um {time=clock}", "schalte den wecker für {when} aus", "mach den wecker aus",
        "lösche den wecker {when} um {time=clock}", "entferne alle timer", "wecker aus",
    ]),
    ("lists_createoradd", 34, [
        "setz {items} auf (meine|die) {list_name=list}",
        "setze {items} auf die {list_name=list}",
        "füge {items} zu (meiner|der) {list_name=list} hinzu",
        "füge {items} zur {list_name=list} hinzu",
        "schreib {items} auf (meine|die) {list_name=list}",
        "{items} auf die {list_name=list}",
        "pack {items} auf die {list_name=list}",
        "setz {items} auf die liste",
        "schreib {items2} auf die liste",
        "füge {items} hinzu zur {list_name=list}",
        "kannst du {items} auf meine {list_name=list} setzen",
        "bitte {items} auf die {list_name=list} schreiben",
        "ich brauche {items} setz das auf die {list_name=list}",
        "noch {item} auf die {list_name=list}",
    ]),
    ("lists_createoradd", 12, [
        "erstelle eine (neue |){list_name=list}",
        "leg eine neue {list_name=list} an",
        "mach eine neue {list_name=list}",
        "erstelle eine liste mit dem namen {list_name=list_plain}",
        "neue liste {list_name=list_plain}",
        "erstelle eine neue liste",
        "lege eine liste für {list_name=list_plain} an",
    ]),
    ("lists_remove", 18, [
        "nimm {item} von (meiner|der) {list_name=list}",
        "lösche {item} von der {list_name=list}",
        "entferne {item} von (meiner|der) {list_name=list}",
        "streich {item} von der liste",
        "streiche {item} von meiner {list_name=list}",
        "lösch {item} von der liste",
        "lösche meine {list_name=list}",
        "lösche die {list_name=list}",
        "leere meine {list_name=list}",
        "entferne {item} aus der {list_name=list}",
    ]),
    ("lists_query", 16, [
        "was steht auf (meiner|der) {list_name=list}",
        "was steht auf der liste",
        "lies meine {list_name=list} vor",
        "lies mir die {list_name=list} vor",
        "zeig mir meine {list_name=list}",
        "was ist auf meiner liste",
        "welche listen habe ich",
        "steht {item} auf der {list_name=list}",
        "was habe ich auf meiner {list_name=list}",
        "zeig meine listen",
        "sag mir was auf der {list_name=list} steht",
    ]),
    ("iot_hue_lighton", 36, [
        "mach das licht an",
        "mach (bitte |mal |)das licht an",
        "licht an",
        "licht an bitte",
        "lichter an",
        "schalte das licht ein",
        "schalt das licht an",
        "schalte das licht {in_room} ein",
        "mach das licht {in_room} an",
        "licht {in_room} an",
        "mach die {device_type=lamp} an",
        "schalte die {device_type=lamp} ein",
        "schalte die {device_type=lamp} {in_room} ein",
        "mach die {device_type=lamp} {in_room} an",
        "mach alle lichter an",
        "schalte die beleuchtung ein",
        "kannst du das licht anmachen",
        "kannst du das licht {in_room} einschalten",
        "es ist zu dunkel mach das licht an",
        "schalt die lichter {in_room} an",
        "licht einschalten",
        "mach mal licht",
    ]),
    ("iot_hue_lightoff", 24, [
        "mach das licht aus",
        "licht aus",
        "lichter aus",
        "schalte das licht aus",
        "schalt das licht aus",
        "mach das licht {in_room} aus",
        "schalte das licht {in_room} aus",
        "licht {in_room} aus",
        "mach die {device_type=lamp} aus",
        "schalte die {device_type=lamp} {in_room} aus",
        "mach alle lichter aus",
        "kannst du das licht ausmachen",
        "licht ausschalten",
        "schalte die beleuchtung aus",
    ]),
    ("iot_hue_lightup", 14, [
        "mach das licht heller", "heller", "licht heller", "mach es {in_room} heller", "erhöhe die helligkeit",
        "erhöhe die helligkeit {change_amount=pct_by}", "mach das licht {change_amount=bit} heller",
        "dreh das licht hoch", "mehr licht bitte", "heller bitte", "mach die {device_type=lamp} heller",
    ]),
    ("iot_hue_lightdim", 14, [
        "dimme das licht", "dimm das licht", "mach das licht dunkler", "licht dunkler", "dimm das licht {in_room}",
        "reduziere die helligkeit", "dimme das licht {change_amount=bit}", "dimme das licht {change_amount=pct_to}",
        "dunkler bitte", "das licht ist zu hell", "dreh das licht runter",
    ]),
    ("iot_hue_lightchange", 26, [
        "mach das licht {color_type=colour}",
        "stell das licht auf {color_type=colour}",
        "ändere die lichtfarbe (auf|zu) {color_type=colour}",
        "ändere die farbe vom licht auf {color_type=colour}",
        "licht auf {color_type=colour}",
        "mach das licht {in_room} {color_type=colour}",
        "stell die lampen {in_room} auf {color_type=colour}",
        "kannst du das licht {color_type=colour} machen",
        "färbe das licht {color_type=colour}",
        "stell die helligkeit {change_amount=pct_to}",
        "setz die beleuchtung {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "mach lauter", "lauter", "lauter bitte", "dreh lauter", "dreh die lautstärke hoch", "mach die musik lauter",
        "erhöhe die lautstärke", "lautstärke hoch", "mach {change_amount=bit} lauter", "mach es {change_amount=bit} lauter",
        "ich kann nichts hören mach lauter", "dreh auf", "kannst du lauter machen", "lautstärke erhöhen",
    ]),
    ("audio_volume_up", 12, [
        "stell die lautstärke {change_amount=vol_to}", "lautstärke {change_amount=vol_to}",
        "lautstärke {change_amount=vol_bare}", "mach die lautstärke {change_amount=vol_to}",
        "erhöhe die lautstärke {change_amount=vol_to}", "setz die lautstärke {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "mach leiser", "leiser", "leiser bitte", "dreh leiser", "dreh die lautstärke runter",
        "verringere die lautstärke", "lautstärke runter", "das ist zu laut", "mach {change_amount=bit} leiser",
        "mach die musik leiser", "reduziere die lautstärke {change_amount=vol_to}", "nicht so laut",
        "lautstärke verringern", "dreh die musik {change_amount=bit} leiser",
    ]),
    ("audio_volume_mute", 9, [
        "stumm", "stummschalten", "schalte den ton aus", "ton aus", "mach den ton aus", "sei still", "ruhe bitte",
        "stumm schalten", "lautsprecher stumm",
    ]),
    ("calendar_set", 40, [
        "trag {event_name=event} {cal_when} um {time=cal_clock} ein",
        "trag {event_name=event} {cal_when} um {time=cal_clock} in meinen kalender ein",
        "füge {event_name=event} {cal_when} um {time=cal_clock} zum kalender hinzu",
        "{event_name=meet} mit {person=person} {cal_when} um {time=cal_clock}",
        "termin {event_name=event} {cal_when} um {time=cal_clock}",
        "neuer termin {event_name=event} {cal_when} um {time=cal_clock}",
        "erstelle einen termin {event_name=event} {cal_when} um {time=cal_clock}",
        "notiere {event_name=event} {cal_when} um {time=cal_clock}",
        "ich habe {cal_when} um {time=cal_clock} {event_name=event} trag das ein",
        "plane ein {event_name=meet} mit {person=person} {cal_when} um {time=cal_clock}",
        "trag {event_name=event} {cal_when} ein",
        "{event_name=event} {cal_when} um {time=cal_clock} eintragen",
        "setz {event_name=event} {cal_when} um {time=cal_clock} in den kalender",
        "trag {event_name=event} {general_frequency=cal_freq} um {time=cal_clock} ein",
    ]),
    ("calendar_query", 14, [
        "was steht {cal_when} in meinem kalender", "was steht in meinem kalender", "was habe ich {cal_when} vor",
        "habe ich {cal_when} termine", "zeig meinen kalender für {cal_when}", "wann habe ich {event_name=event}",
        "was ist mein nächster termin", "welche termine habe ich {cal_when}", "habe ich {cal_when} {event_name=event}",
        "um wie viel uhr habe ich {event_name=event}", "lies meinen kalender vor",
    ]),
    ("calendar_remove", 10, [
        "lösche meinen termin {event_name=event} {cal_when}", "lösche {event_name=event} aus meinem kalender",
        "sag den termin {event_name=event} {cal_when} ab", "entferne den termin {event_name=event}",
        "lösche das {event_name=meet} mit {person=person}", "lösche alle termine {cal_when}",
        "streich den termin {event_name=event} aus dem kalender",
    ]),
    ("qa_maths", 24, [
        "was ist {expr}", "wie viel ist {expr}", "rechne {expr}", "{expr}", "was ergibt {expr}", "was sind {expr}",
        "kannst du mir sagen was {expr} ist", "berechne {expr}",
    ]),
    ("datetime_query", 18, [
        "wie spät ist es", "wie viel uhr ist es", "sag mir die uhrzeit", "wie spät ist es (jetzt|gerade)",
        "welcher tag ist [date : heute]", "welches datum ist [date : heute]", "der wievielte ist [date : heute]",
        "welcher tag ist [date : morgen]", "welches datum haben wir [date : heute]", "welcher wochentag ist [date : morgen]",
        "wie spät ist es in {place_name=city}", "wie viel uhr ist es in {place_name=city}",
        "welches datum ist [date : nächsten freitag]", "welcher wochentag ist [date : heiligabend]",
        "welches datum haben wir", "was für ein tag ist [date : heute]",
    ]),
    ("weather_query", 18, [
        "wie ist das wetter", "wie wird das wetter {when}", "wetter {when}",
        "wie ist das wetter in {place_name=city}", "wie wird das wetter {when} in {place_name=city}",
        "wird es {when} {weather_descriptor=weather_verb}", "brauche ich {when} einen [weather_descriptor : regenschirm]",
        "wie {weather_descriptor=weather_adj} wird es {when}", "wie ist die [weather_descriptor : temperatur] draußen",
        "wie ist die wettervorhersage für {when}", "regnet es in {place_name=city}", "wie viel grad hat es draußen",
    ]),
    ("general_joke", 5, ["erzähl mir einen witz", "erzähl einen witz", "bring mich zum lachen", "kennst du einen witz",
                         "erzähl mir was lustiges"]),
    ("general_greet", 5, ["hallo", "guten morgen", "hi wie geht's", "guten abend", "servus", "hallo wie geht es dir"]),
    ("iot_coffee", 5, ["mach mir einen kaffee", "koch kaffee", "ich brauche einen kaffee", "mach mir einen {coffee_type=coffee}",
                       "starte die kaffeemaschine", "mach kaffee"]),
    ("iot_cleaning", 5, ["starte den staubsauger", "saug {in_room}", "starte den {device_type=vacuum}",
                         "schalte den {device_type=vacuum} ein", "putz {in_room}"]),
    ("iot_wemo_on", 4, ["schalte die {device_type=plug} ein", "mach die {device_type=plug} an", "{device_type=plug} an"]),
    ("iot_wemo_off", 4, ["schalte die {device_type=plug} aus", "mach die {device_type=plug} aus", "{device_type=plug} aus"]),
    ("play_music", 5, ["spiel musik", "spiel etwas {music_genre=genre}", "spiel {music_genre=genre}", "mach musik an"]),
    ("play_radio", 3, ["mach das radio an", "spiel radio", "schalte das radio ein"]),
]
