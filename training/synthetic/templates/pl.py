"""Polish (pl-PL) command templates. Pattern language: see ../README.md.

Clock times: hours are ordinals, locative after "o" ("o [time : siódmej]"), accusative after "na"
("na [time : siódmą]"); "wpół do ósmej" is 7:30, "kwadrans po siódmej" 7:15, "za kwadrans ósma"
7:45. As in MASSIVE's pl-PL, "z" stays inside the person slot ("[person : z anną]"). Nouns agree
with numbers (minutę, minuty, minut) and take the case the verb asks for (dodaj kawę).
"""
from generate import tens_units

SMALL = ("zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście "
         "czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście").split()
TENS = dict(zip(range(20, 100, 10), ("dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt "
                                     "osiemdziesiąt dziewięćdziesiąt").split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{t} {u}", "sto")
# Hour ordinals, feminine: locative (o siódmej) and accusative (na siódmą).
LOC = ["", "pierwszej", "drugiej", "trzeciej", "czwartej", "piątej", "szóstej", "siódmej", "ósmej", "dziewiątej",
       "dziesiątej", "jedenastej", "dwunastej", "trzynastej", "czternastej", "piętnastej", "szesnastej", "siedemnastej",
       "osiemnastej", "dziewiętnastej", "dwudziestej", "dwudziestej pierwszej", "dwudziestej drugiej",
       "dwudziestej trzeciej"]
ACC = ["", "pierwszą", "drugą", "trzecią", "czwartą", "piątą", "szóstą", "siódmą", "ósmą", "dziewiątą", "dziesiątą",
       "jedenastą", "dwunastą"]
NOM_F = ["", "pierwsza", "druga", "trzecia", "czwarta", "piąta", "szósta", "siódma", "ósma", "dziewiąta", "dziesiąta",
         "jedenasta", "dwunasta"]


def plural(n, one, few, many):
    if n == 1:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def fem(n):
    """Before a feminine noun: jedną, dwie."""
    w = num(n)
    return {1: "jedną", 2: "dwie"}.get(n, w.replace(" dwa", " dwie") if n % 10 == 2 and n > 20 else w)


def durations():
    """Accusative, as after 'na' / 'za': na minutę, na dwie minuty, na pięć minut."""
    out = ["minutę", "jedną minutę", "godzinę", "jedną godzinę", "pół godziny", "półtorej godziny", "dwie godziny",
           "2 godziny", "półtorej minuty", "kwadrans", "dwie i pół minuty"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        word = plural(n, "minutę", "minuty", "minut")
        out += [f"{n} {word}", f"{fem(n)} {word}"]
    for n in (10, 15, 20, 30, 45, 90):
        word = plural(n, "sekundę", "sekundy", "sekund")
        out += [f"{n} {word}", f"{fem(n)} {word}"]
    return out


def o_clocks():
    out = ["o [time : północy]", "w [time : południe]"]
    for h in range(1, 13):
        nxt = h % 12 + 1
        out += [f"o [time : {t}]" for t in (str(h), LOC[h], f"{h}:30", f"{h}:15", f"{h}:45", f"{LOC[h]} trzydzieści",
                                            f"{LOC[h]} piętnaście", f"wpół do {LOC[nxt]}", f"kwadrans po {LOC[h]}")]
        out.append(f"[time : za kwadrans {NOM_F[nxt]}]")
        if 5 <= h <= 11:
            out += [f"o [time : {LOC[h]} rano]", f"o [time : {h} rano]"]
        if 5 <= h <= 11:
            out += [f"o [time : {LOC[h]} wieczorem]"]
    for h in range(13, 24):
        out += [f"o [time : {t}]" for t in (str(h), LOC[h], f"{h}:30", f"{LOC[h]} trzydzieści")]
    return out


def na_clocks():
    out = []
    for h in range(1, 13):
        out += [f"na [time : {t}]" for t in (str(h), ACC[h], f"{h}:30", f"{ACC[h]} trzydzieści", f"{ACC[h]} piętnaście")]
        if 5 <= h <= 11:
            out += [f"na [time : {ACC[h]} rano]"]
    return out


def calendar_clocks():
    out = ["w [time : południe]"]
    for h in range(8, 21):
        out += [f"o [time : {t}]" for t in (str(h), LOC[h], f"{h}:30", f"{h}:15", f"{LOC[h]} trzydzieści")]
    for h in range(1, 6):
        out += [f"o [time : {LOC[h]} po południu]", f"o [time : wpół do {LOC[h + 1]}]"]
    return out


ITEMS = ["mleko", "jajka", "chleb", "jabłka", "gruszki", "banany", "masło", "ser", "kawę", "ryż", "makaron", "pomidory",
         "papier toaletowy", "płyn do naczyń", "sok pomarańczowy", "jogurt", "kurczaka", "cebulę", "ziemniaki",
         "marchewkę", "oliwę", "cukier", "mąkę", "mleko owsiane", "karmę dla kota", "baterie", "cytryny", "czosnek"]


def items():
    one = ITEMS
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} i {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} i {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("razy", "plus", "minus", "podzielić przez", "dzielone przez"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 procent z 150", "piętnaście procent z osiemdziesięciu", "pierwiastek z 144", "pierwiastek z osiemdziesięciu jeden",
            "2 do potęgi 10", "siedem do kwadratu"]
    return out


WHEN = ["[date : jutro]", "[date : dzisiaj]", "[date : dziś]", "[date : pojutrze]", "w [date : poniedziałek]",
        "we [date : wtorek]", "w [date : środę]", "w [date : czwartek]", "w [date : piątek]", "w [date : sobotę]",
        "w [date : niedzielę]", "w [date : przyszły piątek]", "w [date : następny poniedziałek]"]
WHEN_NA = ["na [date : jutro]", "na [date : dzisiaj]", "na [date : poniedziałek]", "na [date : piątek]", "na [date : sobotę]",
           "na [date : weekend]", "na [date : pojutrze]"]
EVENTS = [("wizyta u dentysty", "wizytę u dentysty"), ("wizyta u fryzjera", "wizytę u fryzjera"),
          ("spotkanie zespołu", "spotkanie zespołu"), ("joga", "jogę"), ("lekcja pianina", "lekcję pianina"),
          ("trening piłki nożnej", "trening piłki nożnej"), ("klub książki", "klub książki"),
          ("rozmowa kwalifikacyjna", "rozmowę kwalifikacyjną"), ("przegląd samochodu", "przegląd samochodu"),
          ("wizyta u weterynarza", "wizytę u weterynarza"), ("urodziny", "urodziny"), ("zebranie", "zebranie"),
          ("siłownia", "siłownię"), ("wywiadówka", "wywiadówkę"), ("wizyta u lekarza", "wizytę u lekarza")]


def vocab():
    one, two, three = items()
    pct = [f"{n} procent" for n in (10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100)]
    pct_words = [f"{num(n)} procent" for n in (10, 20, 30, 50, 70)]
    return {
        "dur": durations(),
        "dur_many": [d for d in durations() if d.split()[-1] in ("minut", "sekund")],
        "o_clock": o_clocks(),
        "na_clock": na_clocks(),
        "cal_clock": calendar_clocks(),
        "o_morning": [f"o [time : {t}]" for h in range(5, 11) for t in (str(h), LOC[h], f"wpół do {LOC[h + 1]}")],
        "na_evening": [f"na [time : {t}]" for h in range(6, 12) for t in (str(h), ACC[h])],
        "when": WHEN,
        "when_na": WHEN_NA,
        "cal_when": WHEN + ["[date : dwunastego czerwca]", "[date : trzeciego marca]", "w [date : tę sobotę]",
                            "[date : piętnastego]", "w [date : wigilię]"],
        "freq": ["codziennie", "w dni robocze", "od poniedziałku do piątku", "w każdy poniedziałek", "każdego ranka",
                 "co rano"],
        "cal_freq": ["codziennie", "w dni robocze", "od poniedziałku do piątku", "w każdy poniedziałek", "co tydzień"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["zakupów", "zadań", "prezentów", "rzeczy do zrobienia", "spraw", "gości", "życzeń", "do zrobienia",
                 "na urlop", "rzeczy na wyjazd"],
        "list_plain": ["urlop", "prezenty", "remont", "działka", "impreza"],
        "in_room": ["w [house_place : kuchni]", "w [house_place : salonie]", "w [house_place : sypialni]",
                    "w [house_place : łazience]", "na [house_place : korytarzu]", "w [house_place : gabinecie]",
                    "w [house_place : jadalni]", "w [house_place : garażu]", "w [house_place : pokoju dziecięcym]",
                    "w [house_place : przedpokoju]", "na [house_place : balkonie]"],
        "room_acc": ["[house_place : salon]", "[house_place : kuchnię]", "[house_place : sypialnię]",
                     "[house_place : przedpokój]", "[house_place : mieszkanie]", "[house_place : dywan]"],
        "lamp": ["lampę", "lampkę nocną", "lampę na biurku", "lampkę", "żyrandol", "kinkiet"],
        "colour_m": ["czerwony", "zielony", "niebieski", "żółty", "pomarańczowy", "fioletowy", "różowy", "biały",
                     "ciepły biały", "turkusowy"],
        "colour_n": ["czerwone", "zielone", "niebieskie", "żółte", "pomarańczowe", "fioletowe", "różowe", "białe",
                     "ciepłe białe", "turkusowe"],
        "pct_na": [f"na {p}" for p in pct + pct_words],
        "pct_o": [f"o {p}" for p in pct + pct_words],
        "pct_do": [f"do {p}" for p in pct],
        "vol_na": [f"na {n}" for n in range(1, 11)] + [f"na {num(n)}" for n in range(1, 11)],
        "vol_do": [f"do {n}" for n in range(1, 11)] + [f"do {p}" for p in pct[1::3]],
        "bit": ["trochę", "troszkę", "nieco", "odrobinę"],
        "event_nom": [n for n, _ in EVENTS],
        "event_acc": [a for _, a in EVENTS],
        "meet_nom": ["spotkanie", "obiad", "kolacja", "rozmowa", "kawa"],
        "meet_acc": ["spotkanie", "obiad", "kolację", "rozmowę", "kawę"],
        "with_person": ["z anną", "z piotrem", "z kasią", "z tomkiem", "z magdą", "z pawłem", "z ewą", "z michałem",
                        "z agnieszką", "z krzysztofem"],
        "in_city": ["w [place_name : warszawie]", "w [place_name : krakowie]", "w [place_name : gdańsku]",
                    "we [place_name : wrocławiu]", "w [place_name : poznaniu]", "w [place_name : londynie]",
                    "w [place_name : tokio]", "w [place_name : nowym jorku]", "w [place_name : berlinie]",
                    "w [place_name : paryżu]"],
        "rain": ["padać", "padać śnieg", "wiać"],
        "weather_adj": ["zimno", "ciepło", "gorąco", "słonecznie", "wietrznie"],
        "expr": maths(),
        "plug": ["gniazdko", "inteligentne gniazdko", "wtyczkę"],
        "coffee": ["cappuccino", "espresso", "latte", "americano", "kawę z mlekiem"],
        "genre": ["jazz", "rock", "muzykę klasyczną", "pop", "disco polo", "spokojną muzykę"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "ustaw minutnik na {time=dur}",
        "nastaw minutnik na {time=dur}",
        "minutnik na {time=dur}",
        "timer na {time=dur}",
        "ustaw timer na {time=dur}",
        "włącz minutnik na {time=dur}",
        "odliczaj {time=dur}",
        "odliczanie {time=dur_many}",
        "możesz ustawić minutnik na {time=dur}",
        "potrzebuję minutnika na {time=dur}",
        "obudź mnie za {time=dur}",
        "nastaw czasomierz na {time=dur}",
        "ustaw proszę timer na {time=dur}",
        "minutnik {time=dur_many}",
    ]),
    ("alarm_set", 48, [
        "obudź mnie {o_clock}",
        "ustaw budzik {na_clock}",
        "nastaw budzik {na_clock}",
        "ustaw alarm {na_clock}",
        "budzik {na_clock}",
        "alarm {o_clock}",
        "obudź mnie {when} {o_clock}",
        "ustaw budzik {when_na} {na_clock}",
        "nastaw budzik {na_clock} {general_frequency=freq}",
        "budź mnie {general_frequency=freq} {o_clock}",
        "obudź mnie {o_morning} [timeofday : rano]",
        "ustaw budzik {na_evening} [timeofday : wieczorem]",
        "obudź mnie [date : jutro] [timeofday : rano] {o_morning}",
        "możesz mnie obudzić {o_clock}",
        "muszę wstać {o_clock}",
        "nowy budzik {na_clock}",
        "budzik {when_na} {na_clock}",
        "ustaw alarm {when_na} {na_clock}",
    ]),
    ("alarm_query", 8, [
        "jakie mam budziki", "pokaż moje budziki", "na którą jest ustawiony budzik", "kiedy zadzwoni budzik",
        "ile czasu zostało na minutniku", "ile jeszcze zostało na timerze", "czy mam budzik {when_na}", "lista budzików",
    ]),
    ("alarm_remove", 10, [
        "usuń budzik", "usuń wszystkie budziki", "zatrzymaj minutnik", "anuluj minutnik", "usuń budzik {na_clock}",
        "wyłącz budzik {when_na}", "wyłącz budzik", "anuluj budzik {when_na} {na_clock}", "anuluj wszystkie minutniki",
        "skasuj alarm",
    ]),
    ("lists_createoradd", 34, [
        "dodaj {items} do listy {list_name=list}",
        "dopisz {items} do listy {list_name=list}",
        "dodaj {items} do listy",
        "wpisz {items} na listę {list_name=list}",
        "dodaj {items} do mojej listy {list_name=list}",
        "możesz dodać {items} do listy {list_name=list}",
        "muszę kupić {items} dodaj do listy",
        "dopisz do listy {list_name=list} {items2}",
        "dodaj {items2} do mojej listy",
    ]),
    ("lists_createoradd", 12, [
        "utwórz nową listę {list_name=list}",
        "stwórz listę {list_name=list}",
        "zrób nową listę",
        "załóż listę {list_name=list}",
        "utwórz listę o nazwie {list_name=list_plain}",
    ]),
    ("lists_remove", 18, [
        "usuń {item} z listy {list_name=list}",
        "wykreśl {item} z listy",
        "skreśl {item} z listy {list_name=list}",
        "usuń listę {list_name=list}",
        "wyczyść listę {list_name=list}",
        "usuń {item} z mojej listy {list_name=list}",
        "wykreśl {item}",
    ]),
    ("lists_query", 16, [
        "co jest na liście {list_name=list}",
        "co mam na liście {list_name=list}",
        "przeczytaj listę {list_name=list}",
        "pokaż listę {list_name=list}",
        "jakie mam listy",
        "co jest na mojej liście",
        "przeczytaj mi moją listę {list_name=list}",
    ]),
    ("iot_hue_lighton", 36, [
        "włącz światło",
        "zapal światło",
        "włącz światło {in_room}",
        "włącz światła {in_room}",
        "włącz {device_type=lamp}",
        "włącz {device_type=lamp} {in_room}",
        "włącz wszystkie światła",
        "ciemno tu włącz światło",
        "możesz włączyć światło",
        "światło proszę",
        "zapal światło {in_room}",
        "włącz oświetlenie {in_room}",
        "włącz proszę światło",
        "zapal lampę",
    ]),
    ("iot_hue_lightoff", 24, [
        "wyłącz światło",
        "zgaś światło",
        "wyłącz światło {in_room}",
        "wyłącz światła {in_room}",
        "wyłącz {device_type=lamp}",
        "zgaś wszystkie światła",
        "możesz wyłączyć światło",
        "wyłącz oświetlenie {in_room}",
        "zgaś światło {in_room}",
        "wyłącz wszystkie światła",
    ]),
    ("iot_hue_lightup", 14, [
        "rozjaśnij światło", "jaśniej", "zrób jaśniej", "zwiększ jasność", "zwiększ jasność {change_amount=pct_o}",
        "zrób {change_amount=bit} jaśniej", "rozjaśnij światło {in_room}", "podkręć światło", "zrób jaśniej {in_room}",
    ]),
    ("iot_hue_lightdim", 14, [
        "przyciemnij światło", "ciemniej", "zrób ciemniej", "zmniejsz jasność", "ściemnij światło",
        "przyciemnij światło {change_amount=bit}", "zmniejsz jasność {change_amount=pct_do}", "światło jest za jasne",
        "przyciemnij światła {in_room}",
    ]),
    ("iot_hue_lightchange", 26, [
        "zmień kolor światła na {color_type=colour_m}",
        "ustaw światło na {color_type=colour_n}",
        "zmień światła {in_room} na {color_type=colour_n}",
        "niech światło będzie {color_type=colour_n}",
        "zmień światło na {color_type=colour_n}",
        "ustaw kolor lampy na {color_type=colour_m}",
        "ustaw jasność {change_amount=pct_na}",
        "ustaw światło {change_amount=pct_na}",
    ]),
    ("audio_volume_up", 14, [
        "podgłośnij", "głośniej", "zrób głośniej", "zwiększ głośność", "podgłośnij muzykę", "podgłośnij {change_amount=bit}",
        "nic nie słyszę podgłośnij", "możesz zrobić głośniej", "głośniej proszę", "zrób {change_amount=bit} głośniej",
    ]),
    ("audio_volume_up", 12, [
        "ustaw głośność {change_amount=vol_na}", "głośność {change_amount=vol_na}", "zwiększ głośność {change_amount=vol_do}",
        "zmień głośność {change_amount=vol_na}", "podgłośnij {change_amount=vol_do}",
    ]),
    ("audio_volume_down", 14, [
        "ścisz", "ciszej", "zrób ciszej", "zmniejsz głośność", "ścisz muzykę", "ścisz {change_amount=bit}", "za głośno",
        "zmniejsz głośność {change_amount=vol_do}", "ciszej proszę", "możesz ściszyć", "zrób {change_amount=bit} ciszej",
    ]),
    ("audio_volume_mute", 9, [
        "wycisz", "wycisz dźwięk", "wyłącz dźwięk", "cisza", "bądź cicho", "wycisz głośnik", "wycisz to",
    ]),
    ("calendar_set", 40, [
        "dodaj {event_name=event_acc} {cal_when} {cal_clock}",
        "wpisz {event_name=event_acc} do kalendarza {cal_when} {cal_clock}",
        "zapisz {event_name=event_acc} {cal_when} {cal_clock}",
        "zaplanuj {event_name=event_acc} {cal_when} {cal_clock}",
        "{event_name=meet_nom} {person=with_person} {cal_when} {cal_clock}",
        "umów {event_name=meet_acc} {person=with_person} {cal_when} {cal_clock}",
        "mam {event_name=event_acc} {cal_when} {cal_clock} zapisz to",
        "dodaj {event_name=event_acc} do kalendarza {cal_when}",
        "dodaj {event_name=event_acc} {general_frequency=cal_freq} {cal_clock}",
        "dodaj do kalendarza {event_name=event_acc} {cal_when} {cal_clock}",
    ]),
    ("calendar_query", 14, [
        "co mam {cal_when}", "co jest w kalendarzu {cal_when}", "pokaż kalendarz {when_na}", "jakie jest moje następne spotkanie",
        "czy mam coś {cal_when}", "kiedy jest {event_name=event_nom}", "o której jest {event_name=event_nom}",
        "przeczytaj mój kalendarz", "jakie mam plany {when_na}",
    ]),
    ("calendar_remove", 10, [
        "odwołaj {event_name=event_acc} {cal_when}", "usuń {event_name=event_acc} z kalendarza",
        "usuń wszystkie wydarzenia {when_na}", "odwołaj {event_name=event_acc}", "skasuj {event_name=event_acc} z kalendarza",
    ]),
    ("qa_maths", 24, [
        "ile to jest {expr}", "ile jest {expr}", "policz {expr}", "{expr}", "oblicz {expr}", "ile wynosi {expr}",
    ]),
    ("datetime_query", 18, [
        "która godzina", "która jest godzina", "która jest teraz godzina", "podaj godzinę", "jaki jest [date : dzisiaj] dzień",
        "którego jest [date : dzisiaj]", "jaka jest [date : dzisiaj] data", "jaki dzień tygodnia jest [date : jutro]",
        "jaka data jest [date : jutro]", "która godzina jest {in_city}", "w jaki dzień wypada [date : wigilia] w tym roku",
        "która jest teraz godzina {in_city}", "jaki dzień będzie [date : pojutrze]",
    ]),
    ("weather_query", 18, [
        "jaka jest pogoda", "jaka będzie pogoda {when}", "pogoda {when_na}", "jaka pogoda jest {in_city}",
        "czy {when} będzie {weather_descriptor=rain}", "czy {when} będzie {weather_descriptor=weather_adj}",
        "jaka jest [weather_descriptor : temperatura] na zewnątrz", "czy potrzebuję {when} [weather_descriptor : parasola]",
        "prognoza pogody {when_na}", "czy {in_city} [weather_descriptor : pada]", "jaka będzie pogoda {in_city} {when}",
    ]),
    ("general_joke", 5, ["opowiedz dowcip", "opowiedz kawał", "rozśmiesz mnie", "znasz jakiś żart", "powiedz coś śmiesznego"]),
    ("general_greet", 5, ["cześć", "dzień dobry", "dobry wieczór", "hej co słychać", "witaj", "cześć jak się masz"]),
    ("iot_coffee", 5, ["zrób mi kawę", "zaparz kawę", "chcę kawy", "zrób mi {coffee_type=coffee}", "włącz ekspres do kawy",
                       "przygotuj {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["włącz odkurzacz", "odkurz {room_acc}", "uruchom [device_type : robota sprzątającego]",
                         "posprzątaj {room_acc}", "włącz [device_type : robota odkurzającego]"]),
    ("iot_wemo_on", 4, ["włącz {device_type=plug}", "załącz {device_type=plug}"]),
    ("iot_wemo_off", 4, ["wyłącz {device_type=plug}", "odłącz {device_type=plug}"]),
    ("play_music", 5, ["włącz muzykę", "puść {music_genre=genre}", "włącz {music_genre=genre}", "puść jakąś muzykę"]),
    ("play_radio", 3, ["włącz radio", "puść radio", "chcę posłuchać radia"]),
]
