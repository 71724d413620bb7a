"""Finnish (fi-FI) command templates. Pattern language: see ../README.md.

Clock times: "puoli kahdeksan" is 7:30, "varttia yli seitsemän" 7:15, "varttia vaille kahdeksan" 7:45;
"kello" + nominative ("kello seitsemän", "kello 7:30", "kello 19"), the ablative for "at"
("herätä minut seitsemältä", "aamukuudelta"), the translative for "for" ("laita herätys kuudeksi").
Case endings stay on their word and inside the slot, as MASSIVE's fi-FI writes it ("[time :
seitsemältä]", "[house_place : keittiössä]", "[color_type : siniseksi]", "[change_amount :
viiteenkymmeneen prosenttiin]", "[person : annan] kanssa", "[list_name : ostoslistalle]");
"kello" stays outside the time slot, the part of the day said right after the hour is inside it
("[time : kuudelta aamulla]"), a part of the day on its own is timeofday ("[date : huomenna]
[timeofday : aamulla]"); "päästä" is inside ("[time : viiden minuutin päästä]") as MASSIVE has it.
List names are the compound said ("ostoslista"), inflected as the sentence needs. Address is
"sinä" (imperatives, "voisitko", "laitatko"), with a few formal "voisitteko".
"""

# --- numbers and their cases ----------------------------------------------------------------
# (nominative, inflection stem, illative); genitive = stem + n, ablative = stem + lta/ltä,
# adessive = stem + lla/llä, translative = stem + ksi.
UNITS = {
    1: ("yksi", "yhde", "yhteen"), 2: ("kaksi", "kahde", "kahteen"), 3: ("kolme", "kolme", "kolmeen"),
    4: ("neljä", "neljä", "neljään"), 5: ("viisi", "viide", "viiteen"), 6: ("kuusi", "kuude", "kuuteen"),
    7: ("seitsemän", "seitsemä", "seitsemään"), 8: ("kahdeksan", "kahdeksa", "kahdeksaan"),
    9: ("yhdeksän", "yhdeksä", "yhdeksään"), 10: ("kymmenen", "kymmene", "kymmeneen"),
}


def _back(word):
    return any(c in "aou" for c in word)


def _case(n, case):
    """One simple number word (1..10) in a case."""
    nom, stem, ill = UNITS[n]
    a = "a" if _back(stem) else "ä"
    return {"nom": nom, "gen": stem + "n", "abl": f"{stem}lt{a}", "ade": f"{stem}ll{a}", "tra": stem + "ksi",
            "ill": ill, "ela": f"{stem}st{a}"}[case]


def inflect(n, case="nom"):
    """The number 0..100 in words, in a case: inflect(25, 'ill') -> 'kahteenkymmeneenviiteen'."""
    if n == 0:
        return "nolla"
    if n == 100:
        return {"nom": "sata", "gen": "sadan", "abl": "sadalta", "ade": "sadalla", "tra": "sadaksi", "ill": "sataan",
                "ela": "sadasta"}[case]
    if n <= 10:
        return _case(n, case)
    if n < 20:
        return _case(n - 10, case) + "toista"
    t, u = divmod(n, 10)
    tens = _case(t, case) + ("kymmentä" if case == "nom" else _case(10, case))
    return tens + (_case(u, case) if u else "")


def num(n):
    return inflect(n)


def both(n):
    return [str(n), num(n)]


# --- durations: (nominative, genitive, translative) -----------------------------------------

def durations():
    out = [("minuutti", "minuutin", "minuutiksi"), ("yksi minuutti", "yhden minuutin", "yhdeksi minuutiksi"),
           ("1 minuutti", "1 minuutin", "1 minuutiksi"), ("tunti", "tunnin", "tunniksi"),
           ("yksi tunti", "yhden tunnin", "yhdeksi tunniksi"), ("1 tunti", "1 tunnin", "1 tunniksi"),
           ("kaksi tuntia", "kahden tunnin", "kahdeksi tunniksi"), ("2 tuntia", "2 tunnin", "2 tunniksi"),
           ("puoli tuntia", "puolen tunnin", "puoleksi tunniksi"),
           ("puolitoista tuntia", "puolentoista tunnin", "puoleksitoista tunniksi"),
           ("vartti", "vartin", "vartiksi"), ("puolitoista minuuttia", "puolentoista minuutin", "puoleksitoista minuutiksi")]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out.append((f"{n} minuuttia", f"{n} minuutin", f"{n} minuutiksi"))
        out.append((f"{inflect(n)} minuuttia", f"{inflect(n, 'gen')} minuutin", f"{inflect(n, 'tra')} minuutiksi"))
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out.append((f"{n} sekuntia", f"{n} sekunnin", f"{n} sekunniksi"))
        out.append((f"{inflect(n)} sekuntia", f"{inflect(n, 'gen')} sekunnin", f"{inflect(n, 'tra')} sekunniksi"))
    return out


# --- clock times ----------------------------------------------------------------------------

def clock_nom(h):
    """After "kello": seitsemän, 7, 7:30, puoli kahdeksan, varttia yli seitsemän ..."""
    w, nxt = inflect(h), inflect(h % 12 + 1)
    return [w, str(h), f"{h}:30", f"{h}:15", f"{h}:45", f"puoli {nxt}", f"varttia yli {w}", f"varttia vaille {nxt}",
            f"kymmentä yli {w}", f"{w} kolmekymmentä", f"{h}:05"]


def clock_abl(h):
    """At a time without "kello": seitsemältä, puoli kahdeksalta, varttia vaille kahdeksalta."""
    nxt = h % 12 + 1
    return [inflect(h, "abl"), f"puoli {inflect(nxt, 'abl')}", f"varttia yli {inflect(h, 'abl')}",
            f"varttia vaille {inflect(nxt, 'abl')}"]


def clock_tra(h):
    """For a time: seitsemäksi, puoli kahdeksaksi."""
    nxt = h % 12 + 1
    return [inflect(h, "tra"), f"puoli {inflect(nxt, 'tra')}", f"varttia vaille {inflect(nxt, 'tra')}"]


def pod(h):
    """The part of the day said after the hour (inside the time slot)."""
    out = []
    if 4 <= h <= 10:
        out.append("aamulla")
    if h == 11:
        out.append("aamupäivällä")
    if 1 <= h <= 5:
        out.append("iltapäivällä")
    return out


def clocks():
    nom, abl, tra = [], [], []
    for h in range(1, 13):
        nom += clock_nom(h)
        abl += clock_abl(h)
        tra += clock_tra(h)
        for p in pod(h):
            nom.append(f"{inflect(h)} {p}")
            abl.append(f"{inflect(h, 'abl')} {p}")
            tra.append(f"{inflect(h, 'tra')} {p}")
            abl.append(f"puoli {inflect(h % 12 + 1, 'abl')} {p}")
        if 6 <= h <= 11:
            nom.append(f"{inflect(h)} illalla")
            abl.append(f"{inflect(h, 'abl')} illalla")
            tra.append(f"{inflect(h, 'tra')} illalla")
        if 4 <= h <= 10:
            abl.append(f"aamu{inflect(h, 'abl')}")
            tra.append(f"aamu{inflect(h, 'tra')}")
    for h in range(13, 24):
        nom += [str(h), f"{h}:30", f"{h}:15", inflect(h)]
    for h in range(13, 20):
        abl.append(inflect(h, "abl"))
    return nom, abl, tra


def morning_hours():
    nom, abl = [], []
    for h in range(5, 11):
        nom += [inflect(h), str(h), f"puoli {inflect(h + 1)}", f"{h}:30"]
        abl += [inflect(h, "abl"), f"puoli {inflect(h + 1, 'abl')}"]
    return nom, abl


def calendar_clocks():
    nom, abl = ["12", "kaksitoista", "puoli yksi"], ["kahdeltatoista"]
    for h in range(8, 21):
        h12 = h if h <= 12 else h - 12
        nom += [str(h), f"{h}:30", f"{h}:15", f"{h}:45"]
        if h <= 12:
            nom += [inflect(h), f"puoli {inflect(h % 12 + 1)}"]
            abl += [inflect(h, "abl"), f"puoli {inflect(h % 12 + 1, 'abl')}"]
        else:
            p = "iltapäivällä" if h < 18 else "illalla"
            nom += [inflect(h), f"{inflect(h12)} {p}"]
            abl += [f"{inflect(h12, 'abl')} {p}"]
    return nom, abl


# --- lists ----------------------------------------------------------------------------------

LISTS = ["ostoslista", "kauppalista", "tehtävälista", "pakkauslista", "lahjalista", "joululista", "muistilista",
         "toivelista", "remonttilista", "mökkilista"]


def list_forms(case):
    """ostoslista -> ostoslistalle, ostoslistalleni, ostoslistaan ..."""
    ends = {"nom": [""], "acc": ["", "ni"], "all": ["lle", "lleni"], "ill": ["an", "ani"], "abl": ["lta", "ltani"],
            "ela": ["sta", "stani"], "ade": ["lla", "llani"], "ine": ["ssa"]}[case]
    return [name + e for name in LISTS for e in ends]


# The total object of an infinitive or a question ("voisitko lisätä maidon", "lisäätkö leivän"): the
# accusative -n of singular nouns; plurals keep -t.
ACC = {"maito": "maidon", "leipä": "leivän", "voi": "voin", "juusto": "juuston", "kahvi": "kahvin", "riisi": "riisin",
       "pasta": "pastan", "vessapaperi": "vessapaperin", "astianpesuaine": "astianpesuaineen",
       "appelsiinimehu": "appelsiinimehun", "jogurtti": "jogurtin", "kana": "kanan", "oliiviöljy": "oliiviöljyn",
       "sokeri": "sokerin", "kaurajuoma": "kaurajuoman", "kissanruoka": "kissanruoan", "valkosipuli": "valkosipulin"}


def items(acc=False):
    one = ["maito", "kananmunat", "leipä", "omenat", "päärynät", "banaanit", "voi", "juusto", "kahvi", "riisi", "pasta",
           "tomaatit", "vessapaperi", "astianpesuaine", "appelsiinimehu", "jogurtti", "kana", "sipulit", "perunat",
           "porkkanat", "oliiviöljy", "sokeri", "jauhot", "kaurajuoma", "kissanruoka", "paristot", "sitruunat",
           "valkosipuli"]
    if acc:
        one = [ACC.get(w, w) for w in one]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} ja {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} ja {one[c]}" for a, b, c in triples])


# --- rooms: (genitive, where, to, from) -----------------------------------------------------

ROOMS = [("keittiön", "keittiössä", "keittiöön", "keittiöstä"),
         ("olohuoneen", "olohuoneessa", "olohuoneeseen", "olohuoneesta"),
         ("makuuhuoneen", "makuuhuoneessa", "makuuhuoneeseen", "makuuhuoneesta"),
         ("kylpyhuoneen", "kylpyhuoneessa", "kylpyhuoneeseen", "kylpyhuoneesta"),
         ("eteisen", "eteisessä", "eteiseen", "eteisestä"),
         ("työhuoneen", "työhuoneessa", "työhuoneeseen", "työhuoneesta"),
         ("ruokailuhuoneen", "ruokailuhuoneessa", "ruokailuhuoneeseen", "ruokailuhuoneesta"),
         ("autotallin", "autotallissa", "autotalliin", "autotallista"),
         ("lastenhuoneen", "lastenhuoneessa", "lastenhuoneeseen", "lastenhuoneesta"),
         ("kellarin", "kellarissa", "kellariin", "kellarista"),
         ("vierashuoneen", "vierashuoneessa", "vierashuoneeseen", "vierashuoneesta"),
         ("saunan", "saunassa", "saunaan", "saunasta"),
         ("vessan", "vessassa", "vessaan", "vessasta"),
         ("parvekkeen", "parvekkeella", "parvekkeelle", "parvekkeelta")]

# Colours: (nominative, translative, plural nominative, plural translative)
COLOURS = [("punainen", "punaiseksi", "punaiset", "punaisiksi"), ("sininen", "siniseksi", "siniset", "sinisiksi"),
           ("vihreä", "vihreäksi", "vihreät", "vihreiksi"), ("keltainen", "keltaiseksi", "keltaiset", "keltaisiksi"),
           ("oranssi", "oranssiksi", "oranssit", "oransseiksi"), ("violetti", "violetiksi", "violetit", "violeteiksi"),
           ("vaaleanpunainen", "vaaleanpunaiseksi", "vaaleanpunaiset", "vaaleanpunaisiksi"),
           ("valkoinen", "valkoiseksi", "valkoiset", "valkoisiksi"), ("turkoosi", "turkoosiksi", "turkoosit", "turkooseiksi"),
           ("lämpimän valkoinen", "lämpimän valkoiseksi", "lämpimän valkoiset", "lämpimän valkoisiksi"),
           ("liila", "liilaksi", "liilat", "liiloiksi"), ("pinkki", "pinkiksi", "pinkit", "pinkeiksi")]

# Events: (nominative, elative "about")
EVENTS = [("hammaslääkäri", "hammaslääkäristä"), ("hammaslääkäriaika", "hammaslääkäriajasta"),
          ("lääkäriaika", "lääkäriajasta"), ("kampaaja", "kampaajasta"), ("tiimipalaveri", "tiimipalaverista"),
          ("joogatunti", "joogatunnista"), ("pianotunti", "pianotunnista"), ("jalkapallotreenit", "jalkapallotreeneistä"),
          ("lukupiiri", "lukupiiristä"), ("työhaastattelu", "työhaastattelusta"), ("auton huolto", "auton huollosta"),
          ("eläinlääkäri", "eläinlääkäristä"), ("syntymäpäiväjuhlat", "syntymäpäiväjuhlista"),
          ("vanhempainilta", "vanhempainillasta"), ("palaveri", "palaverista"), ("kuntosali", "kuntosalista"),
          ("fysioterapia", "fysioterapiasta")]


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("kertaa", "plus", "miinus"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
        out.append(f"{num(a)} jaettuna {inflect(b, 'ade')}")
        out.append(f"{num(a)} kerrottuna {inflect(b, 'ade')}")
    out += ["20 prosenttia luvusta 150", "viisitoista prosenttia luvusta kahdeksankymmentä", "luvun 144 neliöjuuri",
            "neliöjuuri luvusta kahdeksankymmentäyksi", "2 potenssiin 10", "seitsemän toiseen", "kaksi potenssiin kymmenen"]
    return out


WHEN = ["[date : huomenna]", "[date : tänään]", "[date : ylihuomenna]", "[date : maanantaina]", "[date : tiistaina]",
        "[date : keskiviikkona]", "[date : torstaina]", "[date : perjantaina]", "[date : lauantaina]",
        "[date : sunnuntaina]", "[date : ensi maanantaina]", "[date : ensi perjantaina]"]
CITIES = ["helsingissä", "tampereella", "turussa", "oulussa", "espoossa", "jyväskylässä", "tukholmassa", "lontoossa",
          "pariisissa", "new yorkissa", "tokiossa", "berliinissä"]


def vocab():
    one, two, three = items()
    one_acc, two_acc, three_acc = items(acc=True)
    durs = durations()
    c_nom, c_abl, c_tra = clocks()
    m_nom, m_abl = morning_hours()
    cal_nom, cal_abl = calendar_clocks()
    pct = (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100)
    pct_ill = [f"{n} prosenttiin" for n in pct] + [f"{inflect(n, 'ill')} prosenttiin" for n in pct]
    pct_ade = [f"{n} prosentilla" for n in pct] + [f"{inflect(n, 'ade')} prosentilla" for n in pct[:6]]
    levels_nom = [w for n in range(1, 11) for w in both(n)]
    levels_ill = [inflect(n, "ill") for n in range(1, 11)] + pct_ill[1::3]
    return {
        "dur": [d[0] for d in durs],
        "dur_gen": [d[1] for d in durs],
        "dur_tra": [d[2] for d in durs],
        "dur_after": [f"{d[1]} päästä" for d in durs],
        "clk_nom": c_nom,
        "clk_abl": c_abl,
        "clk_tra": c_tra,
        "m_nom": m_nom,
        "m_abl": m_abl,
        "cal_nom": cal_nom,
        "cal_abl": cal_abl,
        "when": WHEN,
        "cal_when": WHEN + ["[date : kolmantena maaliskuuta]", "[date : kahdentenatoista kesäkuuta]",
                            "[date : jouluaattona]", "[date : tänä lauantaina]", "[date : ensi viikon tiistaina]"],
        "freq": ["joka päivä", "joka aamu", "arkisin", "arkipäivisin", "joka maanantai", "maanantaisin", "päivittäin",
                 "viikonloppuisin"],
        "cal_freq": ["joka päivä", "joka maanantai", "arkisin", "joka viikko", "viikoittain", "tiistaisin"],
        "item": one, "items": one + two + three, "items2": two + three,
        "item_acc": one_acc, "items_acc": one_acc + two_acc + three_acc,
        "list_nom": list_forms("nom"), "list_acc": list_forms("acc"), "list_all": list_forms("all"), "list_ill": list_forms("ill"),
        "list_abl": list_forms("abl"), "list_ela": list_forms("ela"), "list_ade": list_forms("ade"),
        "list_ine": list_forms("ine"),
        "list_plain": ["loma", "lahjat", "muutto", "puutarha", "häät", "mökki", "synttärit"],
        "room_gen": [r[0] for r in ROOMS], "room_in": [r[1] for r in ROOMS], "room_to": [r[2] for r in ROOMS],
        "room_from": [r[3] for r in ROOMS],
        "room_obj": ["olohuone", "keittiö", "makuuhuone", "eteinen", "lastenhuone", "työhuone", "kylpyhuone"],
        "lamp": ["lamppu", "pöytälamppu", "lattiavalaisin", "kattovalo", "lukulamppu", "yölamppu", "jalkalamppu",
                 "kattolamppu", "tunnelmavalo", "ikkunavalo"],
        "col_nom": [c[0] for c in COLOURS], "col_tra": [c[1] for c in COLOURS],
        "col_pl": [c[2] for c in COLOURS], "col_pl_tra": [c[3] for c in COLOURS],
        "pct_ill": pct_ill, "pct_ade": pct_ade,
        "vol_nom": levels_nom, "vol_ill": levels_ill,
        "bit": ["vähän", "hieman", "vähäsen", "vähän"],
        "event": [e[0] for e in EVENTS], "event_ela": [e[1] for e in EVENTS],
        "meet": ["lounas", "illallinen", "puhelu", "kahvit", "palaveri", "videopuhelu", "tapaaminen"],
        "person_gen": ["annan", "mikon", "lauran", "jukan", "sannan", "matin", "emman", "juhan", "liisan", "antin"],
        "city": CITIES,
        "weather_adj": ["kylmä", "kuuma", "lämmin", "tuulista", "aurinkoista", "pilvistä", "liukasta"],
        "expr": maths(),
        "plug": ["älypistorasia", "pistorasia", "älypistoke", "pistoke"],
        "coffee": ["cappuccino", "espresso", "latte", "americano", "mustaa kahvia"],
        "genre": ["jazzia", "rockia", "klassista musiikkia", "poppia", "iskelmää", "rentouttavaa musiikkia", "räppiä",
                  "hevimetallia"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "aseta ajastin {time=dur_tra}",
        "laita ajastin {time=dur_tra}",
        "ajastin {time=dur_tra}",
        "ajastin {time=dur}",
        "{time=dur_gen} ajastin",
        "laita {time=dur_gen} ajastin",
        "aseta {time=dur_gen} ajastin",
        "käynnistä {time=dur_gen} ajastin",
        "käynnistä ajastin {time=dur_tra}",
        "laitatko ajastimen {time=dur_tra}",
        "voisitko laittaa ajastimen {time=dur_tra}",
        "tarvitsen {time=dur_gen} ajastimen",
        "ajasta {time=dur}",
        "herätä minut {time=dur_after}",
        "aloita {time=dur_gen} lähtölaskenta",
        "sano kun {time=dur} on kulunut",
        "pistä ajastin {time=dur_tra}",
        "voisitteko asettaa ajastimen {time=dur_tra}",
    ]),
    ("alarm_set", 48, [
        "herätys kello {time=clk_nom}",
        "herätä minut kello {time=clk_nom}",
        "herätä minut {time=clk_abl}",
        "aseta herätys kello {time=clk_nom}",
        "aseta herätys {time=clk_tra}",
        "laita herätys {time=clk_tra}",
        "laita herätys kello {time=clk_nom}",
        "herätys {when} kello {time=clk_nom}",
        "herätä minut {when} {time=clk_abl}",
        "herätä minut {when} kello {time=clk_nom}",
        "aseta herätys {when} kello {time=clk_nom}",
        "herätys {general_frequency=freq} kello {time=clk_nom}",
        "herätä minut {general_frequency=freq} {time=clk_abl}",
        "laita herätys {general_frequency=freq} kello {time=clk_nom}",
        "herätys [date : huomenna] [timeofday : aamulla] kello {time=m_nom}",
        "herätä minut [date : huomenna] [timeofday : aamulla] {time=m_abl}",
        "voisitko herättää minut {time=clk_abl}",
        "herätätkö minut kello {time=clk_nom}",
        "haluan herätä {time=clk_abl}",
        "tarvitsen herätyksen kello {time=clk_nom}",
        "uusi herätys kello {time=clk_nom}",
        "laitatko herätyksen {time=clk_tra}",
        "hälytys kello {time=clk_nom}",
        "aseta hälytys {time=clk_tra}",
        "voisitteko herättää minut {time=clk_abl}",
    ]),
    ("alarm_query", 8, [
        "mitä herätyksiä minulla on", "näytä herätykset", "näytä (kaikki |)herätykseni", "milloin seuraava herätys on",
        "mihin aikaan herätys soi", "paljonko ajastimessa on aikaa jäljellä", "kauanko ajastinta on jäljellä",
        "onko minulla herätystä {when}", "mille ajalle herätys on asetettu", "luettele herätykset",
        "onko herätys päällä",
    ]),
    ("alarm_remove", 10, [
        "poista herätys", "poista kaikki herätykset", "pysäytä ajastin", "peru ajastin", "sammuta herätys",
        "poista herätys kello {time=clk_nom}", "peru herätys {when}", "poista [date : huomisen] herätys",
        "ota herätys pois päältä", "poista kaikki ajastimet", "lopeta ajastin", "poista herätys {when} kello {time=clk_nom}",
    ]),
    ("lists_createoradd", 34, [
        "lisää {items} {list_name=list_all}",
        "lisää {items} {list_name=list_ill}",
        "laita {items} {list_name=list_all}",
        "pistä {items} {list_name=list_all}",
        "lisää {items} listalle",
        "lisää listalle {items}",
        "lisää {list_name=list_all} {items}",
        "voisitko lisätä {items_acc} {list_name=list_all}",
        "lisäätkö {items_acc} {list_name=list_all}",
        "kirjoita {items} {list_name=list_all}",
        "laita {items2} {list_name=list_ill}",
        "{items} {list_name=list_all}",
        "merkitse {items} {list_name=list_all}",
    ]),
    ("lists_createoradd", 12, [
        "luo uusi {list_name=list_nom}",
        "tee uusi {list_name=list_nom}",
        "tee {list_name=list_nom}",
        "aloita uusi {list_name=list_nom}",
        "luo lista nimeltä {list_name=list_plain}",
        "tee uusi lista nimeltä {list_name=list_plain}",
        "luo uusi lista",
        "tee uusi lista",
    ]),
    ("lists_remove", 18, [
        "poista {item} {list_name=list_abl}",
        "poista {item} {list_name=list_ela}",
        "ota {item} pois {list_name=list_abl}",
        "poista {item} listalta",
        "ota {item} pois listalta",
        "poista {list_name=list_acc}",
        "tyhjennä {list_name=list_acc}",
        "voisitko poistaa {item_acc} {list_name=list_abl}",
        "yliviivaa {item} {list_name=list_abl}",
    ]),
    ("lists_query", 16, [
        "mitä {list_name=list_ade} on",
        "mitä {list_name=list_ine} on",
        "mitä listalla on",
        "lue {list_name=list_acc}",
        "lue minulle {list_name=list_acc}",
        "näytä {list_name=list_acc}",
        "mitä listoja minulla on",
        "kerro mitä {list_name=list_ade} on",
        "onko {item} {list_name=list_ade}",
        "mitä minulla on {list_name=list_ade}",
        "mitä {list_name=list_ade} lukee",
    ]),
    ("iot_hue_lighton", 36, [
        "valot päälle",
        "valo päälle",
        "laita valot päälle",
        "laita valo päälle",
        "sytytä valot",
        "sytytä valo",
        "pistä valot päälle",
        "valot päälle kiitos",
        "laitatko valot päälle",
        "voisitko laittaa valot päälle",
        "voisitko sytyttää valot",
        "laittaisitko valot päälle",
        "{house_place=room_gen} valot päälle",
        "sytytä {house_place=room_gen} valot",
        "laita {house_place=room_gen} valot päälle",
        "sytytä valot {house_place=room_to}",
        "laita valot päälle {house_place=room_to}",
        "valot päälle {house_place=room_in}",
        "{house_place=room_to} valot",
        "sytytä {device_type=lamp}",
        "laita {device_type=lamp} päälle",
        "{device_type=lamp} päälle",
        "sytytä {house_place=room_gen} {device_type=lamp}",
        "sytytä kaikki valot",
        "laita kaikki valot päälle",
        "onpa pimeää laita valot päälle",
        "täällä on liian pimeää sytytä valot",
        "voisitko laittaa valot päälle {house_place=room_to}",
        "voisitteko sytyttää valot",
        "saisinko valoa",
    ]),
    ("iot_hue_lightoff", 24, [
        "valot pois",
        "valot pois päältä",
        "valo pois",
        "sammuta valot",
        "sammuta valo",
        "laita valot pois päältä",
        "{house_place=room_gen} valot pois",
        "sammuta {house_place=room_gen} valot",
        "sammuta valot {house_place=room_from}",
        "valot pois {house_place=room_from}",
        "sammuta {device_type=lamp}",
        "laita {device_type=lamp} pois päältä",
        "sammuta kaikki valot",
        "sammutatko valot",
        "voisitko sammuttaa valot",
        "sammuta {house_place=room_gen} {device_type=lamp}",
        "voisitko sammuttaa {house_place=room_gen} valot",
    ]),
    ("iot_hue_lightup", 14, [
        "lisää valoa", "kirkkaammalle", "valot kirkkaammalle", "laita valot kirkkaammalle", "lisää kirkkautta",
        "nosta kirkkautta", "kirkasta valoja", "kirkasta valoja {change_amount=bit}", "nosta kirkkautta {change_amount=pct_ade}",
        "lisää kirkkautta {change_amount=pct_ade}", "{house_place=room_to} lisää valoa", "kirkasta {house_place=room_gen} valoja",
        "liian hämärää lisää valoa", "laita valot {change_amount=bit} kirkkaammalle",
    ]),
    ("iot_hue_lightdim", 14, [
        "himmennä valoja", "himmennä valot", "vähemmän valoa", "laske kirkkautta", "valot himmeämmälle",
        "himmennä {house_place=room_gen} valoja", "himmennä valoja {change_amount=bit}",
        "himmennä valot {change_amount=pct_ill}", "laske kirkkaus {change_amount=pct_ill}", "valot ovat liian kirkkaat",
        "laita valot himmeämmälle", "himmennä valoja {house_place=room_in}", "vähän himmeämmälle",
    ]),
    ("iot_hue_lightchange", 26, [
        "vaihda valot {color_type=col_pl_tra}",
        "laita valot {color_type=col_pl_tra}",
        "vaihda valo {color_type=col_tra}",
        "vaihda valon väri {color_type=col_tra}",
        "muuta valon väri {color_type=col_tra}",
        "tee valosta {color_type=col_nom}",
        "{color_type=col_pl} valot kiitos",
        "{color_type=col_nom} valo",
        "vaihda {house_place=room_gen} valot {color_type=col_pl_tra}",
        "laita {house_place=room_gen} valo {color_type=col_tra}",
        "voisitko vaihtaa valot {color_type=col_pl_tra}",
        "vaihda {device_type=lamp} {color_type=col_tra}",
        "aseta kirkkaus {change_amount=pct_ill}",
        "valot {change_amount=pct_ill}",
        "säädä valot {change_amount=pct_ill}",
    ]),
    ("audio_volume_up", 14, [
        "lisää ääntä", "kovemmalle", "laita kovemmalle", "isommalle", "laita isommalle", "kovempaa",
        "nosta äänenvoimakkuutta", "volyymi ylös", "äänet kovemmalle", "lisää volyymia", "{change_amount=bit} kovemmalle",
        "en kuule mitään laita kovemmalle", "voisitko laittaa kovemmalle", "nosta ääntä {change_amount=bit}",
        "laitatko isommalle",
    ]),
    ("audio_volume_up", 12, [
        "äänenvoimakkuus {change_amount=vol_nom}", "aseta äänenvoimakkuudeksi {change_amount=vol_nom}",
        "laita äänenvoimakkuus {change_amount=vol_ill}", "säädä äänenvoimakkuus {change_amount=vol_ill}",
        "volyymi {change_amount=vol_ill}", "nosta äänenvoimakkuus {change_amount=vol_ill}", "volyymi {change_amount=vol_nom}",
    ]),
    ("audio_volume_down", 14, [
        "hiljemmalle", "laita hiljemmalle", "pienemmälle", "laita pienemmälle", "vähemmän ääntä", "hiljennä",
        "hiljennä ääntä", "laske äänenvoimakkuutta", "volyymi alas", "liian kovaa", "hiljempaa",
        "{change_amount=bit} hiljemmalle", "laske äänenvoimakkuus {change_amount=vol_ill}", "voisitko laittaa hiljemmalle",
        "hiljennä {change_amount=bit}",
    ]),
    ("audio_volume_mute", 9, [
        "mykistä", "äänet pois", "mykistä äänet", "hiljaa", "ole hiljaa", "vaimenna", "äänettömälle",
        "laita äänet pois", "mykistä kaiutin",
    ]),
    ("calendar_set", 40, [
        "lisää kalenteriin {event_name=event} {cal_when} kello {time=cal_nom}",
        "lisää {event_name=event} kalenteriin {cal_when} kello {time=cal_nom}",
        "merkitse kalenteriin {event_name=event} {cal_when} {time=cal_abl}",
        "laita kalenteriin {event_name=event} {cal_when} kello {time=cal_nom}",
        "{event_name=event} {cal_when} kello {time=cal_nom}",
        "uusi tapahtuma {event_name=event} {cal_when} kello {time=cal_nom}",
        "lisää tapahtuma {event_name=event} {cal_when}",
        "{event_name=meet} {person=person_gen} kanssa {cal_when} kello {time=cal_nom}",
        "lisää kalenteriin {event_name=meet} {person=person_gen} kanssa {cal_when} {time=cal_abl}",
        "merkitse {event_name=meet} {person=person_gen} kanssa {cal_when} kello {time=cal_nom}",
        "minulla on {event_name=event} {cal_when} kello {time=cal_nom} laita se kalenteriin",
        "muistuta minua {event_name=event_ela} {cal_when} kello {time=cal_nom}",
        "lisää kalenteriin {event_name=event} {general_frequency=cal_freq} kello {time=cal_nom}",
        "kalenteriin {event_name=event} {cal_when} kello {time=cal_nom}",
    ]),
    ("calendar_query", 14, [
        "mitä kalenterissani on {cal_when}", "mitä kalenterissa on", "mitä minulla on {cal_when}",
        "onko minulla mitään {cal_when}", "näytä kalenteri", "näytä kalenterini {cal_when}",
        "milloin on {event_name=event}", "mihin aikaan on {event_name=event}", "mikä on seuraava menoni",
        "mitä menoja minulla on {cal_when}", "lue kalenterini", "onko minulla {event_name=event} {cal_when}",
    ]),
    ("calendar_remove", 10, [
        "peru {event_name=event} {cal_when}", "poista {event_name=event} kalenterista", "peru {event_name=event}",
        "poista kaikki tapahtumat [date : huomiselta]", "tyhjennä kalenteri [date : (huomiselta|tältä päivältä|perjantailta)]",
        "poista {event_name=meet} {person=person_gen} kanssa", "peruuta {event_name=event} {cal_when}",
    ]),
    ("qa_maths", 24, [
        "paljonko on {expr}", "mitä on {expr}", "laske {expr}", "{expr}", "paljonko tulee {expr}",
        "kuinka paljon on {expr}", "osaatko laskea {expr}", "mikä on {expr}",
    ]),
    ("datetime_query", 18, [
        "paljonko kello on", "mitä kello on", "kerro kellonaika", "paljonko kello on nyt", "mitä kello on nyt",
        "tiedätkö paljonko kello on", "mikä päivä [date : tänään] on", "monesko päivä [date : tänään] on",
        "mikä päivämäärä on [date : tänään]", "mikä päivä [date : huomenna] on", "monesko [date : huomenna] on",
        "mikä viikonpäivä [date : ylihuomenna] on", "paljonko kello on {place_name=city}", "mitä kello on {place_name=city}",
        "minä päivänä [date : juhannus] on tänä vuonna", "mikä päivämäärä on [date : ensi perjantaina]",
    ]),
    ("weather_query", 18, [
        "millainen sää on", "millainen sää on {when}", "sää {when}", "mikä on sää {place_name=city}",
        "millainen sää on {place_name=city}", "[weather_descriptor : sataako] {when}", "[weather_descriptor : sataako] {place_name=city}",
        "tuleeko {when} [weather_descriptor : lunta]", "onko {when} {weather_descriptor=weather_adj}",
        "tarvitsenko {when} [weather_descriptor : sateenvarjoa]", "montako astetta ulkona on",
        "mikä on [weather_descriptor : lämpötila] ulkona", "sääennuste [date : (huomiselle|viikonlopulle|tälle päivälle)]",
        "millainen sää on {place_name=city} {when}", "tuleeko {when} [weather_descriptor : sadetta]",
    ]),
    ("general_joke", 5, ["kerro vitsi", "kerro hauska vitsi", "naurata minua", "tiedätkö hyviä vitsejä", "sano jotain hauskaa"]),
    ("general_greet", 5, ["hei", "moi", "huomenta", "hyvää iltaa", "terve mitä kuuluu", "moikka", "hyvää päivää"]),
    ("iot_coffee", 5, ["keitä kahvia", "keitä minulle kuppi kahvia", "haluan kahvia", "tee minulle {coffee_type=coffee}",
                       "käynnistä kahvinkeitin", "laita kahvit tulemaan"]),
    ("iot_cleaning", 5, ["käynnistä imuri", "imuroi {house_place=room_obj}", "käynnistä [device_type : robotti-imuri]",
                         "siivoa {house_place=room_obj}", "laita [device_type : robotti-imuri] päälle"]),
    ("iot_wemo_on", 4, ["laita {device_type=plug} päälle", "kytke {device_type=plug} päälle", "{device_type=plug} päälle"]),
    ("iot_wemo_off", 4, ["laita {device_type=plug} pois päältä", "kytke {device_type=plug} pois päältä",
                         "{device_type=plug} pois päältä"]),
    ("play_music", 5, ["soita musiikkia", "soita {music_genre=genre}", "laita musiikkia soimaan",
                       "laita soimaan {music_genre=genre}", "laita jotain musiikkia"]),
    ("play_radio", 3, ["laita radio päälle", "soita radiota", "avaa radio"]),
]
