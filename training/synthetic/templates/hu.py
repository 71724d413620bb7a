"""Hungarian (hu-HU) command templates. Pattern language: see ../README.md.

Clock times: "fél nyolc" is 7:30, "negyed nyolc" 7:15, "háromnegyed nyolc" 7:45; "-kor" for "at"
("hétkor", "fél nyolckor", "7 órakor", "19 óra 30 perckor"), "-ra/-re" for "for/to" ("hétre",
"fél nyolcra", "7 órára"). Suffixes stay on their word and inside the slot, as MASSIVE's hu-HU writes
it ("[time : hétkor]", "[house_place : nappaliban]", "[color_type : kékre]", "[change_amount : ötven
százalékra]", "[person : annával]", "a [list_name : bevásárlólistára]"); the article stays outside.
The part of the day said with the hour is inside the time slot ("[time : reggel hétkor]", "[time :
délután háromra]"), as most of MASSIVE's records have it; on its own it is timeofday ("[date :
holnap] [timeofday : reggel] [time : hétkor]"). "múlva" is inside ("[time : tíz perc múlva]").
Timers: "tízperces időzítő", "időzítő tíz percre". List names are the compound said
("bevásárlólista"), with case and possessive suffixes ("a [list_name : bevásárlólistámra]").
Definite and indefinite conjugation follow the object ("kapcsold fel a villanyt", "állíts be egy
ébresztőt"); informal "te" throughout, a few formal "ön" forms ("kapcsolja fel", "állítson be") and
polite conditionals ("felkapcsolnád").
"""

# --- numbers --------------------------------------------------------------------------------
UNIT = ["", "egy", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"]
TEN_PREFIX = {1: "tizen", 2: "huszon", 3: "harminc", 4: "negyven", 5: "ötven", 6: "hatvan", 7: "hetven", 8: "nyolcvan",
              9: "kilencven"}
ROUND = {10: "tíz", 20: "húsz", 30: "harminc", 40: "negyven", 50: "ötven", 60: "hatvan", 70: "hetven", 80: "nyolcvan",
         90: "kilencven", 100: "száz"}

# The last element of a number with a suffix.
SUB = {"egy": "egyre", "kettő": "kettőre", "három": "háromra", "négy": "négyre", "öt": "ötre", "hat": "hatra",
       "hét": "hétre", "nyolc": "nyolcra", "kilenc": "kilencre", "tíz": "tízre", "húsz": "húszra",
       "harminc": "harmincra", "negyven": "negyvenre", "ötven": "ötvenre", "hatvan": "hatvanra", "hetven": "hetvenre",
       "nyolcvan": "nyolcvanra", "kilencven": "kilencvenre", "száz": "százra"}
INS = {"egy": "eggyel", "kettő": "kettővel", "három": "hárommal", "négy": "néggyel", "öt": "öttel", "hat": "hattal",
       "hét": "héttel", "nyolc": "nyolccal", "kilenc": "kilenccel", "tíz": "tízzel", "húsz": "hússzal",
       "harminc": "harminccal", "negyven": "negyvennel", "ötven": "ötvennel", "hatvan": "hatvannal",
       "hetven": "hetvennel", "nyolcvan": "nyolcvannal", "kilencven": "kilencvennel", "száz": "százzal"}
MULT = {"egy": "egyszer", "kettő": "kétszer", "három": "háromszor", "négy": "négyszer", "öt": "ötször", "hat": "hatszor",
        "hét": "hétszer", "nyolc": "nyolcszor", "kilenc": "kilencszer", "tíz": "tízszer", "húsz": "hússzor",
        "harminc": "harmincszor", "negyven": "negyvenszer", "ötven": "ötvenszer", "hatvan": "hatvanszor",
        "hetven": "hetvenszer", "nyolcvan": "nyolcvanszor", "kilencven": "kilencvenszer", "száz": "százszor"}


def parts(n):
    """(prefix, last element): 25 -> ('huszon', 'öt'), 40 -> ('', 'negyven')."""
    if n in ROUND:
        return "", ROUND[n]
    if n < 10:
        return "", UNIT[n]
    t, u = divmod(n, 10)
    return TEN_PREFIX[t], UNIT[u]


def num(n, table=None):
    if n == 0:
        return "nulla"
    pre, last = parts(n)
    return pre + (table[last] if table else last)


def attr(n):
    """The number before a noun: 'két perc', 'huszonkét perc'."""
    w = num(n)
    return w[:-5] + "két" if w.endswith("kettő") else w


def both(n):
    return [str(n), num(n)]


def spoken(text):
    """The text with a leading number in words, to choose the article ('az 1 órára' is said 'az egy')."""
    head = text.split()[0]
    digits = "".join(c for c in head.split(":")[0] if c.isdigit())
    return num(int(digits)) if digits else text


def article(word):
    word = spoken(word)
    return "az" if word[0] in "aáeéiíoóöőuúüű" else "a"


# --- durations: (nominative, -ra "for", -s adjective, "... múlva", accusative) ------------------

def durations():
    out = [("egy perc", "egy percre", "egyperces", "egy perc múlva", "egy percet"),
           ("1 perc", "1 percre", "1 perces", "1 perc múlva", "1 percet"),
           ("egy óra", "egy órára", "egyórás", "egy óra múlva", "egy órát"),
           ("1 óra", "1 órára", "1 órás", "1 óra múlva", "1 órát"),
           ("két óra", "két órára", "kétórás", "két óra múlva", "két órát"),
           ("2 óra", "2 órára", "2 órás", "2 óra múlva", "2 órát"),
           ("fél óra", "fél órára", "félórás", "fél óra múlva", "fél órát"),
           ("másfél óra", "másfél órára", "másfél órás", "másfél óra múlva", "másfél órát"),
           ("negyed óra", "negyed órára", "negyedórás", "negyed óra múlva", "negyed órát"),
           ("másfél perc", "másfél percre", "másfél perces", "másfél perc múlva", "másfél percet")]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out.append((f"{n} perc", f"{n} percre", f"{n} perces", f"{n} perc múlva", f"{n} percet"))
        w = attr(n)
        out.append((f"{w} perc", f"{w} percre", f"{w}perces", f"{w} perc múlva", f"{w} percet"))
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out.append((f"{n} másodperc", f"{n} másodpercre", f"{n} másodperces", f"{n} másodperc múlva", f"{n} másodpercet"))
        w = attr(n)
        out.append((f"{w} másodperc", f"{w} másodpercre", None, f"{w} másodperc múlva", f"{w} másodpercet"))
    return out


# --- clock times ----------------------------------------------------------------------------

def hour_word(h):
    return num(h)


def pods(h):
    """Parts of the day said before the hour (inside the time slot)."""
    out = []
    if h in (4, 5):
        out.append("hajnali")
    if 5 <= h <= 10:
        out.append("reggel")
    if 9 <= h <= 11:
        out.append("délelőtt")
    if 1 <= h <= 5:
        out.append("délután")
    if 6 <= h <= 11:
        out.append("este")
    return out


def clocks():
    """(at: -kor, for: -ra) clock times."""
    kor, ra = ["délben", "éjfélkor"], ["délre", "éjfélre"]
    for h in range(1, 13):
        w, nxt = hour_word(h), hour_word(h % 12 + 1)
        kor += [f"{w}kor", f"{attr(h)} órakor", f"{h} órakor", f"fél {nxt}kor", f"negyed {nxt}kor",
                f"háromnegyed {nxt}kor", f"{h} óra 30 perckor", f"{w} harminckor"]
        ra += [num(h, SUB), f"{attr(h)} órára", f"{h} órára", f"fél {num(h % 12 + 1, SUB)}",
               f"negyed {num(h % 12 + 1, SUB)}", f"háromnegyed {num(h % 12 + 1, SUB)}", f"{h} óra 30 percre"]
        for p in pods(h):
            kor += [f"{p} {w}kor", f"{p} fél {nxt}kor"]
            ra += [f"{p} {num(h, SUB)}", f"{p} fél {num(h % 12 + 1, SUB)}"]
    for h in range(13, 24):
        kor += [f"{h} órakor", f"{h} óra 30 perckor", f"{attr(h)} órakor"]
        ra += [f"{h} órára", f"{h} óra 30 percre", f"{attr(h)} órára"]
    return kor, ra


def morning():
    kor, ra = [], []
    for h in range(5, 11):
        kor += [f"{hour_word(h)}kor", f"{h} órakor", f"fél {hour_word(h + 1)}kor"]
        ra += [num(h, SUB), f"{h} órára", f"fél {num(h + 1, SUB)}"]
    return kor, ra


def calendar_clocks():
    out = ["délben", "fél egykor"]
    for h in range(8, 21):
        h12 = h if h <= 12 else h - 12
        out += [f"{h} órakor", f"{h} óra 30 perckor"]
        if h <= 12:
            out += [f"{hour_word(h)}kor", f"fél {hour_word(h % 12 + 1)}kor", f"{attr(h)} órakor"]
        else:
            p = "délután" if h < 18 else "este"
            out += [f"{p} {hour_word(h12)}kor", f"{hour_word(h12)}kor", f"{p} fél {hour_word(h12 + 1)}kor"]
    return out


# --- lists, items, rooms --------------------------------------------------------------------

LISTS = ["bevásárlólista", "teendőlista", "feladatlista", "ajándéklista", "kívánságlista", "pakolólista",
         "karácsonyi lista", "szülinapi lista", "vásárlási lista", "piaci lista"]


def list_forms(case):
    """bevásárlólista -> bevásárlólistára, bevásárlólistámra, ..."""
    ends = {"nom": ["a"], "sub": ["ára", "ámra"], "all": ["ához", "ámhoz"], "del": ["áról", "ámról"],
            "sup": ["án", "ámon"], "acc": ["át", "ámat"], "acc_bare": ["át"]}[case]
    return [name[:-1] + e for name in LISTS for e in ends]


# (nominative, accusative)
ITEMS = [("tej", "tejet"), ("tojás", "tojást"), ("kenyér", "kenyeret"), ("alma", "almát"), ("körte", "körtét"),
         ("banán", "banánt"), ("vaj", "vajat"), ("sajt", "sajtot"), ("kávé", "kávét"), ("rizs", "rizst"),
         ("tészta", "tésztát"), ("paradicsom", "paradicsomot"), ("vécépapír", "vécépapírt"),
         ("mosogatószer", "mosogatószert"), ("narancslé", "narancslevet"), ("joghurt", "joghurtot"),
         ("csirkemell", "csirkemellet"), ("hagyma", "hagymát"), ("krumpli", "krumplit"), ("répa", "répát"),
         ("olívaolaj", "olívaolajat"), ("cukor", "cukrot"), ("liszt", "lisztet"), ("zabtej", "zabtejet"),
         ("macskaeledel", "macskaeledelt"), ("elem", "elemet"), ("citrom", "citromot"), ("fokhagyma", "fokhagymát")]
PAIRS = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
         (9, 23), (24, 25), (26, 27), (1, 10)]
TRIPLES = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]


def items(form):
    """form 'nom', 'acc' (indefinite object: 'tejet és kenyeret') or 'def' ('a tejet és a kenyeret')."""
    if form == "nom":
        one = [n for n, _ in ITEMS]
    elif form == "acc":
        one = [a for _, a in ITEMS]
    else:
        one = [f"{article(a)} {a}" for _, a in ITEMS]
    two = [f"{one[a]} és {one[b]}" for a, b in PAIRS]
    three = [f"{one[a]} {one[b]} és {one[c]}" for a, b, c in TRIPLES]
    return one, two, three


# (inessive, illative, adjective or None, accusative)
ROOMS = [("nappaliban", "nappaliba", "nappali", "nappalit"), ("konyhában", "konyhába", "konyhai", "konyhát"),
         ("hálószobában", "hálószobába", "hálószobai", "hálószobát"),
         ("fürdőszobában", "fürdőszobába", "fürdőszobai", "fürdőszobát"),
         ("előszobában", "előszobába", "előszobai", "előszobát"),
         ("dolgozószobában", "dolgozószobába", "dolgozószobai", "dolgozószobát"),
         ("étkezőben", "étkezőbe", "étkezői", "étkezőt"), ("gyerekszobában", "gyerekszobába", "gyerekszobai", "gyerekszobát"),
         ("pincében", "pincébe", "pincei", "pincét"), ("vendégszobában", "vendégszobába", "vendégszobai", "vendégszobát"),
         ("garázsban", "garázsba", None, "garázst"), ("folyosón", "folyosóra", "folyosói", "folyosót"),
         ("erkélyen", "erkélyre", None, "erkélyt")]

COLOURS = [("piros", "pirosra"), ("kék", "kékre"), ("zöld", "zöldre"), ("sárga", "sárgára"),
           ("narancssárga", "narancssárgára"), ("lila", "lilára"), ("rózsaszín", "rózsaszínre"), ("fehér", "fehérre"),
           ("meleg fehér", "meleg fehérre"), ("türkiz", "türkizre"), ("vörös", "vörösre")]

# Events: (nominative, accusative, -ra)
EVENTS = [("fogorvos", "fogorvost", "fogorvosra"), ("fogorvosi időpont", "fogorvosi időpontot", "fogorvosi időpontra"),
          ("orvosi vizsgálat", "orvosi vizsgálatot", "orvosi vizsgálatra"), ("fodrász", "fodrászt", "fodrászra"),
          ("csapatmegbeszélés", "csapatmegbeszélést", "csapatmegbeszélésre"), ("jógaóra", "jógaórát", "jógaórára"),
          ("zongoraóra", "zongoraórát", "zongoraórára"), ("fociedzés", "fociedzést", "fociedzésre"),
          ("könyvklub", "könyvklubot", "könyvklubra"), ("állásinterjú", "állásinterjút", "állásinterjúra"),
          ("autószerviz", "autószervizt", "autószervizre"), ("állatorvos", "állatorvost", "állatorvosra"),
          ("szülinapi buli", "szülinapi bulit", "szülinapi bulira"),
          ("szülői értekezlet", "szülői értekezletet", "szülői értekezletre"), ("edzés", "edzést", "edzésre"),
          ("értekezlet", "értekezletet", "értekezletre"), ("gyógytorna", "gyógytornát", "gyógytornára")]
MEETS = [("megbeszélés", "megbeszélést"), ("ebéd", "ebédet"), ("vacsora", "vacsorát"), ("kávézás", "kávézást"),
         ("videóhívás", "videóhívást"), ("találkozó", "találkozót"), ("telefonhívás", "telefonhívást")]


LAMPS = ["asztali lámpát", "állólámpát", "éjjeli lámpát", "mennyezeti lámpát", "olvasólámpát", "csillárt", "falikart",
         "hangulatvilágítást"]


def definite(slot, words):
    return [f"{article(w)} [{slot} : {w}]" for w in words]


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("plusz", "mínusz"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
        out.append(f"{num(a)} meg {num(b)}")
        out.append(f"{num(a)} szorozva {num(b, INS)}")
        out.append(f"{num(a)} osztva {num(b, INS)}")
        out.append(f"{num(a, MULT)} {num(b)}")
    out += ["kétszáz tíz százaléka", "nyolcvan tizenöt százaléka", "a 144 négyzetgyöke", "nyolcvanegy négyzetgyöke",
            "2 a tizediken", "kettő a tizediken", "hét a négyzeten"]
    return out


WHEN = ["[date : holnap]", "[date : ma]", "[date : holnapután]", "[date : hétfőn]", "[date : kedden]",
        "[date : szerdán]", "[date : csütörtökön]", "[date : pénteken]", "[date : szombaton]", "[date : vasárnap]",
        "[date : jövő hétfőn]", "[date : jövő pénteken]"]
CITIES = ["budapesten", "debrecenben", "szegeden", "pécsen", "győrben", "miskolcon", "londonban", "párizsban",
          "new yorkban", "bécsben", "berlinben", "tokióban"]


def vocab():
    durs = durations()
    kor, ra = clocks()
    m_kor, m_ra = morning()
    pct = (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)
    pct_sub = [f"{n} százalékra" for n in pct] + [f"{num(n)} százalékra" for n in pct]
    pct_ins = [f"{n} százalékkal" for n in pct[:8]] + [f"{num(n)} százalékkal" for n in pct[:8]]
    one_n, two_n, three_n = items("nom")
    one_a, two_a, three_a = items("acc")
    one_d, two_d, three_d = items("def")
    return {
        "dur": [d[0] for d in durs],
        "dur_sub": [d[1] for d in durs],
        "dur_adj": [d[2] for d in durs if d[2]],
        "dur_after": [d[3] for d in durs],
        "dur_acc": [d[4] for d in durs],
        "kor": kor, "ra": ra, "m_kor": m_kor, "m_ra": m_ra,
        "cal_kor": calendar_clocks(),
        "rem_time": [f"{article(t)} [time : {t}]" for t in ra],
        "when": WHEN,
        "cal_when": WHEN + ["[date : március harmadikán]", "[date : június tizenkettedikén]", "[date : tizenötödikén]",
                            "[date : szenteste]", "[date : ezen a szombaton]"],
        "date_adj": ["holnapi", "mai", "pénteki", "hétfői", "szombati", "keddi", "holnaputáni"],
        "freq": ["minden nap", "minden reggel", "hétköznap", "minden hétköznap", "minden hétfőn", "naponta",
                 "hétvégén"],
        "cal_freq": ["minden nap", "minden hétfőn", "minden kedden", "hetente", "minden héten", "hétköznaponként"],
        "item": one_n, "item_def": one_d, "item_nom_def": [f"{article(n)} {n}" for n in one_n],
        "items_acc": one_a + two_a + three_a, "items_def": one_d + two_d + three_d, "items2_acc": two_a + three_a,
        "items_nom": one_n + two_n + three_n,
        "list_nom": list_forms("nom"), "list_sub": list_forms("sub"), "list_all": list_forms("all"),
        "list_del": list_forms("del"), "list_sup": list_forms("sup"), "list_acc": list_forms("acc"),
        "list_new": list_forms("acc_bare"),
        "list_plain": ["nyaralás", "ajándékok", "költözés", "kert", "esküvő", "hétvége", "szülinap"],
        "room_in": definite("house_place", [r[0] for r in ROOMS]),
        "room_to": definite("house_place", [r[1] for r in ROOMS]),
        "room_adj": definite("house_place", [r[2] for r in ROOMS if r[2]]),
        "room_acc": definite("house_place", [r[3] for r in ROOMS[:10]]),
        "lamp": LAMPS, "lamp_def": definite("device_type", LAMPS),
        "col_nom": [c[0] for c in COLOURS], "col_sub": [c[1] for c in COLOURS],
        "pct_sub": pct_sub, "pct_ins": pct_ins,
        "vol_nom": [w for n in range(1, 11) for w in both(n)],
        "vol_sub": [num(n, SUB) for n in range(1, 11)] + pct_sub[1::3],
        "bit": ["egy kicsit", "kicsit", "kissé", "még egy kicsit"],
        "event": [e[0] for e in EVENTS],
        "event_acc_def": definite("event_name", [e[1] for e in EVENTS]),
        "event_nom_def": definite("event_name", [e[0] for e in EVENTS]),
        "event_sub_def": definite("event_name", [e[2] for e in EVENTS]),
        "meet": [m[0] for m in MEETS], "meet_acc": [m[1] for m in MEETS],
        "meet_acc_def": definite("event_name", [m[1] for m in MEETS]),
        "person": ["annával", "péterrel", "katával", "gáborral", "eszterrel", "zsófival", "balázzsal", "tamással",
                   "rékával", "dáviddal"],
        "city": CITIES,
        "weather_adj": ["hideg", "meleg", "napos", "szeles", "felhős", "ködös"],
        "expr": maths(),
        "plug": definite("device_type", ["okos konnektort", "konnektort", "okos csatlakozót", "csatlakozót"]),
        "coffee": ["cappuccinót", "eszpresszót", "lattét", "hosszú kávét", "americanót"],
        "genre": ["jazzt", "rockot", "klasszikus zenét", "popot", "népzenét", "nyugtató zenét", "mulatós zenét"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "állíts be egy időzítőt {time=dur_sub}",
        "állítsd be az időzítőt {time=dur_sub}",
        "időzítő {time=dur}",
        "időzítő {time=dur_sub}",
        "{time=dur_adj} időzítő",
        "indíts egy {time=dur_adj} időzítőt",
        "állíts be egy {time=dur_adj} időzítőt",
        "tegyél fel egy időzítőt {time=dur_sub}",
        "kérek egy időzítőt {time=dur_sub}",
        "kellene egy időzítő {time=dur_sub}",
        "ébressz fel {time=dur_after}",
        "szólj {time=dur_after}",
        "indíts egy visszaszámlálást {time=dur_sub}",
        "beállítanál egy időzítőt {time=dur_sub}",
        "állítson be egy időzítőt {time=dur_sub}",
        "mérj le {time=dur_acc}",
        "időzítőt {time=dur_sub}",
    ]),
    ("alarm_set", 48, [
        "állíts be egy ébresztőt {time=ra}",
        "állítsd be az ébresztőt {time=ra}",
        "állíts be ébresztőt {time=ra}",
        "ébressz fel {time=kor}",
        "ébresztő {time=ra}",
        "kelts fel {time=kor}",
        "ébressz fel {when} {time=kor}",
        "{when} {time=kor} ébressz fel",
        "állíts be ébresztőt {when} {time=ra}",
        "ébresztő {when} {time=ra}",
        "ébresztő {general_frequency=freq} {time=kor}",
        "ébressz fel {general_frequency=freq} {time=kor}",
        "állíts be ébresztőt {general_frequency=freq} {time=ra}",
        "ébressz fel [date : holnap] [timeofday : reggel] {time=m_kor}",
        "állíts be ébresztőt [date : holnap] [timeofday : reggel] {time=m_ra}",
        "fel tudnál ébreszteni {time=kor}",
        "felébresztenél {time=kor}",
        "szeretnék {time=kor} felkelni",
        "új ébresztő {time=ra}",
        "állíts be egy riasztást {time=ra}",
        "ébresszen fel {time=kor}",
        "állítson be egy ébresztőt {time=ra}",
        "kérlek ébressz fel {time=kor}",
        "tedd az ébresztőt {time=ra}",
    ]),
    ("alarm_query", 8, [
        "milyen ébresztőim vannak", "mutasd az ébresztőimet", "mikor szól a következő ébresztő",
        "hánykor szól az ébresztő", "mennyi idő van még hátra az időzítőn", "mennyi van még az időzítőből",
        "van ébresztőm {when}", "milyen ébresztők vannak beállítva", "be van állítva az ébresztő [date : holnapra]",
        "sorold fel az ébresztőimet",
    ]),
    ("alarm_remove", 10, [
        "töröld az ébresztőt", "töröld az összes ébresztőt", "állítsd le az időzítőt", "kapcsold ki az időzítőt",
        "töröld {rem_time} szóló ébresztőt", "kapcsold ki az ébresztőt", "töröld a [date : holnapi] ébresztőt",
        "töröld az összes időzítőt", "ne szóljon az ébresztő {when}", "kapcsold ki {rem_time} beállított ébresztőt",
        "állítsd le az ébresztőt",
    ]),
    ("lists_createoradd", 34, [
        "írd fel {items_def} a {list_name=list_sub}",
        "írj fel {items_acc} a {list_name=list_sub}",
        "tedd fel {items_def} a {list_name=list_sub}",
        "tegyél fel {items_acc} a {list_name=list_sub}",
        "add hozzá {items_def} a {list_name=list_all}",
        "írd fel {items_def} a listára",
        "tegyél fel {items_acc} a listára",
        "a {list_name=list_sub} írd fel {items_def}",
        "kérlek írd fel {items_def} a {list_name=list_sub}",
        "felírnád {items_def} a {list_name=list_sub}",
        "hozzáadnád {items_def} a {list_name=list_all}",
        "kell {items_nom} írd fel a {list_name=list_sub}",
        "írja fel {items_def} a {list_name=list_sub}",
        "írj fel {items2_acc} a listámra",
    ]),
    ("lists_createoradd", 12, [
        "hozz létre egy új {list_name=list_new}",
        "készíts egy {list_name=list_new}",
        "csinálj egy új {list_name=list_new}",
        "kezdj egy új {list_name=list_new}",
        "hozz létre egy listát {list_name=list_plain} néven",
        "csinálj egy új listát",
        "új {list_name=list_nom}",
    ]),
    ("lists_remove", 18, [
        "töröld {item_def} a {list_name=list_del}",
        "vedd le {item_def} a {list_name=list_del}",
        "húzd ki {item_def} a {list_name=list_del}",
        "vedd le {item_def} a listáról",
        "töröld {item_def} a listáról",
        "töröld a {list_name=list_acc}",
        "ürítsd ki a {list_name=list_acc}",
        "levennéd {item_def} a {list_name=list_del}",
        "már nem kell {item_nom_def} vedd le a {list_name=list_del}",
    ]),
    ("lists_query", 16, [
        "mi van a {list_name=list_sup}",
        "mi van a listán",
        "olvasd fel a {list_name=list_acc}",
        "mutasd meg a {list_name=list_acc}",
        "milyen listáim vannak",
        "rajta van {item_nom_def} a {list_name=list_sup}",
        "van {item} a {list_name=list_sup}",
        "mit írtam fel a {list_name=list_sub}",
        "mi szerepel a {list_name=list_sup}",
        "felolvasnád a {list_name=list_acc}",
    ]),
    ("iot_hue_lighton", 36, [
        "kapcsold fel a villanyt",
        "kapcsold fel a lámpát",
        "kapcsold fel a lámpákat",
        "kapcsold be a világítást",
        "kapcsolj villanyt",
        "gyújtsd fel a villanyt",
        "gyújts villanyt",
        "villanyt kérek",
        "felkapcsolnád a villanyt",
        "fel tudnád kapcsolni a villanyt",
        "kapcsolja fel a villanyt",
        "kérlek kapcsold fel a villanyt",
        "sötét van kapcsold fel a villanyt",
        "kapcsold fel az összes lámpát",
        "minden lámpát kapcsolj fel",
        "kapcsold fel a villanyt {room_in}",
        "{room_in} kapcsold fel a villanyt",
        "kapcsold fel {room_adj} lámpát",
        "kapcsold be a világítást {room_in}",
        "villanyt {room_to}",
        "kapcsold fel {lamp_def}",
        "kapcsold be {lamp_def}",
        "kapcsold fel {room_adj} {device_type=lamp}",
        "felkapcsolnád a villanyt {room_in}",
        "kapcsold fel {room_adj} lámpáit",
        "legyen világos {room_in}",
    ]),
    ("iot_hue_lightoff", 24, [
        "kapcsold le a villanyt",
        "kapcsold le a lámpát",
        "kapcsold ki a világítást",
        "oltsd le a villanyt",
        "oltsd el a villanyt",
        "kapcsold le a villanyt {room_in}",
        "{room_in} kapcsold le a villanyt",
        "kapcsold le {room_adj} lámpát",
        "kapcsold le az összes lámpát",
        "lekapcsolnád a villanyt",
        "le tudnád kapcsolni a villanyt",
        "kapcsolja le a villanyt",
        "kapcsold le {lamp_def}",
        "kapcsold ki {lamp_def}",
        "mindenhol kapcsold le a villanyt",
        "lámpaoltás",
    ]),
    ("iot_hue_lightup", 14, [
        "legyen világosabb", "világosabbat kérek", "növeld a fényerőt", "vedd feljebb a fényerőt", "erősebb fényt kérek",
        "növeld a fényerőt {change_amount=pct_ins}", "vedd feljebb a világítást {change_amount=bit}",
        "legyen világosabb {room_in}", "adj több fényt", "állítsd erősebbre a lámpát",
        "{change_amount=bit} világosabbat", "emeld a fényerőt {change_amount=pct_ins}",
    ]),
    ("iot_hue_lightdim", 14, [
        "tompítsd a fényt", "tompítsd a világítást", "vedd lejjebb a fényerőt", "csökkentsd a fényerőt", "legyen sötétebb",
        "túl erős a fény", "halványabb fényt kérek", "tompítsd a fényt {change_amount=bit}",
        "csökkentsd a fényerőt {change_amount=pct_sub}", "vedd lejjebb a világítást {room_in}",
        "halványítsd a lámpákat", "vedd lejjebb a fényerőt {change_amount=pct_ins}",
    ]),
    ("iot_hue_lightchange", 26, [
        "állítsd a fényt {color_type=col_sub}",
        "állítsd a lámpát {color_type=col_sub}",
        "változtasd a világítást {color_type=col_sub}",
        "legyen {color_type=col_nom} a fény",
        "legyen a fény {color_type=col_nom}",
        "{color_type=col_nom} fényt kérek",
        "kapcsold {color_type=col_sub} a lámpát",
        "állítsd {room_adj} lámpát {color_type=col_sub}",
        "{room_in} legyen {color_type=col_nom} a fény",
        "változtasd a lámpák színét {color_type=col_sub}",
        "állítsd {color_type=col_sub} {lamp_def}",
        "állítsd a fényerőt {change_amount=pct_sub}",
        "fényerő {change_amount=pct_sub}",
    ]),
    ("audio_volume_up", 14, [
        "hangosabban", "hangosabbra", "hangosítsd fel", "vedd fel a hangerőt", "hangerő fel", "növeld a hangerőt",
        "tekerd fel", "tekerd fel a hangerőt", "legyen hangosabb", "nem hallom hangosabban", "{change_amount=bit} hangosabban",
        "hangosabbra vennéd", "kérem vegye hangosabbra", "vedd hangosabbra {change_amount=bit}",
    ]),
    ("audio_volume_up", 12, [
        "állítsd a hangerőt {change_amount=vol_sub}", "hangerő {change_amount=vol_nom}", "vedd a hangerőt {change_amount=vol_sub}",
        "hangerő {change_amount=vol_sub}", "tekerd fel a hangerőt {change_amount=vol_sub}",
        "állítsa a hangerőt {change_amount=vol_sub}",
    ]),
    ("audio_volume_down", 14, [
        "halkabban", "halkabbra", "halkítsd le", "vedd le a hangerőt", "hangerő le", "tekerd le", "túl hangos",
        "csökkentsd a hangerőt", "{change_amount=bit} halkabban", "vedd lejjebb a hangot", "vedd le a hangerőt {change_amount=vol_sub}",
        "halkabbra vennéd", "ez túl hangos halkítsd le", "halkítsd le {change_amount=bit}",
    ]),
    ("audio_volume_mute", 9, [
        "némítás", "némítsd el", "kapcsold ki a hangot", "csend", "csendet kérek", "maradj csendben",
        "némítsd el a hangszórót", "legyen csend", "némítsa el",
    ]),
    ("calendar_set", 40, [
        "írd be a naptárba hogy {cal_when} {time=cal_kor} {event_name=event}",
        "írd be a naptáramba hogy {cal_when} {time=cal_kor} {event_name=event}",
        "{cal_when} {time=cal_kor} {event_name=event}",
        "jegyezd fel hogy {cal_when} {time=cal_kor} {event_name=event} lesz",
        "vedd fel a naptárba {event_acc_def} {cal_when} {time=cal_kor}",
        "add hozzá a naptárhoz {event_acc_def} {cal_when} {time=cal_kor}",
        "új esemény {event_name=event} {cal_when} {time=cal_kor}",
        "{event_name=meet} {person=person} {cal_when} {time=cal_kor}",
        "tegyél be egy {event_name=meet_acc} {person=person} {cal_when} {time=cal_kor}",
        "írd be a naptárba hogy {cal_when} {time=cal_kor} {event_name=meet} {person=person}",
        "emlékeztess {cal_when} {time=cal_kor} {event_sub_def}",
        "írd be a naptárba {event_acc_def} {general_frequency=cal_freq} {time=cal_kor}",
        "beírnád a naptárba {event_acc_def} {cal_when}",
        "írja be a naptárba {event_acc_def} {cal_when} {time=cal_kor}",
        "vegyél fel egy eseményt {cal_when} {time=cal_kor} {event_name=event} néven",
    ]),
    ("calendar_query", 14, [
        "mi van a naptáramban {cal_when}", "mi a programom {cal_when}", "van valami programom {cal_when}",
        "mutasd a naptáramat", "mi a következő programom", "mikor van {event_nom_def}", "hánykor van {event_nom_def}",
        "olvasd fel a naptáramat", "milyen programjaim vannak {cal_when}", "mi van [date : ma] a naptárban",
        "van {event_name=event} {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "mondd le {event_acc_def} {cal_when}", "töröld {event_acc_def} a naptárból", "mondd le {event_acc_def}",
        "töröld a {date=date_adj} eseményeket", "töröld az összes {date=date_adj} programot",
        "töröld {meet_acc_def} {person=person}", "töröld a naptárból {event_acc_def}",
    ]),
    ("qa_maths", 24, [
        "mennyi {expr}", "számold ki mennyi {expr}", "{expr}", "mennyi lesz {expr}", "mennyit ad ki {expr}",
        "mondd meg mennyi {expr}", "kiszámolnád mennyi {expr}",
    ]),
    ("datetime_query", 18, [
        "hány óra van", "mennyi az idő", "hány óra van most", "megmondanád hány óra van", "mondd meg mennyi az idő",
        "milyen nap van [date : ma]", "hányadika van [date : ma]", "hányadika lesz [date : holnap]",
        "milyen nap lesz [date : holnap]", "mi a [date : mai] dátum", "hány óra van {place_name=city}",
        "mennyi az idő {place_name=city}", "milyen napra esik [date : karácsony] idén", "hányadika lesz [date : jövő pénteken]",
        "milyen nap lesz [date : holnapután]", "hány óra van most {place_name=city}",
    ]),
    ("weather_query", 18, [
        "milyen idő van", "milyen idő lesz {when}", "milyen az idő {place_name=city}", "milyen idő lesz {place_name=city} {when}",
        "{when} fog [weather_descriptor : esni]", "fog {when} [weather_descriptor : esni]",
        "[weather_descriptor : esik az eső] {place_name=city}", "lesz {when} {weather_descriptor=weather_adj}",
        "hány fok van kint", "kell {when} [weather_descriptor : esernyő]", "milyen lesz az időjárás {when}", "időjárás előrejelzés [date : (holnapra|a hétvégére|mára)]",
        "mennyi a [weather_descriptor : hőmérséklet] kint", "fog {when} [weather_descriptor : havazni]",
        "{weather_descriptor=weather_adj} lesz {when}", "milyen idő van most {place_name=city}",
    ]),
    ("general_joke", 5, ["mondj egy viccet", "mesélj egy viccet", "nevettess meg", "tudsz egy jó viccet",
                         "mondj valami vicceset"]),
    ("general_greet", 5, ["szia", "helló", "jó reggelt", "jó estét", "szia hogy vagy", "jó napot", "szervusz"]),
    ("iot_coffee", 5, ["főzz egy kávét", "csinálj nekem egy kávét", "kérek egy kávét", "főzz nekem egy {coffee_type=coffee}",
                       "kapcsold be a kávéfőzőt", "kérek egy {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["kapcsold be a porszívót", "porszívózd ki {room_acc}",
                         "indítsd el a [device_type : robotporszívót]", "takarítsd ki {room_acc}",
                         "kapcsold be a [device_type : robotporszívót]"]),
    ("iot_wemo_on", 4, ["kapcsold be {plug}", 
                        "kapcsolja be {plug}"]),
    ("iot_wemo_off", 4, ["kapcsold ki {plug}", "kapcsolja ki {plug}"]),
    ("play_music", 5, ["tegyél be valami zenét", "játssz {music_genre=genre}", "zenét kérek", "indíts valami zenét",
                       "szeretnék {music_genre=genre} hallgatni"]),
    ("play_radio", 3, ["kapcsold be a rádiót", "rádiót kérek", "indítsd el a rádiót"]),
]
