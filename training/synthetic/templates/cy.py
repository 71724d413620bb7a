"""Welsh (cy-GB) command templates. Pattern language: see ../README.md.

Mutations are written as said, and the mutated word is inside the slot, as cy-GB's MASSIVE train
records write it: soft mutation after "am", "i", "at", "yn" (predicative), "ar" and adverbial day
names ("am [time : ddeg o'r gloch]", "i [color_type : las]", "ar [date : ddydd llun]"), after the
article for feminine nouns ("yn y [house_place : gegin]"), on the object of an inflected imperative
("ychwanega [event_name : gyfarfod tîm]"), nasal after "yn" for places ("yng [place_name :
nghaerdydd]"), aspirate after "a" in lists ("bara a chaws"); commands said with the verbnoun
("ychwanegu", "diffodd") keep the radical. "am" / "ar gyfer" outside the time slot; "o'r gloch" and
the part of the day ("y bore", "y prynhawn", "yr hwyr", "y nos") inside. Clock times: "hanner awr
wedi saith" is 7:30, "chwarter wedi saith" 7:15, "chwarter i wyth" 7:45. change_amount keeps its
preposition inside ("[change_amount : i ugain y cant]"), the majority there. List names follow the
word "rhestr" ("y rhestr [list_name : siopa]"). Numbers in words are the decimal system taught
today ("dau ddeg pump"); clock hours and common durations use the traditional forms people say
("un ar ddeg", "deuddeg", "pymtheg munud", "ugain munud").

Review against cy-GB MASSIVE train (counts there): "fedri di" (190) replaces "alli di" (0);
"uchder" (123) replaces the loan "volume" (0) and "muda" (9) replaces "mute"; "amserydd" replaces
"timer" (0); "dileuwch" (168) / "darllenwch" (22) replace "dilea" / "darllena" (0); "switsia",
"cynna" and "drennydd" (0) dropped; "mlan" (30) and "bant" (26) added for on/off.
"""
from generate import tens_units

SMALL = "dim un dau tri pedwar pump chwech saith wyth naw deg".split()
TENS = {10: "un deg", 20: "dau ddeg", 30: "tri deg", 40: "pedwar deg", 50: "pum deg", 60: "chwe deg", 70: "saith deg",
        80: "wyth deg", 90: "naw deg"}
num = tens_units(SMALL, TENS, lambda t, u: f"{t} {u}", "cant")
HOURS = [None, "un", "dau", "tri", "pedwar", "pump", "chwech", "saith", "wyth", "naw", "deg", "un ar ddeg", "deuddeg"]


def soft(s):
    """Soft mutation of the first word (treiglad meddal)."""
    for a, b in (("ch", None), ("ph", None), ("th", None), ("dd", None), ("ll", "l"), ("rh", "r"),
                 ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("g", ""), ("m", "f")):
        if s.startswith(a):
            return s if b is None else b + s[len(a):]
    return s


def aspirate(s):
    for a, b in (("ch", None), ("ph", None), ("th", None), ("c", "ch"), ("p", "ph"), ("t", "th")):
        if s.startswith(a):
            return s if b is None else b + s[len(a):]
    return s


def and_(s):
    """'a' with aspirate mutation, 'ac' before a vowel."""
    return f"ac {s}" if s[0] in "aeiouwy" else f"a {aspirate(s)}"


def both(n):
    return [str(n), num(n)]


def durations():
    out = ["munud", "1 munud", "dau funud", "tri munud", "pedwar munud", "pum munud", "chwe munud", "saith munud",
           "wyth munud", "naw munud", "deg munud", "deuddeg munud", "pymtheg munud", "ugain munud",
           "pum munud ar hugain", "hanner awr", "tri deg munud", "deugain munud", "pedwar deg pum munud",
           "tri chwarter awr", "awr", "un awr", "awr a hanner", "awr a chwarter", "dwy awr", "tair awr",
           "munud a hanner", "dau funud a hanner", "hanner munud", "deg eiliad", "pymtheg eiliad", "ugain eiliad",
           "tri deg eiliad", "pedwar deg pum eiliad", "naw deg eiliad", "chwe deg munud", "naw deg munud"]
    out += [f"{n} munud" for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90)]
    out += [f"{n} eiliad" for n in (10, 15, 20, 30, 40, 45, 60, 90)]
    out += ["2 awr", "1 awr", "3 awr"]
    return out


def hours(h):
    w, nxt = HOURS[h], HOURS[h % 12 + 1]
    out = [f"{w} o'r gloch", w, f"hanner awr wedi {w}", f"chwarter wedi {w}", f"chwarter i {soft(nxt)}",
           f"deg munud wedi {w}", f"ugain munud i {soft(nxt)}", f"pum munud wedi {w}", f"{h}:30", f"{h}:15", f"{h}:45"]
    if 5 <= h <= 11:
        out += [f"{w} y bore", f"{w} o'r gloch y bore", f"hanner awr wedi {w} y bore"]
    if 1 <= h <= 5:
        out += [f"{w} y prynhawn", f"{w} o'r gloch y prynhawn"]
    if 5 <= h <= 8:
        out += [f"{w} yr hwyr", f"{w} o'r gloch yr hwyr"]
    if 8 <= h <= 11:
        out += [f"{w} y nos", f"{w} o'r gloch y nos"]
    return out


def clocks():
    out = ["hanner dydd", "canol dydd", "canol nos", "hanner nos"]
    for h in range(1, 13):
        out += hours(h)
    out += [f"{h}:{m}" for h in range(13, 24) for m in ("00", "30")]
    out += [f"0{h}:{m}" for h in range(5, 10) for m in ("00", "15", "30", "45")]
    return out


def bare(hs):
    out = []
    for h in hs:
        w = HOURS[h]
        out += [w, f"{w} o'r gloch", f"hanner awr wedi {w}", f"chwarter wedi {w}", f"{h}:30"]
    return out


def calendar_clocks():
    out = ["hanner dydd", "canol dydd"]
    for h in range(8, 21):
        h12 = h if h <= 12 else h - 12
        w = HOURS[h12]
        out += [f"{h}:00", f"{h}:30", f"{w} o'r gloch", f"hanner awr wedi {w}", f"chwarter wedi {w}"]
        if h < 12:
            out += [f"{w} y bore"]
        elif 13 <= h <= 17:
            out += [f"{w} y prynhawn"]
        elif h >= 18:
            out += [f"{w} yr hwyr"]
    return out


def items():
    one = ["llaeth", "wyau", "bara", "afalau", "gellyg", "bananas", "menyn", "caws", "coffi", "reis", "pasta",
           "tomatos", "papur tŷ bach", "hylif golchi llestri", "sudd oren", "iogwrt", "cyw iâr", "winwns", "tatws",
           "moron", "olew olewydd", "siwgr", "blawd", "llaeth ceirch", "bwyd cath", "batris", "lemwns", "garlleg", "te"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10), (2, 28)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16), (2, 6, 28)]
    two = [f"{one[a]} {and_(one[b])}" for a, b in pairs]
    three = [f"{one[a]} {one[b]} {and_(one[c])}" for a, b, c in triples]
    return one, two, three


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("plws", "adio", "minws", "tynnu", "lluosi efo", "rhannu efo"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
        out.append(f"{a} gwaith {b}")
    out += ["20 y cant o 150", "ail isradd 144", "ail isradd wyth deg un", "2 i'r pŵer 10"]
    return out


DAYS = ["llun", "mawrth", "mercher", "iau", "gwener", "sadwrn", "sul"]
WHEN = (["[date : yfory]", "[date : fory]", "[date : heddiw]", "[date : y diwrnod ar ôl yfory]", "[date : ddydd gwener nesaf]",
         "[date : wythnos nesaf]"]
        + [f"ar [date : ddydd {d}]" for d in DAYS] + [f"[date : ddydd {d}]" for d in DAYS[::2]])
ROOMS = ["yn y [house_place : gegin]", "yn yr [house_place : ystafell fyw]", "yn yr [house_place : ystafell wely]",
         "yn yr [house_place : ystafell ymolchi]", "yn y [house_place : neuadd]", "yn y [house_place : swyddfa]",
         "yn y [house_place : cyntedd]", "yn y [house_place : lolfa]", "yn y [house_place : garej]",
         "yn y [house_place : llofft]", "yn yr [house_place : ystafell fwyta]", "yn yr [house_place : atig]",
         "yn yr [house_place : ardd]"]
ROOM_R = ["[house_place : gegin]", "[house_place : ystafell fyw]", "[house_place : ystafell wely]",
          "[house_place : ystafell ymolchi]", "[house_place : neuadd]", "[house_place : swyddfa]",
          "[house_place : cyntedd]", "[house_place : lolfa]", "[house_place : garej]", "[house_place : llofft]"]
EVENTS = ["apwyntiad deintydd", "apwyntiad meddyg", "apwyntiad torri gwallt", "cyfarfod tîm", "dosbarth ioga", "gwers piano",
          "ymarfer pêl-droed", "ymarfer rygbi", "clwb llyfrau", "cyfweliad swydd", "apwyntiad milfeddyg",
          "parti pen-blwydd", "cyfarfod", "sesiwn campfa", "noson rieni", "ymarfer côr"]
MEETS = ["cyfarfod", "cinio", "swper", "galwad", "paned", "apwyntiad"]
PEOPLE = ["siân", "dafydd", "elin", "rhys", "gareth", "megan", "ifan", "nia", "huw", "lowri", "owain", "awen"]
CITIES = ["yng [place_name : nghaerdydd]", "ym [place_name : mangor]", "yn [place_name : abertawe]",
          "yn [place_name : aberystwyth]", "yn [place_name : llundain]", "yn [place_name : wrecsam]",
          "yn [place_name : llandudno]", "ym [place_name : mhwllheli]", "yng [place_name : nghaernarfon]",
          "ym [place_name : mharis]", "yn [place_name : efrog newydd]", "yn [place_name : y bala]"]


def vocab():
    one, two, three = items()
    pct = [f"{w} y cant" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    pct += ["ugain y cant", "hanner cant y cant"]
    levels = [w for n in range(1, 11) for w in both(n)]
    colours = ["coch", "gwyrdd", "glas", "melyn", "oren", "porffor", "pinc", "gwyn", "gwyn cynnes"]
    return {
        "dur": durations(),
        "dur_am": [soft(d) for d in durations()],
        "clock": clocks(),
        "clock_am": [soft(c) for c in clocks()],
        "cal_am": [soft(c) for c in calendar_clocks()],
        "h_morning": [soft(c) for c in bare(range(5, 12))],
        "h_evening": [soft(c) for c in bare(range(6, 12))],
        "when": WHEN,
        "cal_when": WHEN + ["ar [date : y deuddegfed o fehefin]", "ar [date : y trydydd o fawrth]",
                            "ar [date : y pymthegfed]", "ar [date : noswyl nadolig]", "[date : ddydd sadwrn yma]"],
        "date_plain": ["[date : yfory]", "[date : heddiw]"] + [f"[date : dydd {d}]" for d in DAYS],
        "freq": ["bob dydd", "bob bore", "bob dydd llun", "bob diwrnod gwaith", "yn ddyddiol", "bob dydd gwener"],
        "cal_freq": ["bob dydd", "bob wythnos", "bob dydd llun", "yn wythnosol", "bob dydd iau"],
        "item": one, "item_soft": [soft(i) for i in one],
        "items": one + two + three, "items_soft": [soft(i) for i in one + two + three], "items2": two + three,
        "list": ["siopa", "siopa bwyd", "i wneud", "pacio", "nadolig", "pen-blwydd", "tasgau", "anrhegion"],
        "list_named": ["gwyliau", "parti", "gardd", "symud tŷ", "penwythnos"],
        "in_room": ROOMS,
        "room_r": ROOM_R,
        "lamp": ["lamp", "lamp wrth y gwely", "golau nenfwd", "lamp ger y soffa", "stribed golau", "lamp ddarllen"],
        "colour_soft": [soft(c) for c in colours],
        "pct_to": [f"i {soft(p)}" for p in pct],
        "pct_by": [f"o {soft(p)}" for p in pct],
        "vol_to": [f"i {soft(w)}" for w in levels + pct[1::3]],
        "vol_bare": levels,
        "bit": ["ychydig", "tamaid bach", "bach"],
        "event": EVENTS,
        "event_soft": [soft(e) for e in EVENTS],
        "meet": MEETS,
        "meet_soft": [soft(m) for m in MEETS],
        "with_person": [f"gydag [person : {p}]" if p[0] in "aeiouwy" else f"gyda [person : {p}]" for p in PEOPLE],
        "in_city": CITIES,
        "rain": ["bwrw glaw", "bwrw eira", "stormus"],
        "rain_i": ["fwrw glaw", "fwrw eira", "fod yn stormus"],
        "weather_adj": ["oer", "gynnes", "braf", "wyntog", "boeth", "heulog", "gymylog"],
        "expr": maths(),
        "plug": ["plwg clyfar", "plwg", "soced", "soced clyfar"],
        "genre_soft": [soft(g) for g in ["jazz", "roc", "cerddoriaeth glasurol", "pop", "cerddoriaeth gymraeg"]],
        "coffee": ["espresso", "cappuccino", "latte", "coffi du", "coffi gwyn"],
        "genre": ["jazz", "roc", "cerddoriaeth glasurol", "pop", "cerddoriaeth gymraeg", "cerddoriaeth ymlaciol"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "gosod amserydd am {time=dur_am}",
        "gosoda amserydd am {time=dur_am}",
        "gosodwch amserydd ar gyfer {time=dur}",
        "amserydd {time=dur}",
        "amserydd am {time=dur_am}",
        "dechrau amserydd am {time=dur_am}",
        "gosod amserydd i fi am {time=dur_am}",
        "rho amserydd {time=dur} i fi",
        "fedri di osod amserydd am {time=dur_am}",
        "dw i angen amserydd am {time=dur_am}",
        "deffra fi mewn {time=dur}",
        "atgoffa fi mewn {time=dur}",
        "gosod amserydd am {time=dur_am} os gwelwch yn dda",
        "cyfrif i lawr o {time=dur_am}",
        "rho amserydd ymlaen am {time=dur_am}",
    ]),
    ("alarm_set", 48, [
        "gosod larwm am {time=clock_am}",
        "gosodwch larwm ar gyfer {time=clock}",
        "deffra fi am {time=clock_am}",
        "deffrwch fi am {time=clock_am}",
        "dihuna fi am {time=clock_am}",
        "larwm am {time=clock_am}",
        "gosod y larwm ar gyfer {time=clock}",
        "deffra fi {when} am {time=clock_am}",
        "gosod larwm {when} am {time=clock_am}",
        "gosod larwm am {time=clock_am} {general_frequency=freq}",
        "deffra fi {general_frequency=freq} am {time=clock_am}",
        "deffra fi am {time=h_morning} [timeofday : bore] [date : fory]",
        "gosod larwm am {time=h_evening} [timeofday : heno]",
        "gosod larwm ar gyfer {date_plain} am {time=clock_am}",
        "fedri di fy neffro i am {time=clock_am}",
        "dw i eisiau codi am {time=clock_am}",
        "larwm newydd am {time=clock_am}",
        "gosod larwm am {time=clock_am} os gwelwch yn dda",
        "rho larwm ymlaen ar gyfer {time=clock}",
    ]),
    ("alarm_query", 8, [
        "pa larymau sydd gen i", "dangos fy larymau", "faint o'r gloch mae fy larwm yn canu", "pryd mae'r larwm yn canu",
        "faint o amser sydd ar ôl ar yr amserydd", "faint o amser sy ar ôl", "oes gen i larwm {when}",
        "pa larymau sydd wedi eu gosod", "oes larwm wedi ei osod",
    ]),
    ("alarm_remove", 10, [
        "dileu fy larwm", "dileu pob larwm", "stopia'r amserydd", "canslo'r amserydd", "dileuwch y larwm am {time=clock_am}",
        "diffodd y larwm ar gyfer {date_plain}", "diffodd y larwm", "dileu'r larwm {when} am {time=clock_am}",
        "canslo pob amserydd", "stopio'r larwm", "canslwch y larwm am {time=clock_am}",
    ]),
    ("lists_createoradd", 34, [
        "ychwanegu {items} at y rhestr {list_name=list}",
        "ychwanega {items_soft} at fy rhestr {list_name=list}",
        "ychwanegwch {items_soft} i'r rhestr {list_name=list}",
        "rho {items_soft} ar y rhestr {list_name=list}",
        "rhowch {items_soft} ar y rhestr",
        "{items} ar y rhestr {list_name=list}",
        "ychwanegu {items} at y rhestr",
        "fedri di ychwanegu {items} at fy rhestr {list_name=list}",
        "dw i angen {items2} rho nhw ar y rhestr {list_name=list}",
        "rhoi {items} ar fy rhestr {list_name=list}",
        "ychwanega {items_soft} at y rhestr os gweli di'n dda",
    ]),
    ("lists_createoradd", 12, [
        "creu rhestr {list_name=list} newydd",
        "creu rhestr newydd",
        "gwna restr {list_name=list} newydd",
        "dechrau rhestr {list_name=list}",
        "creu rhestr o'r enw {list_name=list_named}",
        "dw i eisiau dechrau rhestr {list_name=list} newydd",
    ]),
    ("lists_remove", 18, [
        "tynnu {item} oddi ar y rhestr {list_name=list}",
        "tynna {item_soft} oddi ar fy rhestr {list_name=list}",
        "dileu {item} o'r rhestr {list_name=list}",
        "tynnu {item} oddi ar y rhestr",
        "dileu'r rhestr {list_name=list}",
        "dileuwch fy rhestr {list_name=list}",
        "clirio'r rhestr {list_name=list}",
        "dileu {item} o'r rhestr",
    ]),
    ("lists_query", 16, [
        "beth sydd ar y rhestr {list_name=list}",
        "darllen fy rhestr {list_name=list}",
        "dangos y rhestr {list_name=list}",
        "beth sydd ar y rhestr",
        "pa restrau sydd gen i",
        "oes {item} ar y rhestr {list_name=list}",
        "beth sydd gen i ar fy rhestr {list_name=list}",
        "darllenwch y rhestr {list_name=list} i mi",
    ]),
    ("iot_hue_lighton", 36, [
        "tro'r golau ymlaen",
        "trowch y golau ymlaen",
        "golau ymlaen",
        "goleuadau ymlaen",
        "tro'r goleuadau ymlaen",
        "rho'r golau ymlaen",
        "rhowch y golau ymlaen",
        "tro'r golau mlan",
        "cynnau'r golau",
        "tro'r golau ymlaen {in_room}",
        "tro'r goleuadau ymlaen {in_room}",
        "goleuadau'r {room_r} ymlaen",
        "tro oleuadau'r {room_r} ymlaen",
        "tro'r {device_type=lamp} ymlaen",
        "rho'r {device_type=lamp} ymlaen {in_room}",
        "tro'r goleuadau i gyd ymlaen",
        "mae'n rhy dywyll tro'r golau ymlaen",
        "fedri di droi'r golau ymlaen",
        "golau ymlaen plîs",
        "trowch y golau ymlaen {in_room} os gwelwch yn dda",
        "trowch y goleuadau mlan",
    ]),
    ("iot_hue_lightoff", 24, [
        "diffodd y golau",
        "diffoddwch y goleuadau",
        "golau i ffwrdd",
        "goleuadau i ffwrdd",
        "diffodd y golau {in_room}",
        "diffodd goleuadau'r {room_r}",
        "diffodd y {device_type=lamp}",
        "diffodd y goleuadau i gyd",
        "fedri di ddiffodd y golau",
        "tro'r golau i ffwrdd",
        "tro'r golau bant",
        "diffodd pob golau",
        "diffodd y golau os gweli di'n dda",
    ]),
    ("iot_hue_lightup", 14, [
        "gwna'r golau yn fwy llachar", "mwy llachar", "tro'r golau i fyny", "cynyddu'r disgleirdeb", "cynydda'r disgleirdeb",
        "cynyddu'r disgleirdeb {change_amount=pct_by}", "tro'r golau i fyny {change_amount=bit}", "mwy o olau",
        "gwna'r goleuadau {in_room} yn fwy llachar", "goleuadau yn fwy llachar",
    ]),
    ("iot_hue_lightdim", 14, [
        "pyla'r golau", "pyla'r goleuadau", "pylu'r golau", "tro'r golau i lawr", "pyla'r goleuadau {in_room}",
        "lleihau'r disgleirdeb", "gostwng y golau {change_amount=bit}", "pylu'r goleuadau {change_amount=pct_to}",
        "mae'r golau'n rhy llachar", "llai o olau",
    ]),
    ("iot_hue_lightchange", 26, [
        "newid y golau i {color_type=colour_soft}",
        "newid lliw y golau i {color_type=colour_soft}",
        "tro'r golau'n {color_type=colour_soft}",
        "gwna'r goleuadau'n {color_type=colour_soft}",
        "newid goleuadau'r {room_r} i {color_type=colour_soft}",
        "gosod y golau {in_room} i {color_type=colour_soft}",
        "gwna'r {device_type=lamp} yn {color_type=colour_soft}",
        "gosod y disgleirdeb {change_amount=pct_to}",
        "gosod y golau {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "uwch", "yn uwch", "tro fe i fyny", "tro'r sain i fyny", "codi'r sain", "coda'r sain", "{change_amount=bit} yn uwch",
        "tro'r gerddoriaeth i fyny", "dw i ddim yn gallu clywed tro fe i fyny", "fedri di droi'r sain i fyny",
        "uwch plîs", "sain i fyny", "tro'r uchder i fyny", "cwyd y sain",
    ]),
    ("audio_volume_up", 12, [
        "gosod y sain {change_amount=vol_to}", "sain {change_amount=vol_to}", "uchder {change_amount=vol_bare}",
        "tro'r sain i fyny {change_amount=vol_to}", "newid y sain {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "tawelach", "yn dawelach", "tro fe i lawr", "tro'r sain i lawr", "gostwng y sain", "{change_amount=bit} yn dawelach",
        "mae'n rhy uchel", "tro'r gerddoriaeth i lawr", "gostwng y sain {change_amount=vol_to}", "fedri di droi'r sain i lawr",
        "tawelach plîs", "sain i lawr", "tro'r uchder i lawr",
    ]),
    ("audio_volume_mute", 9, [
        "tawel", "mud", "muda'r sain", "diffodd y sain", "bydd dawel", "distawrwydd", "muda", "dim sain", "tawelwch plîs",
    ]),
    ("calendar_set", 40, [
        "ychwanegu {event_name=event} at fy nghalendr {cal_when} am {time=cal_am}",
        "ychwanega {event_name=event_soft} at y calendr {cal_when} am {time=cal_am}",
        "trefnu {event_name=event} {cal_when} am {time=cal_am}",
        "{event_name=meet} {with_person} {cal_when} am {time=cal_am}",
        "trefna {event_name=meet_soft} {with_person} {cal_when} am {time=cal_am}",
        "mae gen i {event_name=event_soft} {cal_when} am {time=cal_am} rho fe yn y calendr",
        "creu digwyddiad {event_name=event} {cal_when} am {time=cal_am}",
        "ychwanegu {event_name=event} i'r calendr {cal_when}",
        "ychwanegu {event_name=event} i'r calendr {general_frequency=cal_freq} am {time=cal_am}",
        "rho {event_name=event_soft} yn fy nghalendr ar gyfer {date_plain} am {time=cal_am}",
    ]),
    ("calendar_query", 14, [
        "beth sydd ar fy nghalendr {cal_when}", "beth sy gen i {cal_when}", "dangos fy nghalendr", "beth yw fy apwyntiad nesaf",
        "oes gen i rywbeth {cal_when}", "pryd mae gen i {event_name=event_soft}", "faint o'r gloch mae {event_name=event} {cal_when}",
        "darllen fy nghalendr", "pa apwyntiadau sydd gen i {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "canslo {event_name=event} {cal_when}", "dileu {event_name=event} o fy nghalendr", "canslwch {event_name=event_soft} {cal_when}",
        "dileu pob apwyntiad ar gyfer [date : (yfory|heddiw|dydd llun|dydd gwener)]", "tynnu {event_name=event} o'r calendr",
    ]),
    ("qa_maths", 24, [
        "faint yw {expr}", "beth yw {expr}", "cyfrifa {expr}", "{expr}", "beth ydy {expr}", "gweithia allan {expr}",
    ]),
    ("datetime_query", 18, [
        "faint o'r gloch yw hi", "faint o'r gloch ydy hi nawr", "beth yw'r amser", "beth ydy'r amser", "dwed yr amser wrtha i",
        "pa ddiwrnod yw hi [date : heddiw]", "beth yw'r dyddiad [date : heddiw]", "beth ydy'r dyddiad [date : heddiw]",
        "pa ddiwrnod fydd hi [date : yfory]", "beth fydd y dyddiad [date : yfory]", "faint o'r gloch yw hi {in_city}",
        "ar ba ddiwrnod mae [date : dydd nadolig] eleni", "beth yw'r dyddiad", "beth yw'r amser {in_city}",
    ]),
    ("weather_query", 18, [
        "sut mae'r tywydd", "beth yw'r tywydd", "sut fydd y tywydd {when}", "tywydd {when}", "sut mae'r tywydd {in_city}",
        "ydy hi'n mynd i {weather_descriptor=rain_i} {when}", "fydd hi'n {weather_descriptor=weather_adj} {when}",
        "beth yw'r [weather_descriptor : tymheredd] tu allan", "oes angen [weather_descriptor : ymbarél] arna i {when}",
        "rhagolygon y tywydd ar gyfer {date_plain}", "ydy hi'n [weather_descriptor : bwrw glaw] {in_city}",
        "sut fydd y tywydd {in_city} {when}", "fydd hi'n {weather_descriptor=rain} {when}",
    ]),
    ("general_joke", 5, ["dwed jôc wrtha i", "dywedwch jôc", "gwna i mi chwerthin", "wyt ti'n gwybod jôc dda",
                         "dweud rhywbeth doniol"]),
    ("general_greet", 5, ["helo", "shwmae", "bore da", "noswaith dda", "prynhawn da", "haia sut wyt ti"]),
    ("iot_coffee", 5, ["gwna goffi i mi", "gwna baned o goffi i mi", "dw i eisiau coffi", "dw i eisiau {coffee_type=coffee}",
                       "tro'r peiriant coffi ymlaen"]),
    ("iot_cleaning", 5, ["tro'r hwfer ymlaen", "hwfra'r [house_place : lolfa]", "dechrau'r [device_type : hwfer robot]",
                         "glanha'r [house_place : gegin]", "tro'r [device_type : hwfer robot] ymlaen"]),
    ("iot_wemo_on", 4, ["tro'r {device_type=plug} ymlaen", "rho'r {device_type=plug} ymlaen"]),
    ("iot_wemo_off", 4, ["diffodd y {device_type=plug}", "tro'r {device_type=plug} i ffwrdd"]),
    ("play_music", 5, ["chwarae cerddoriaeth", "chwarae {music_genre=genre}", "rho gerddoriaeth ymlaen",
                       "dw i eisiau gwrando ar {music_genre=genre_soft}", "chwarae ychydig o gerddoriaeth"]),
    ("play_radio", 3, ["tro'r radio ymlaen", "chwarae'r radio", "radio ymlaen", "rho'r radio ymlaen"]),
]
