"""Russian (ru-RU) command templates. Pattern language: see ../README.md.

Clock times: "в [time : половине восьмого]" (7:30), "в [time : четверть восьмого]" (7:15),
"[time : без четверти восемь]" (7:45), "в [time : семь утра]"; "в" / "на" stay outside the slot,
as MASSIVE writes it. Nouns agree with numbers (минуту, минуты, минут) and take the case the
verb asks for (добавь курицу, с анной).
"""
from generate import tens_units

SMALL = ("ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать "
         "четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать").split()
TENS = dict(zip(range(20, 100, 10), "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{t} {u}", "сто")
GEN_ORDINAL = {1: "первого", 2: "второго", 3: "третьего", 4: "четвёртого", 5: "пятого", 6: "шестого", 7: "седьмого",
               8: "восьмого", 9: "девятого", 10: "десятого", 11: "одиннадцатого", 12: "двенадцатого"}


def plural(n, one, few, many):
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def fem(n):
    """The number before a feminine noun (минута, секунда): одну, две."""
    w = num(n)
    return w.replace("один", "одну").replace("два", "две") if n % 10 in (1, 2) and n % 100 not in (11, 12) else w


def durations():
    """Accusative, as after 'на' / 'через': на одну минуту, на две минуты, на пять минут."""
    out = ["минуту", "одну минуту", "полчаса", "час", "один час", "полтора часа", "два часа", "2 часа",
           "полторы минуты", "пару минут", "час тридцать", "четверть часа"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        word = plural(n, "минуту", "минуты", "минут")
        out += [f"{n} {word}", f"{fem(n)} {word}"]
    for n in (10, 15, 20, 30, 45, 90):
        word = plural(n, "секунду", "секунды", "секунд")
        out += [f"{n} {word}", f"{fem(n)} {word}"]
    return out


def clock_texts(with_period=True):
    """Times after 'в'."""
    out = ["полдень", "полночь", "час дня"]
    for h in range(1, 13):
        w = "час" if h == 1 else num(h)
        nxt = GEN_ORDINAL[h % 12 + 1]
        out += [str(h), w, f"{h}:30", f"{h}:15", f"{h}:45", f"{w} тридцать", f"половине {nxt}", f"полвосьмого" if h == 7 else f"{h}:10",
                f"четверть {nxt}", f"{w} пятнадцать", f"{h} " + plural(h, "час", "часа", "часов")]
        if with_period and 5 <= h <= 11:
            out += [f"{w} утра", f"{h} утра", f"{w} тридцать утра"]
        if with_period and 5 <= h <= 11:
            out += [f"{w} вечера", f"{h} вечера"]
    for h in range(13, 24):
        out += [f"{h}:00", f"{h}:30", f"{h}:15"]
    return out


def at_clocks():
    out = [f"в [time : {t}]" for t in clock_texts()]
    out += [f"[time : без четверти {num(h % 12 + 1)}]" for h in range(4, 12)]
    return out


def na_clocks():
    """After 'на' (accusative): plain numbers and digits only."""
    return [f"на [time : {t}]" for t in clock_texts() if not t.startswith(("половине", "четверть", "час", "полвосьмого"))]


def bare(hours):
    out = []
    for h in hours:
        out += [f"в [time : {t}]" for t in (str(h), num(h), f"{h}:30", f"половине {GEN_ORDINAL[h + 1]}")]
    return out


def calendar_clocks():
    out = ["в [time : полдень]", "в [time : час дня]"]
    for h in range(8, 21):
        w = num(h)
        out += [f"в [time : {t}]" for t in (str(h), f"{h}:30", f"{h}:15", f"{h}:00", w)]
    for h in range(1, 9):
        out += [f"в [time : {num(h) if h > 1 else 'час'} дня]" if h <= 4 else f"в [time : {num(h)} вечера]",
                f"в [time : половине {GEN_ORDINAL[h + 1]}]"]
    return out


ITEMS = ["молоко", "яйца", "хлеб", "яблоки", "груши", "бананы", "масло", "сыр", "кофе", "рис", "макароны", "помидоры",
         "туалетную бумагу", "средство для посуды", "апельсиновый сок", "йогурт", "курицу", "лук", "картошку", "морковь",
         "оливковое масло", "сахар", "муку", "овсяное молоко", "корм для кошки", "батарейки", "лимоны", "чеснок"]


def items():
    one = ITEMS
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} и {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} и {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("умножить на", "плюс", "минус", "разделить на"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 процентов от 150", "пятнадцать процентов от восьмидесяти", "квадратный корень из 144",
            "корень из восьмидесяти одного", "2 в степени 10", "семь в квадрате"]
    return out


WHEN = ["[date : завтра]", "[date : сегодня]", "[date : послезавтра]", "в [date : понедельник]", "во [date : вторник]",
        "в [date : среду]", "в [date : четверг]", "в [date : пятницу]", "в [date : субботу]", "в [date : воскресенье]",
        "в [date : следующую пятницу]", "в [date : следующий понедельник]"]
WHEN_NA = ["на [date : завтра]", "на [date : сегодня]", "на [date : понедельник]", "на [date : пятницу]",
           "на [date : субботу]", "на [date : выходные]", "на [date : послезавтра]"]
EVENTS = [("приём у стоматолога", "приём у стоматолога"), ("стрижка", "стрижку"), ("совещание", "совещание"),
          ("планёрка", "планёрку"), ("йога", "йогу"), ("урок фортепиано", "урок фортепиано"),
          ("тренировка по футболу", "тренировку по футболу"), ("книжный клуб", "книжный клуб"),
          ("собеседование", "собеседование"), ("техосмотр", "техосмотр"), ("день рождения", "день рождения"),
          ("родительское собрание", "родительское собрание"), ("визит к врачу", "визит к врачу"),
          ("спортзал", "спортзал")]


def vocab():
    one, two, three = items()
    pct = [f"{n} процентов" for n in (10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100)]
    pct_words = [f"{num(n)} процентов" for n in (10, 20, 30, 50, 70)]
    return {
        "dur": durations(),
        "dur_many": [d for d in durations() if d.split()[-1] in ("минут", "секунд")],
        "at_clock": at_clocks(),
        "na_clock": na_clocks(),
        "at_cal": calendar_clocks(),
        "at_morning": bare(range(5, 11)),
        "na_evening": [f"на [time : {t}]" for h in range(6, 12) for t in (str(h), num(h))],
        "when": WHEN,
        "when_na": WHEN_NA,
        "cal_when": WHEN + ["[date : двенадцатого июня]", "[date : третьего марта]", "в [date : эту субботу]",
                            "[date : пятнадцатого числа]"],
        "freq": ["каждый день", "по будням", "каждое утро", "по рабочим дням", "каждый понедельник", "ежедневно"],
        "cal_freq": ["каждый день", "по будням", "по рабочим дням", "каждый понедельник", "каждую неделю"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["покупок", "продуктов", "дел", "подарков", "задач", "вещей", "гостей", "желаний", "на дачу", "в поездку"],
        "list_plain": ["отпуск", "подарки", "ремонт", "дача", "праздник"],
        "in_room": ["на [house_place : кухне]", "в [house_place : гостиной]", "в [house_place : спальне]",
                    "в [house_place : ванной]", "в [house_place : коридоре]", "в [house_place : кабинете]",
                    "в [house_place : столовой]", "в [house_place : гараже]", "в [house_place : детской]",
                    "в [house_place : прихожей]", "на [house_place : балконе]"],
        "lamp": ["лампу", "настольную лампу", "торшер", "ночник", "люстру", "бра"],
        "colour_instr": ["красным", "зелёным", "синим", "жёлтым", "оранжевым", "фиолетовым", "розовым", "белым",
                         "тёплым белым", "голубым"],
        "colour_acc": ["красный", "зелёный", "синий", "жёлтый", "оранжевый", "фиолетовый", "розовый", "белый",
                       "тёплый белый", "голубой"],
        "pct_na": [f"на {p}" for p in pct + pct_words],
        "pct_do": [f"до {p}" for p in pct],
        "vol_na": [f"на {n}" for n in range(1, 11)] + [f"на {num(n)}" for n in range(1, 11)],
        "vol_do": [f"до {n}" for n in range(1, 11)] + [f"до {p}" for p in pct[1::3]],
        "bit": ["немного", "чуть-чуть", "чуть", "немножко"],
        "event_nom": [n for n, _ in EVENTS],
        "event_acc": [a for _, a in EVENTS],
        "meet_nom": ["встреча", "обед", "ужин", "созвон", "кофе"],
        "meet_acc": ["встречу", "обед", "ужин", "созвон", "кофе"],
        "with_person": ["с [person : анной]", "с [person : иваном]", "с [person : мариной]", "с [person : сергеем]",
                        "с [person : ольгой]", "с [person : дмитрием]", "с [person : катей]", "с [person : алексеем]",
                        "с [person : наташей]", "с [person : павлом]"],
        "in_city": ["в [place_name : москве]", "в [place_name : санкт-петербурге]", "в [place_name : новосибирске]",
                    "в [place_name : казани]", "в [place_name : сочи]", "в [place_name : лондоне]", "в [place_name : токио]",
                    "в [place_name : нью-йорке]", "в [place_name : берлине]", "в [place_name : екатеринбурге]"],
        "rain": ["дождь", "снег", "гроза"],
        "weather_adj": ["холодно", "жарко", "тепло", "ветрено", "солнечно"],
        "expr": maths(),
        "plug": ["розетку", "умную розетку", "смарт розетку"],
        "coffee": ["капучино", "эспрессо", "латте", "американо"],
        "genre": ["джаз", "рок", "классику", "поп-музыку", "шансон", "спокойную музыку"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "поставь таймер на {time=dur}",
        "таймер на {time=dur}",
        "заведи таймер на {time=dur}",
        "установи таймер на {time=dur}",
        "запусти таймер на {time=dur}",
        "засеки {time=dur}",
        "запусти обратный отсчёт на {time=dur}",
        "включи таймер на {time=dur}",
        "можешь поставить таймер на {time=dur}",
        "мне нужен таймер на {time=dur}",
        "разбуди меня через {time=dur}",
        "таймер {time=dur_many}",
        "поставь пожалуйста таймер на {time=dur}",
        "обратный отсчёт {time=dur_many}",
    ]),
    ("alarm_set", 48, [
        "поставь будильник {at_clock}",
        "разбуди меня {at_clock}",
        "будильник {at_clock}",
        "заведи будильник {na_clock}",
        "поставь будильник {na_clock}",
        "установи будильник {na_clock}",
        "разбуди меня {when} {at_clock}",
        "поставь будильник {when_na} {na_clock}",
        "поставь будильник {at_clock} {general_frequency=freq}",
        "буди меня {general_frequency=freq} {at_clock}",
        "разбуди меня {at_morning} [timeofday : утра]",
        "поставь будильник {na_evening} [timeofday : вечера]",
        "разбуди меня [date : завтра] [timeofday : утром] {at_morning}",
        "можешь разбудить меня {at_clock}",
        "мне нужно встать {at_clock}",
        "новый будильник {na_clock}",
        "будильник {when_na} {na_clock}",
        "заведи будильник {when_na} {na_clock}",
    ]),
    ("alarm_query", 8, [
        "какие у меня будильники", "покажи мои будильники", "на сколько стоит будильник", "когда зазвонит будильник",
        "сколько осталось на таймере", "сколько времени осталось до конца таймера", "есть ли у меня будильник {when_na}",
        "список будильников",
    ]),
    ("alarm_remove", 10, [
        "удали будильник", "удали все будильники", "останови таймер", "отмени таймер", "удали будильник {na_clock}",
        "отключи будильник {when_na}", "выключи будильник", "отмени будильник {when_na} {na_clock}",
        "отмени все таймеры", "убери будильник",
    ]),
    ("lists_createoradd", 34, [
        "добавь {items} в список {list_name=list}",
        "запиши {items} в список {list_name=list}",
        "добавь {items} в список",
        "внеси {items} в список {list_name=list}",
        "закинь {items} в список {list_name=list}",
        "можешь добавить {items} в мой список {list_name=list}",
        "добавь в список {list_name=list} {items}",
        "нужно купить {items} добавь в список",
        "запиши в список {list_name=list} {items2}",
        "добавь {items2} в мой список",
    ]),
    ("lists_createoradd", 12, [
        "создай новый список {list_name=list}",
        "создай список {list_name=list}",
        "сделай новый список",
        "заведи список {list_name=list}",
        "создай список под названием {list_name=list_plain}",
    ]),
    ("lists_remove", 18, [
        "удали {item} из списка {list_name=list}",
        "убери {item} из списка",
        "вычеркни {item} из списка {list_name=list}",
        "удали список {list_name=list}",
        "очисти список {list_name=list}",
        "убери {item} из моего списка {list_name=list}",
        "вычеркни {item}",
    ]),
    ("lists_query", 16, [
        "что в списке {list_name=list}",
        "что у меня в списке {list_name=list}",
        "прочитай список {list_name=list}",
        "покажи список {list_name=list}",
        "какие у меня есть списки",
        "зачитай мой список {list_name=list}",
        "что в моём списке",
        "что нужно купить по списку {list_name=list}",
    ]),
    ("iot_hue_lighton", 36, [
        "включи свет",
        "включи свет {in_room}",
        "включи {device_type=lamp}",
        "включи {device_type=lamp} {in_room}",
        "зажги свет",
        "зажги свет {in_room}",
        "свет пожалуйста",
        "включи весь свет",
        "темно включи свет",
        "можешь включить свет",
        "включи освещение {in_room}",
        "включи свет пожалуйста",
        "включить свет",
        "включи везде свет",
        "сделай свет {in_room}",
    ]),
    ("iot_hue_lightoff", 24, [
        "выключи свет",
        "выключи свет {in_room}",
        "выключи {device_type=lamp}",
        "выключи {device_type=lamp} {in_room}",
        "погаси свет",
        "погаси свет {in_room}",
        "выключи весь свет",
        "отключи освещение {in_room}",
        "можешь выключить свет",
        "выключить свет",
        "выключи везде свет",
    ]),
    ("iot_hue_lightup", 14, [
        "сделай свет ярче", "ярче", "прибавь яркость", "увеличь яркость", "увеличь яркость {change_amount=pct_na}",
        "сделай {change_amount=bit} ярче", "сделай свет {in_room} ярче", "добавь света", "прибавь свет {change_amount=bit}",
    ]),
    ("iot_hue_lightdim", 14, [
        "приглуши свет", "сделай свет тусклее", "убавь яркость", "уменьши яркость", "темнее", "приглуши свет {change_amount=bit}",
        "уменьши яркость {change_amount=pct_do}", "свет слишком яркий", "приглуши свет {in_room}", "сделай свет потемнее",
    ]),
    ("iot_hue_lightchange", 26, [
        "сделай свет {color_type=colour_instr}",
        "поменяй цвет света на {color_type=colour_acc}",
        "включи {color_type=colour_acc} свет",
        "сделай свет {in_room} {color_type=colour_instr}",
        "измени цвет лампы на {color_type=colour_acc}",
        "поменяй свет {in_room} на {color_type=colour_acc}",
        "хочу {color_type=colour_acc} свет",
        "установи яркость {change_amount=pct_na}",
        "поставь яркость {change_amount=pct_na}",
    ]),
    ("audio_volume_up", 14, [
        "сделай погромче", "громче", "прибавь звук", "увеличь громкость", "погромче", "сделай громче",
        "прибавь громкость {change_amount=bit}", "не слышно сделай громче", "можешь сделать погромче",
        "сделай {change_amount=bit} громче", "добавь громкости",
    ]),
    ("audio_volume_up", 12, [
        "поставь громкость {change_amount=vol_na}", "громкость {change_amount=vol_na}", "установи громкость {change_amount=vol_na}",
        "увеличь громкость {change_amount=vol_do}", "сделай громкость {change_amount=vol_na}",
    ]),
    ("audio_volume_down", 14, [
        "сделай потише", "тише", "убавь звук", "уменьши громкость", "потише", "слишком громко",
        "убавь громкость {change_amount=bit}", "уменьши громкость {change_amount=vol_do}", "сделай {change_amount=bit} тише",
        "можешь сделать потише", "убавь",
    ]),
    ("audio_volume_mute", 9, [
        "выключи звук", "без звука", "замолчи", "отключи звук", "тишина", "помолчи", "выключи звук пожалуйста",
    ]),
    ("calendar_set", 40, [
        "добавь {event_name=event_acc} {cal_when} {at_cal}",
        "запиши {event_name=event_acc} {cal_when} {at_cal}",
        "добавь в календарь {event_name=event_acc} {cal_when} {at_cal}",
        "{event_name=meet_nom} {with_person} {cal_when} {at_cal}",
        "запланируй {event_name=meet_acc} {with_person} {cal_when} {at_cal}",
        "у меня {event_name=event_nom} {cal_when} {at_cal} запиши",
        "напомни мне про {event_name=event_acc} {cal_when} {at_cal}",
        "добавь {event_name=event_acc} в календарь {cal_when}",
        "запиши {event_name=event_acc} {general_frequency=cal_freq} {at_cal}",
        "внеси в календарь {event_name=event_acc} {cal_when}",
    ]),
    ("calendar_query", 14, [
        "что у меня {cal_when}", "что в календаре {cal_when}", "покажи календарь {when_na}", "какая у меня следующая встреча",
        "есть ли у меня что-нибудь {cal_when}", "когда {event_name=event_nom}", "во сколько {event_name=event_nom}",
        "какие у меня планы {when_na}", "прочитай мои события {when_na}",
    ]),
    ("calendar_remove", 10, [
        "отмени {event_name=event_acc} {cal_when}", "удали {event_name=event_acc} из календаря", "удали все события {when_na}",
        "отмени {event_name=event_acc}", "убери {event_name=event_acc} из календаря",
    ]),
    ("qa_maths", 24, [
        "сколько будет {expr}", "посчитай {expr}", "{expr}", "чему равно {expr}", "сколько это {expr}", "реши {expr}",
    ]),
    ("datetime_query", 18, [
        "который час", "сколько времени", "сколько сейчас времени", "скажи время", "какое [date : сегодня] число",
        "какой [date : сегодня] день", "какой день недели [date : завтра]", "какое число [date : завтра]",
        "который час {in_city}", "сколько сейчас времени {in_city}", "на какой день выпадает [date : новый год]",
        "какой день недели будет [date : послезавтра]",
    ]),
    ("weather_query", 18, [
        "какая погода", "какая погода [date : сегодня]", "какая погода будет {when}", "погода {when}", "какая погода {in_city}",
        "будет ли {when} {weather_descriptor=rain}", "{when} будет {weather_descriptor=rain}",
        "{when} будет {weather_descriptor=weather_adj}", "какая [weather_descriptor : температура] на улице",
        "нужен ли {when} [weather_descriptor : зонт]", "прогноз погоды {when_na}", "идёт ли [weather_descriptor : дождь] {in_city}",
    ]),
    ("general_joke", 5, ["расскажи анекдот", "расскажи шутку", "рассмеши меня", "пошути", "знаешь анекдот"]),
    ("general_greet", 5, ["привет", "здравствуй", "доброе утро", "добрый вечер", "привет как дела"]),
    ("iot_coffee", 5, ["сделай мне кофе", "свари кофе", "хочу кофе", "сделай {coffee_type=coffee}", "включи кофемашину",
                       "приготовь {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["включи пылесос", "запусти [device_type : робот-пылесос]", "убери {in_room}",
                         "пропылесось {in_room}", "включи [device_type : робот-пылесос]"]),
    ("iot_wemo_on", 4, ["включи {device_type=plug}", "подай питание на {device_type=plug}"]),
    ("iot_wemo_off", 4, ["выключи {device_type=plug}", "отключи {device_type=plug}"]),
    ("play_music", 5, ["включи музыку", "включи {music_genre=genre}", "поставь {music_genre=genre}", "поставь музыку"]),
    ("play_radio", 3, ["включи радио", "поставь радио", "хочу послушать радио"]),
]
