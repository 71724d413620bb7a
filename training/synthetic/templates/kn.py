"""Kannada (kn-IN) command templates. Pattern language: see ../README.md.

Follows the majority of kn-IN's MASSIVE train records: the clock word and its case ending stay
inside the time slot ("[time : ಏಳು ಗಂಟೆಗೆ]", "[time : ಎಂಟಕ್ಕೆ]", "[time : ಏಳೂವರೆಗೆ]" = 7:30), as do
the case endings of durations ("[time : ಹತ್ತು ನಿಮಿಷದ] ಟೈಮರ್"), rooms ("[house_place : ಅಡುಗೆಮನೆಯಲ್ಲಿ]")
and levels ("[change_amount : ಐವತ್ತು ಪರ್ಸೆಂಟ್‌ಗೆ]"); ಬೆಳಗ್ಗೆ / ಸಂಜೆ / ರಾತ್ರಿ are the timeofday slot;
"ಜೊತೆ" stays outside the person slot. List names without ಲಿಸ್ಟ್ / ಪಟ್ಟಿ. English loanwords written in
Kannada script as people say them to a phone (ಲೈಟ್ ಆನ್ ಮಾಡು, ಟೈಮರ್, ಅಲಾರಂ, ಡಿಮ್ ಮಾಡು, ಬ್ರೈಟ್‌ನೆಸ್);
colloquial (ಮಾಡು, ಇಡು, ಹಾಕು) and polite (ಮಾಡಿ, ಇಡಿ, ಹಾಕಿ) imperatives.
"""
from generate import tens_units

SMALL = ["ಸೊನ್ನೆ", "ಒಂದು", "ಎರಡು", "ಮೂರು", "ನಾಲ್ಕು", "ಐದು", "ಆರು", "ಏಳು", "ಎಂಟು", "ಒಂಬತ್ತು", "ಹತ್ತು",
         "ಹನ್ನೊಂದು", "ಹನ್ನೆರಡು", "ಹದಿಮೂರು", "ಹದಿನಾಲ್ಕು", "ಹದಿನೈದು", "ಹದಿನಾರು", "ಹದಿನೇಳು", "ಹದಿನೆಂಟು",
         "ಹತ್ತೊಂಬತ್ತು"]
TENS = {20: "ಇಪ್ಪತ್ತು", 30: "ಮೂವತ್ತು", 40: "ನಲವತ್ತು", 50: "ಐವತ್ತು", 60: "ಅರವತ್ತು", 70: "ಎಪ್ಪತ್ತು",
        80: "ಎಂಬತ್ತು", 90: "ತೊಂಬತ್ತು"}
VOWEL_SIGN = {"ಒ": "ೊ", "ಎ": "ೆ", "ಐ": "ೈ", "ಆ": "ಾ", "ಏ": "ೇ"}


def _join(tens, unit):
    """ಇಪ್ಪತ್ತು + ಒಂದು = ಇಪ್ಪತ್ತೊಂದು, + ಐದು = ಇಪ್ಪತ್ತೈದು, + ಮೂರು = ಇಪ್ಪತ್ಮೂರು."""
    if unit[0] in VOWEL_SIGN:
        return tens[:-1] + VOWEL_SIGN[unit[0]] + unit[1:]
    return tens[:-2] + unit


num = tens_units(SMALL, TENS, _join, "ನೂರು")


def dat(word):
    """Dative of a number word: ಎಂಟು -> ಎಂಟಕ್ಕೆ, ಹನ್ನೆರಡು -> ಹನ್ನೆರಡಕ್ಕೆ, ನೂರು -> ನೂರಕ್ಕೆ."""
    return word[:-1] + "ಕ್ಕೆ"


def half(word):
    """n and a half: ಏಳು -> ಏಳೂವರೆ, ಒಂದು -> ಒಂದೂವರೆ."""
    return word[:-1] + "ೂವರೆ"


def both(n):
    return [str(n), num(n)]


def durations():
    """(plain, dative 'for', genitive 'of') forms: ಹತ್ತು ನಿಮಿಷ / ನಿಮಿಷಕ್ಕೆ / ನಿಮಿಷದ."""
    plain, dative, gen = [], [], []
    for n in (1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 90):
        for w in both(n):
            plain.append(f"{w} ನಿಮಿಷ")
            dative.append(f"{w} ನಿಮಿಷಕ್ಕೆ")
            gen.append(f"{w} ನಿಮಿಷದ")
    for n in (10, 20, 30, 45, 60, 90):
        for w in both(n):
            plain.append(f"{w} ಸೆಕೆಂಡ್")
            dative.append(f"{w} ಸೆಕೆಂಡಿಗೆ")
            gen.append(f"{w} ಸೆಕೆಂಡಿನ")
    for w in ("ಒಂದು", "1", "ಎರಡು", "2", "ಮೂರು", "ಒಂದೂವರೆ", "ಎರಡೂವರೆ", "ಅರ್ಧ"):
        plain.append(f"{w} ಗಂಟೆ")
        gen.append(f"{w} ಗಂಟೆಯ")
    plain += ["ಒಂದೂವರೆ ನಿಮಿಷ", "ಎರಡೂವರೆ ನಿಮಿಷ"]
    gen += ["ಒಂದೂವರೆ ನಿಮಿಷದ", "ಎರಡೂವರೆ ನಿಮಿಷದ"]
    return plain, dative, gen


def clock_words(h):
    """'at' forms: 7 ಗಂಟೆಗೆ, ಏಳು ಗಂಟೆಗೆ, ಏಳಕ್ಕೆ, ಏಳೂವರೆಗೆ, ಏಳೂವರೆ ಗಂಟೆಗೆ, ಏಳು ಗಂಟೆ ಹತ್ತು ನಿಮಿಷಕ್ಕೆ."""
    w = num(h)
    return [f"{h} ಗಂಟೆಗೆ", f"{w} ಗಂಟೆಗೆ", dat(w), f"{half(w)}ಗೆ", f"{half(w)} ಗಂಟೆಗೆ",
            f"{w} ಗಂಟೆ ಹತ್ತು ನಿಮಿಷಕ್ಕೆ", f"{h} ಗಂಟೆ 45 ನಿಮಿಷಕ್ಕೆ", f"{w} ಗಂಟೆ ಇಪ್ಪತ್ತು ನಿಮಿಷಕ್ಕೆ"]


def clock_plain(h):
    """The time as a modifier ('the 7 o'clock alarm'): ಏಳು ಗಂಟೆಯ, ಏಳೂವರೆಯ."""
    w = num(h)
    return [f"{w} ಗಂಟೆಯ", f"{h} ಗಂಟೆಯ", f"{half(w)}ಯ"]


def clocks():
    return [t for h in range(1, 13) for t in clock_words(h)]


def with_period(hours, period):
    return [f"[timeofday : {period}] [time : {t}]" for h in hours for t in clock_words(h)[:5]]


def items():
    one = ["ಹಾಲು", "ಮೊಟ್ಟೆ", "ಬ್ರೆಡ್", "ಸೇಬು", "ಬಾಳೆಹಣ್ಣು", "ಬೆಣ್ಣೆ", "ಮೊಸರು", "ಅಕ್ಕಿ", "ರಾಗಿ ಹಿಟ್ಟು", "ಟೊಮ್ಯಾಟೊ",
           "ಈರುಳ್ಳಿ", "ಆಲೂಗಡ್ಡೆ", "ಕ್ಯಾರೆಟ್", "ಸಕ್ಕರೆ", "ಕಾಫಿ ಪುಡಿ", "ಟೀ ಪುಡಿ", "ತೊಗರಿ ಬೇಳೆ", "ಬೆಳ್ಳುಳ್ಳಿ", "ನಿಂಬೆಹಣ್ಣು",
           "ಕೊತ್ತಂಬರಿ ಸೊಪ್ಪು", "ಪನೀರ್", "ಚಿಕನ್", "ಸೋಪು", "ಟೂತ್‌ಪೇಸ್ಟ್", "ಬ್ಯಾಟರಿ", "ಅಡುಗೆ ಎಣ್ಣೆ", "ಬಿಸ್ಕತ್", "ತೆಂಗಿನಕಾಯಿ"]
    pairs = [(0, 2), (1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20),
             (22, 23), (25, 26), (0, 27), (21, 1)]
    triples = [(0, 1, 2), (9, 10, 11), (13, 14, 15), (3, 4, 18), (22, 23, 24), (7, 16, 25), (5, 6, 0)]
    return (one, [f"{one[a]} ಮತ್ತು {one[b]}" for a, b in pairs] + [f"{one[a]} {one[b]}" for a, b in pairs[:5]],
            [f"{one[a]} {one[b]} ಮತ್ತು {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30), (23, 17), (72, 8)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("ಪ್ಲಸ್", "ಮೈನಸ್", "ಇಂಟು", "ಡಿವೈಡೆಡ್ ಬೈ", "ಗುಣಿಸು"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    return out


WHEN = ["[date : ನಾಳೆ]", "[date : ಇವತ್ತು]", "[date : ಇಂದು]", "[date : ನಾಡಿದ್ದು]", "[date : ಸೋಮವಾರ]",
        "[date : ಮಂಗಳವಾರ]", "[date : ಬುಧವಾರ]", "[date : ಗುರುವಾರ]", "[date : ಶುಕ್ರವಾರ]", "[date : ಶನಿವಾರ]",
        "[date : ಭಾನುವಾರ]", "[date : ಮುಂದಿನ ಸೋಮವಾರ]", "[date : ಮುಂದಿನ ಶುಕ್ರವಾರ]", "[date : ಶನಿವಾರದಂದು]"]


def vocab():
    one, two, three = items()
    plain, dative, gen = durations()
    pct = [f"{w} ಪರ್ಸೆಂಟ್" for n in (5, 10, 15, 20, 25, 30, 40, 50) for w in both(n)]
    pct_to = [f"{w} ಪರ್ಸೆಂಟ್‌ಗೆ" for n in (10, 20, 30, 40, 50, 60, 75, 80, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)] + ["15", "ಇಪ್ಪತ್ತು", "30"]
    levels_to = [dat(num(n)) for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 50)]
    return {
        "dur": plain, "dur_dat": dative, "dur_gen": gen,
        "clock": clocks(),
        "clock_of": [t for h in range(1, 13) for t in clock_plain(h)],
        "morning": with_period(range(5, 12), "ಬೆಳಗ್ಗೆ") + with_period(range(5, 10), "ಬೆಳಿಗ್ಗೆ"),
        "evening": with_period(range(4, 8), "ಸಂಜೆ") + with_period(range(8, 12), "ರಾತ್ರಿ"),
        "cal_at": [f"[time : {t}]" for h in (8, 9, 10, 11) for t in clock_words(h)[:5]] +
                  with_period(range(9, 12), "ಬೆಳಗ್ಗೆ") + with_period(range(1, 4), "ಮಧ್ಯಾಹ್ನ") + with_period(range(4, 8), "ಸಂಜೆ"),
        "when": WHEN,
        "cal_when": WHEN + ["[date : ಜೂನ್ ಹನ್ನೆರಡರಂದು]", "[date : ಮಾರ್ಚ್ ಮೂರರಂದು]", "[date : ಈ ಶನಿವಾರ]",
                            "[date : ಹದಿನೈದನೇ ತಾರೀಖು]", "[date : ದೀಪಾವಳಿ] ದಿನ", "[date : ಯುಗಾದಿ] ದಿನ"],
        "freq": ["ಪ್ರತಿದಿನ", "ದಿನಾ", "ಪ್ರತಿ ದಿನ", "ಸೋಮವಾರದಿಂದ ಶುಕ್ರವಾರದವರೆಗೆ", "ಪ್ರತಿ ಸೋಮವಾರ", "ವಾರದ ದಿನಗಳಲ್ಲಿ"],
        "cal_freq": ["ಪ್ರತಿದಿನ", "ಪ್ರತಿ ಸೋಮವಾರ", "ಪ್ರತಿ ವಾರ", "ಪ್ರತಿ ತಿಂಗಳು"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["ಶಾಪಿಂಗ್", "ದಿನಸಿ", "ಕಿರಾಣಿ", "ಟು ಡು", "ಗ್ರೋಸರಿ", "ಪ್ರವಾಸದ", "ಹುಟ್ಟುಹಬ್ಬದ", "ಆಫೀಸ್", "ಪಾರ್ಟಿ",
                 "ಮನೆ ಸಾಮಾನು", "ಹಬ್ಬದ", "ಮಾಡಬೇಕಾದ ಕೆಲಸಗಳ"],
        "room": ["ಕಿಚನ್", "ಹಾಲ್", "ಬೆಡ್‌ರೂಮ್", "ಬಾತ್‌ರೂಮ್", "ಲಿವಿಂಗ್ ರೂಮ್", "ಬಾಲ್ಕನಿ", "ಗ್ಯಾರೇಜ್", "ಡೈನಿಂಗ್ ಹಾಲ್",
                 "ಮಕ್ಕಳ ರೂಮ್", "ದೇವರ ಮನೆ", "ಸ್ಟಡಿ ರೂಮ್"],
        "room_gen": ["ಅಡುಗೆಮನೆಯ", "ಮಲಗುವ ಕೋಣೆಯ", "ಹಾಲ್‌ನ", "ಬೆಡ್‌ರೂಮ್‌ನ", "ಬಾತ್‌ರೂಮ್‌ನ", "ಮಕ್ಕಳ ಕೋಣೆಯ",
                     "ಬಾಲ್ಕನಿಯ", "ಕಿಚನ್‌ನ"],
        "room_loc": ["ಅಡುಗೆಮನೆಯಲ್ಲಿ", "ಕಿಚನ್‌ನಲ್ಲಿ", "ಹಾಲ್‌ನಲ್ಲಿ", "ಬೆಡ್‌ರೂಮ್‌ನಲ್ಲಿ", "ಮಲಗುವ ಕೋಣೆಯಲ್ಲಿ",
                     "ಬಾತ್‌ರೂಮ್‌ನಲ್ಲಿ", "ಬಾಲ್ಕನಿಯಲ್ಲಿ", "ಲಿವಿಂಗ್ ರೂಮ್‌ನಲ್ಲಿ", "ಆಫೀಸ್ ರೂಮ್‌ನಲ್ಲಿ"],
        "lamp": ["ಲ್ಯಾಂಪ್", "ಟೇಬಲ್ ಲ್ಯಾಂಪ್", "ನೈಟ್ ಲ್ಯಾಂಪ್", "ಬೆಡ್ ಲ್ಯಾಂಪ್", "ಟ್ಯೂಬ್ ಲೈಟ್", "ಎಲ್ಇಡಿ ಬಲ್ಬ್"],
        "colour": ["ಕೆಂಪು", "ಹಸಿರು", "ನೀಲಿ", "ಹಳದಿ", "ಬಿಳಿ", "ಕಿತ್ತಳೆ", "ನೇರಳೆ", "ಗುಲಾಬಿ"],
        "colour_en": ["ರೆಡ್", "ಬ್ಲೂ", "ಗ್ರೀನ್", "ಯೆಲ್ಲೋ", "ಪಿಂಕ್", "ವೈಟ್", "ಪರ್ಪಲ್", "ಆರೆಂಜ್"],
        "pct": pct, "pct_to": pct_to,
        "vol": levels, "vol_to": levels_to + pct_to[::3],
        "bit": ["ಸ್ವಲ್ಪ", "ಇನ್ನೂ ಸ್ವಲ್ಪ", "ಸ್ವಲ್ಪ ಜಾಸ್ತಿ"],
        "bit_less": ["ಸ್ವಲ್ಪ", "ಇನ್ನೂ ಸ್ವಲ್ಪ", "ಸ್ವಲ್ಪ ಕಮ್ಮಿ"],
        "more": ["ಜಾಸ್ತಿ", "ಹೆಚ್ಚು"],
        "less": ["ಕಡಿಮೆ", "ಕಮ್ಮಿ"],
        "do": ["ಮಾಡು", "ಮಾಡಿ", "ಮಾಡಿಬಿಡು", "ಮಾಡ್ತೀಯಾ", "ಮಾಡಿ ಪ್ಲೀಸ್"],
        "put": ["ಇಡು", "ಇಡಿ", "ಹಾಕು", "ಹಾಕಿ", "ಸೆಟ್ ಮಾಡು", "ಸೆಟ್ ಮಾಡಿ"],
        "please": ["", "ದಯವಿಟ್ಟು", "ಪ್ಲೀಸ್"],
        "add": ["ಸೇರಿಸು", "ಸೇರಿಸಿ", "ಆಡ್ ಮಾಡು", "ಆಡ್ ಮಾಡಿ", "ಹಾಕು"],
        "event": ["ಡೆಂಟಿಸ್ಟ್ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್", "ಡಾಕ್ಟರ್ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್", "ಟೀಮ್ ಮೀಟಿಂಗ್", "ಯೋಗ ಕ್ಲಾಸ್", "ಮ್ಯೂಸಿಕ್ ಕ್ಲಾಸ್",
                  "ಕ್ರಿಕೆಟ್ ಪ್ರಾಕ್ಟೀಸ್", "ಇಂಟರ್ವ್ಯೂ", "ಕಾರ್ ಸರ್ವೀಸ್", "ಬರ್ತ್‌ಡೇ ಪಾರ್ಟಿ", "ಮೀಟಿಂಗ್", "ಪೇರೆಂಟ್ ಟೀಚರ್ ಮೀಟಿಂಗ್",
                  "ಜಿಮ್", "ಟ್ಯೂಷನ್", "ಕ್ಲೈಂಟ್ ಕಾಲ್"],
        "meet": ["ಮೀಟಿಂಗ್", "ಲಂಚ್", "ಡಿನ್ನರ್", "ಕಾಲ್", "ಕಾಫಿ"],
        "person": ["ರಾಹುಲ್", "ಪ್ರಿಯಾ", "ಸುರೇಶ್", "ಅನಿತಾ", "ಕಿರಣ್", "ದೀಪಾ", "ಮಂಜುನಾಥ್", "ಕಾವ್ಯ", "ಅರ್ಜುನ್", "ಶ್ವೇತಾ"],
        "city_loc": ["ಬೆಂಗಳೂರಿನಲ್ಲಿ", "ಮೈಸೂರಿನಲ್ಲಿ", "ಮಂಗಳೂರಿನಲ್ಲಿ", "ಹುಬ್ಬಳ್ಳಿಯಲ್ಲಿ", "ಚೆನ್ನೈನಲ್ಲಿ", "ಮುಂಬೈನಲ್ಲಿ",
                     "ದೆಹಲಿಯಲ್ಲಿ", "ಲಂಡನ್‌ನಲ್ಲಿ", "ದುಬೈನಲ್ಲಿ", "ಅಮೆರಿಕದಲ್ಲಿ"],
        "city": ["ಬೆಂಗಳೂರು", "ಮೈಸೂರು", "ಮಂಗಳೂರು", "ಹುಬ್ಬಳ್ಳಿ", "ಬೆಳಗಾವಿ", "ಶಿವಮೊಗ್ಗ", "ದೆಹಲಿ", "ಲಂಡನ್"],
        "expr": maths(),
        "plug": ["ಪ್ಲಗ್", "ಸ್ಮಾರ್ಟ್ ಪ್ಲಗ್", "ಸ್ವಿಚ್"],
        "coffee": ["ಫಿಲ್ಟರ್ ಕಾಫಿ", "ಕ್ಯಾಪುಚಿನೋ", "ಎಸ್ಪ್ರೆಸೊ", "ಬ್ಲ್ಯಾಕ್ ಕಾಫಿ", "ಕೋಲ್ಡ್ ಕಾಫಿ"],
        "genre": ["ಭಾವಗೀತೆ", "ಜಾನಪದ", "ಭಕ್ತಿಗೀತೆ", "ಕರ್ನಾಟಕ ಸಂಗೀತ", "ಸಿನಿಮಾ ಹಾಡು", "ಪಾಪ್"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 46, [
        "{time=dur_gen} ಟೈಮರ್ {put}",
        "{time=dur_dat} ಟೈಮರ್ {put}",
        "{please} {time=dur_dat} ಟೈಮರ್ ಸೆಟ್ ಮಾಡಿ",
        "ಟೈಮರ್ {time=dur}",
        "{time=dur} ಟೈಮರ್",
        "ಟೈಮರ್ {time=dur_dat} ಇಡು",
        "{time=dur} ಟೈಮರ್ ಇಡು",
        "{time=dur_gen} ಟೈಮರ್ ಶುರು ಮಾಡು",
        "{time=dur_gen} ಟೈಮರ್ ಸ್ಟಾರ್ಟ್ ಮಾಡು",
        "{time=dur_gen} ಕೌಂಟ್‌ಡೌನ್ ಶುರು ಮಾಡು",
        "{time=dur} ಆದ ಮೇಲೆ ನನಗೆ ಹೇಳು",
        "{time=dur} ಆದ್ಮೇಲೆ ನೆನಪಿಸು",
        "ನನಗೆ {time=dur_gen} ಟೈಮರ್ ಬೇಕು",
        "{time=dur_gen} ಟೈಮರ್ ಇಡ್ತೀಯಾ",
    ]),
    ("alarm_set", 50, [
        "{time=clock} ಅಲಾರಂ {put}",
        "{time=clock} ಅಲಾರ್ಮ್ {put}",
        "{please} {time=clock} ಅಲಾರಂ ಸೆಟ್ ಮಾಡಿ",
        "ನನ್ನನ್ನು {time=clock} ಎಬ್ಬಿಸು",
        "{time=clock} ನನ್ನನ್ನು ಎಬ್ಬಿಸಿ",
        "{when} {time=clock} ಅಲಾರಂ ಇಡು",
        "{when} {time=clock} ನನ್ನನ್ನು ಎಬ್ಬಿಸು",
        "{morning} ನನ್ನನ್ನು ಎಬ್ಬಿಸು",
        "{morning} ಅಲಾರಂ {put}",
        "{evening} ಅಲಾರಂ ಇಡು",
        "[date : ನಾಳೆ] {morning} ಅಲಾರಂ {put}",
        "{general_frequency=freq} {time=clock} ಅಲಾರಂ ಇಡು",
        "{general_frequency=freq} {morning} ನನ್ನನ್ನು ಎಬ್ಬಿಸು",
        "ಅಲಾರಂ {time=clock} ಇಡು",
        "{when} {morning} ಅಲಾರಂ ಸೆಟ್ ಮಾಡು",
        "{time=clock_of} ಅಲಾರಂ ಇಡು",
    ]),
    ("alarm_query", 9, [
        "ನನ್ನ ಅಲಾರಂಗಳನ್ನು ತೋರಿಸು", "ಎಷ್ಟು ಅಲಾರಂ ಇಟ್ಟಿದೀನಿ", "ಮುಂದಿನ ಅಲಾರಂ ಎಷ್ಟು ಗಂಟೆಗೆ ಇದೆ", "ಅಲಾರಂ ಎಷ್ಟೊತ್ತಿಗೆ ಇಟ್ಟಿದೀನಿ",
        "ಟೈಮರ್‌ನಲ್ಲಿ ಇನ್ನೂ ಎಷ್ಟು ಟೈಮ್ ಇದೆ", "ಟೈಮರ್ ಇನ್ನೂ ಎಷ್ಟು ಬಾಕಿ ಇದೆ", "{when} ಏನಾದರೂ ಅಲಾರಂ ಇದೆಯಾ",
        "ಎಲ್ಲಾ ಅಲಾರಂ ತೋರಿಸಿ", "ಯಾವ ಯಾವ ಅಲಾರಂ ಇಟ್ಟಿದೀನಿ",
    ]),
    ("alarm_remove", 10, [
        "ಅಲಾರಂ ಡಿಲೀಟ್ ಮಾಡು", "ಎಲ್ಲಾ ಅಲಾರಂ ಡಿಲೀಟ್ ಮಾಡಿ", "ಟೈಮರ್ ನಿಲ್ಲಿಸು", "ಟೈಮರ್ ಕ್ಯಾನ್ಸಲ್ ಮಾಡು",
        "{time=clock_of} ಅಲಾರಂ ತೆಗೆದುಹಾಕು", "{when} ಅಲಾರಂ ಕ್ಯಾನ್ಸಲ್ ಮಾಡಿ", "ಅಲಾರಂ ಆಫ್ ಮಾಡು",
        "{when} {time=clock_of} ಅಲಾರಂ ಡಿಲೀಟ್ ಮಾಡು", "ಎಲ್ಲಾ ಟೈಮರ್ ತೆಗೆದುಹಾಕಿ", "ಟೈಮರ್ ಸ್ಟಾಪ್ ಮಾಡು",
    ]),
    ("lists_createoradd", 36, [
        "{list_name=list} ಲಿಸ್ಟ್‌ಗೆ {items} {add}",
        "{items} {list_name=list} ಲಿಸ್ಟ್‌ಗೆ {add}",
        "{items} ನನ್ನ {list_name=list} ಲಿಸ್ಟ್‌ಗೆ ಸೇರಿಸಿ",
        "{list_name=list} ಪಟ್ಟಿಗೆ {items} ಸೇರಿಸು",
        "ಲಿಸ್ಟ್‌ಗೆ {items} {add}",
        "{items} ಲಿಸ್ಟ್‌ಗೆ ಹಾಕು",
        "{please} {list_name=list} ಪಟ್ಟಿಗೆ {items} ಸೇರಿಸಿ",
        "{items2} {list_name=list} ಲಿಸ್ಟ್‌ಗೆ ಆಡ್ ಮಾಡಿ",
        "ನನ್ನ ಲಿಸ್ಟ್‌ಗೆ {items} ಆಡ್ ಮಾಡು",
        "{list_name=list} ಲಿಸ್ಟ್‌ನಲ್ಲಿ {item} ಬರೆದುಕೋ",
    ]),
    ("lists_createoradd", 12, [
        "ಹೊಸ {list_name=list} ಲಿಸ್ಟ್ ಮಾಡು",
        "ಒಂದು ಹೊಸ ಲಿಸ್ಟ್ ಕ್ರಿಯೇಟ್ ಮಾಡು",
        "{list_name=list} ಪಟ್ಟಿ ಮಾಡು",
        "{list_name=list} ಅಂತ ಒಂದು ಲಿಸ್ಟ್ ಮಾಡಿ",
        "ಹೊಸ {list_name=list} ಲಿಸ್ಟ್ ಕ್ರಿಯೇಟ್ ಮಾಡಿ",
    ]),
    ("lists_remove", 18, [
        "{list_name=list} ಲಿಸ್ಟ್‌ನಿಂದ {item} ತೆಗೆದುಹಾಕು",
        "ಲಿಸ್ಟ್‌ನಿಂದ {item} ತೆಗೆ",
        "{item} {list_name=list} ಪಟ್ಟಿಯಿಂದ ತೆಗೆದುಹಾಕಿ",
        "{list_name=list} ಲಿಸ್ಟ್ ಡಿಲೀಟ್ ಮಾಡು",
        "ನನ್ನ {list_name=list} ಲಿಸ್ಟ್ ಅಳಿಸಿ",
        "{list_name=list} ಲಿಸ್ಟ್ ಖಾಲಿ ಮಾಡು",
        "{item} ಲಿಸ್ಟ್‌ನಿಂದ ಡಿಲೀಟ್ ಮಾಡು",
    ]),
    ("lists_query", 16, [
        "ನನ್ನ {list_name=list} ಲಿಸ್ಟ್‌ನಲ್ಲಿ ಏನಿದೆ",
        "{list_name=list} ಲಿಸ್ಟ್ ಓದು",
        "{list_name=list} ಪಟ್ಟಿ ತೋರಿಸು",
        "ಲಿಸ್ಟ್‌ನಲ್ಲಿ ಏನೇನಿದೆ",
        "ನನ್ನ ಹತ್ತಿರ ಯಾವ ಯಾವ ಲಿಸ್ಟ್ ಇದೆ",
        "{list_name=list} ಲಿಸ್ಟ್‌ನಲ್ಲಿ {item} ಇದೆಯಾ",
        "{list_name=list} ಲಿಸ್ಟ್ ಓದಿ ಹೇಳು",
        "{list_name=list} ಪಟ್ಟಿಯಲ್ಲಿ ಏನೇನು ಇದೆ",
    ]),
    ("iot_hue_lighton", 38, [
        "ಲೈಟ್ ಆನ್ {do}",
        "{please} ಲೈಟ್ ಆನ್ ಮಾಡಿ",
        "ಲೈಟ್ ಹಾಕು",
        "ಲೈಟ್ ಹಾಕಿ",
        "ಲೈಟ್ಸ್ ಆನ್ {do}",
        "ದೀಪ ಹಾಕು",
        "{house_place=room} ಲೈಟ್ ಆನ್ {do}",
        "{house_place=room} ಲೈಟ್ ಹಾಕು",
        "{house_place=room_gen} ಲೈಟ್ ಆನ್ {do}",
        "{house_place=room_loc} ಲೈಟ್ ಹಾಕಿ",
        "{house_place=room_loc} ಲೈಟ್ ಆನ್ ಮಾಡು",
        "{device_type=lamp} ಆನ್ {do}",
        "{house_place=room} {device_type=lamp} ಆನ್ ಮಾಡು",
        "ಎಲ್ಲಾ ಲೈಟ್ ಆನ್ {do}",
        "ಕತ್ತಲಾಗಿದೆ ಲೈಟ್ ಹಾಕು",
        "ಲೈಟ್ ಸ್ವಿಚ್ ಆನ್ ಮಾಡು",
        "ಲೈಟ್ ಆನ್ ಮಾಡ್ತೀರಾ",
        "ಮನೆಯ ಎಲ್ಲಾ ಲೈಟ್ ಹಾಕಿ",
    ]),
    ("iot_hue_lightoff", 26, [
        "ಲೈಟ್ ಆಫ್ {do}",
        "ಲೈಟ್ ಆರಿಸು",
        "ಲೈಟ್ ಆರಿಸಿ",
        "ಲೈಟ್ಸ್ ಆಫ್ {do}",
        "{house_place=room} ಲೈಟ್ ಆಫ್ {do}",
        "{house_place=room_gen} ಲೈಟ್ ಆರಿಸು",
        "{house_place=room_loc} ಲೈಟ್ ಆಫ್ ಮಾಡಿ",
        "{device_type=lamp} ಆಫ್ {do}",
        "ಎಲ್ಲಾ ಲೈಟ್ ಆಫ್ {do}",
        "{please} ಲೈಟ್ ಆಫ್ ಮಾಡಿ",
        "ಮಲಗೋ ಟೈಮ್ ಆಯ್ತು ಲೈಟ್ ಆಫ್ ಮಾಡು",
        "ಲೈಟ್ ಸ್ವಿಚ್ ಆಫ್ ಮಾಡು",
    ]),
    ("iot_hue_lightup", 16, [
        "ಲೈಟ್ ಬ್ರೈಟ್ {do}", "ಬ್ರೈಟ್‌ನೆಸ್ {more} {do}", "ಬ್ರೈಟ್‌ನೆಸ್ ಹೆಚ್ಚಿಸು", "ಬೆಳಕು ಹೆಚ್ಚಿಸಿ",
        "ಬ್ರೈಟ್‌ನೆಸ್ {change_amount=pct} ಜಾಸ್ತಿ ಮಾಡು", "ಲೈಟ್ {change_amount=bit} ಬ್ರೈಟ್ ಮಾಡು",
        "{house_place=room} ಲೈಟ್ ಬ್ರೈಟ್ ಮಾಡಿ", "ಇನ್ನೂ ಬೆಳಕು ಬೇಕು", "ಲೈಟ್ {change_amount=bit} ಜಾಸ್ತಿ ಮಾಡು",
        "{house_place=room_loc} ಬ್ರೈಟ್‌ನೆಸ್ ಜಾಸ್ತಿ ಮಾಡು",
    ]),
    ("iot_hue_lightdim", 16, [
        "ಲೈಟ್ ಡಿಮ್ {do}", "ಬ್ರೈಟ್‌ನೆಸ್ {less} {do}", "ಬೆಳಕು ಕಡಿಮೆ ಮಾಡು", "ಲೈಟ್ {change_amount=bit_less} ಕಡಿಮೆ ಮಾಡು",
        "ಬ್ರೈಟ್‌ನೆಸ್ {change_amount=pct} ಕಮ್ಮಿ ಮಾಡು", "{house_place=room} ಲೈಟ್ ಡಿಮ್ ಮಾಡು", "ಲೈಟ್ ತುಂಬಾ ಬ್ರೈಟ್ ಆಗಿದೆ",
        "{house_place=room_gen} ಲೈಟ್ ಸ್ವಲ್ಪ ಡಿಮ್ ಮಾಡಿ", "ಲೈಟ್ ಮಂದ ಮಾಡು",
    ]),
    ("iot_hue_lightchange", 28, [
        "ಲೈಟ್ {color_type=colour} ಬಣ್ಣಕ್ಕೆ ಬದಲಾಯಿಸು",
        "ಲೈಟ್ {color_type=colour} ಬಣ್ಣ ಮಾಡು",
        "ಲೈಟ್ {color_type=colour_en} ಕಲರ್ {do}",
        "{house_place=room} ಲೈಟ್ {color_type=colour} ಬಣ್ಣಕ್ಕೆ ಬದಲಾಯಿಸಿ",
        "{house_place=room_gen} ಲೈಟ್ ಕಲರ್ {color_type=colour_en} ಮಾಡು",
        "ಲೈಟ್ {color_type=colour_en} ಮಾಡು",
        "{color_type=colour} ಲೈಟ್ ಹಾಕು",
        "ಬ್ರೈಟ್‌ನೆಸ್ {change_amount=pct_to} ಸೆಟ್ ಮಾಡು",
        "ಲೈಟ್ {change_amount=pct_to} ಇಡು",
    ]),
    ("audio_volume_up", 14, [
        "ವಾಲ್ಯೂಮ್ {more} {do}", "ಸೌಂಡ್ ಜಾಸ್ತಿ ಮಾಡು", "ವಾಲ್ಯೂಮ್ ಹೆಚ್ಚಿಸು", "ಸ್ವಲ್ಪ ಜೋರಾಗಿ ಹಾಕು",
        "ವಾಲ್ಯೂಮ್ {change_amount=bit} ಜಾಸ್ತಿ ಮಾಡು", "ಕೇಳಿಸ್ತಾ ಇಲ್ಲ ವಾಲ್ಯೂಮ್ ಜಾಸ್ತಿ ಮಾಡು", "ವಾಲ್ಯೂಮ್ ಅಪ್ ಮಾಡು",
        "ಇನ್ನೂ ಜೋರಾಗಿ", "ಸೌಂಡ್ {change_amount=bit} ಹೆಚ್ಚಿಸಿ", "ವಾಲ್ಯೂಮ್ ಜಾಸ್ತಿ ಮಾಡಿ ಪ್ಲೀಸ್",
    ]),
    ("audio_volume_up", 12, [
        "ವಾಲ್ಯೂಮ್ {change_amount=vol_to} ಇಡು", "ವಾಲ್ಯೂಮ್ {change_amount=vol} ಮಾಡು", "ಸೌಂಡ್ {change_amount=vol_to} ಸೆಟ್ ಮಾಡು",
        "ವಾಲ್ಯೂಮ್ {change_amount=vol_to} ಜಾಸ್ತಿ ಮಾಡಿ", "ವಾಲ್ಯೂಮ್ {change_amount=vol} ಇಡು",
    ]),
    ("audio_volume_down", 14, [
        "ವಾಲ್ಯೂಮ್ {less} {do}", "ಸೌಂಡ್ ಕಮ್ಮಿ ಮಾಡು", "ವಾಲ್ಯೂಮ್ ಕಡಿಮೆ ಮಾಡಿ", "ತುಂಬಾ ಜೋರಾಗಿದೆ ಸೌಂಡ್ ಕಮ್ಮಿ ಮಾಡು",
        "ವಾಲ್ಯೂಮ್ {change_amount=bit_less} ಕಡಿಮೆ ಮಾಡು", "ವಾಲ್ಯೂಮ್ {change_amount=vol_to} ಇಳಿಸು", "ವಾಲ್ಯೂಮ್ ಡೌನ್ ಮಾಡು",
        "ಸೌಂಡ್ {change_amount=bit_less} ಕಡಿಮೆ ಮಾಡಿ", "ವಾಲ್ಯೂಮ್ ಇಳಿಸಿ", "ನಿಧಾನವಾಗಿ ಮಾತಾಡು",
    ]),
    ("audio_volume_mute", 9, [
        "ಮ್ಯೂಟ್ ಮಾಡು", "ಮ್ಯೂಟ್ ಮಾಡಿ", "ಸೌಂಡ್ ಆಫ್ ಮಾಡು", "ಸುಮ್ಮನಿರು", "ಸ್ಪೀಕರ್ ಮ್ಯೂಟ್ ಮಾಡಿ", "ವಾಲ್ಯೂಮ್ ಮ್ಯೂಟ್ ಮಾಡು",
        "ಸ್ವಲ್ಪ ಹೊತ್ತು ಮ್ಯೂಟ್ ಮಾಡು", "ಸದ್ದು ಮಾಡಬೇಡ", "ಮ್ಯೂಟ್ ಮಾಡಿಬಿಡು", "ಧ್ವನಿ ಆಫ್ ಮಾಡಿ", "ಸೌಂಡ್ ಬಂದ್ ಮಾಡು",
    ]),
    ("calendar_set", 40, [
        "{cal_when} {cal_at} {event_name=event} ಕ್ಯಾಲೆಂಡರ್‌ಗೆ ಸೇರಿಸು",
        "{cal_when} {cal_at} {event_name=event} ಇದೆ ಕ್ಯಾಲೆಂಡರ್‌ನಲ್ಲಿ ಹಾಕು",
        "ಕ್ಯಾಲೆಂಡರ್‌ಗೆ {cal_when} {cal_at} {event_name=event} ಆಡ್ ಮಾಡಿ",
        "{cal_when} {cal_at} {person=person} ಜೊತೆ {event_name=meet}",
        "{cal_when} {cal_at} {person=person} ಜೊತೆ {event_name=meet} ಫಿಕ್ಸ್ ಮಾಡು",
        "{cal_when} {cal_at} {event_name=event} ಇದೆ ನನಗೆ ನೆನಪಿಸು",
        "{cal_when} {event_name=event} ಕ್ಯಾಲೆಂಡರ್‌ಗೆ ಸೇರಿಸಿ",
        "{general_frequency=cal_freq} {cal_at} {event_name=event} ಕ್ಯಾಲೆಂಡರ್‌ಗೆ ಸೇರಿಸು",
        "{event_name=event} {cal_when} {cal_at} ಶೆಡ್ಯೂಲ್ ಮಾಡು",
        "{cal_when} {person=person} ಜೊತೆ {event_name=meet} ಇದೆ ಕ್ಯಾಲೆಂಡರ್‌ಗೆ ಹಾಕು",
    ]),
    ("calendar_query", 14, [
        "{cal_when} ನನ್ನ ಪ್ಲಾನ್ ಏನು", "{cal_when} ಕ್ಯಾಲೆಂಡರ್‌ನಲ್ಲಿ ಏನಿದೆ", "ನನ್ನ ಕ್ಯಾಲೆಂಡರ್ ತೋರಿಸು", "ನನ್ನ ಮುಂದಿನ ಮೀಟಿಂಗ್ ಯಾವಾಗ",
        "{cal_when} ಏನಾದರೂ ಇದೆಯಾ", "{event_name=event} ಯಾವಾಗ ಇದೆ", "{event_name=event} ಎಷ್ಟು ಗಂಟೆಗೆ", "{cal_when} ನನಗೆ ಏನೇನು ಕೆಲಸ ಇದೆ",
        "{cal_when} {event_name=event} ಇದೆಯಾ",
    ]),
    ("calendar_remove", 10, [
        "{event_name=event} ಕ್ಯಾನ್ಸಲ್ ಮಾಡು", "{cal_when} ಎಲ್ಲಾ ಈವೆಂಟ್ ಡಿಲೀಟ್ ಮಾಡು", "ಕ್ಯಾಲೆಂಡರ್‌ನಿಂದ {event_name=event} ತೆಗೆದುಹಾಕು",
        "{cal_when} {event_name=event} ಕ್ಯಾನ್ಸಲ್ ಮಾಡಿ", "{event_name=event} ಡಿಲೀಟ್ ಮಾಡು",
    ]),
    ("qa_maths", 24, [
        "{expr} ಎಷ್ಟು", "{expr} ಎಷ್ಟಾಗುತ್ತೆ", "{expr} ಉತ್ತರ ಏನು", "{expr} ಹೇಳು", "{expr}", "{expr} ಎಷ್ಟು ಆಗುತ್ತದೆ",
        "ನೂರರ ಇಪ್ಪತ್ತು ಪರ್ಸೆಂಟ್ ಎಷ್ಟು", "ಎಂಬತ್ತೊಂದರ ವರ್ಗಮೂಲ ಎಷ್ಟು", "ಹನ್ನೆರಡು ಮತ್ತು ಏಳು ಕೂಡಿಸಿದರೆ ಎಷ್ಟು",
    ]),
    ("datetime_query", 18, [
        "ಈಗ ಟೈಮ್ ಎಷ್ಟು", "ಟೈಮ್ ಎಷ್ಟಾಯ್ತು", "ಸಮಯ ಎಷ್ಟು", "ಗಂಟೆ ಎಷ್ಟಾಯ್ತು", "[date : ಇವತ್ತು] ಎಷ್ಟನೇ ತಾರೀಖು",
        "[date : ಇವತ್ತು] ಯಾವ ವಾರ", "[date : ನಾಳೆ] ಯಾವ ದಿನ", "[date : ನಾಳೆ] ಎಷ್ಟನೇ ತಾರೀಖು",
        "{place_name=city_loc} ಈಗ ಟೈಮ್ ಎಷ್ಟು", "[date : ದೀಪಾವಳಿ] ಯಾವಾಗ", "[date : ಇಂದಿನ] ದಿನಾಂಕ ಹೇಳು",
        "ಈಗ ಸಮಯ ಎಷ್ಟು ಹೇಳಿ", "{place_name=city_loc} ಸಮಯ ಎಷ್ಟು", "[date : ಮುಂದಿನ ಶುಕ್ರವಾರ] ಎಷ್ಟನೇ ತಾರೀಖು",
        "[date : ಇವತ್ತು] ಯಾವ ದಿನ",
    ]),
    ("weather_query", 18, [
        "ಹವಾಮಾನ ಹೇಗಿದೆ", "[date : ಇವತ್ತು] ಹವಾಮಾನ ಹೇಗಿದೆ", "{when} ಹವಾಮಾನ ಹೇಗಿರುತ್ತೆ", "{place_name=city_loc} ಹವಾಮಾನ ಹೇಗಿದೆ",
        "{when} [weather_descriptor : ಮಳೆ] ಬರುತ್ತಾ", "{when} [weather_descriptor : ಮಳೆ] ಬರುತ್ತದೆಯೇ",
        "{when} [weather_descriptor : ಚಳಿ] ಇರುತ್ತಾ", "[weather_descriptor : ಟೆಂಪರೇಚರ್] ಎಷ್ಟಿದೆ",
        "{when} [weather_descriptor : ಛತ್ರಿ] ತಗೊಂಡು ಹೋಗಬೇಕಾ", "{place_name=city} ವೆದರ್ ಹೇಳು", "ವೆದರ್ ಹೇಗಿದೆ",
        "ಹೊರಗೆ ಎಷ್ಟು [weather_descriptor : ಬಿಸಿಲು] ಇದೆ", "{when} {place_name=city_loc} [weather_descriptor : ಮಳೆ] ಬರುತ್ತಾ",
    ]),
    ("general_joke", 5, ["ಒಂದು ಜೋಕ್ ಹೇಳು", "ಏನಾದರೂ ಜೋಕ್ ಹೇಳಿ", "ನನ್ನನ್ನು ನಗಿಸು", "ಏನಾದರೂ ತಮಾಷೆ ಹೇಳು", "ಒಂದು ಜೋಕ್ ಹೇಳ್ತೀಯಾ"]),
    ("general_greet", 5, ["ನಮಸ್ಕಾರ", "ಹಲೋ", "ಶುಭೋದಯ", "ಹಾಯ್ ಹೇಗಿದ್ದೀಯಾ", "ಶುಭ ಸಂಜೆ", "ಹಲೋ ಹೇಗಿದ್ದೀರಾ"]),
    ("iot_coffee", 5, ["ನನಗೆ ಕಾಫಿ ಮಾಡು", "ಒಂದು ಕಾಫಿ ಮಾಡಿ", "ನನಗೆ ಕಾಫಿ ಬೇಕು", "ಒಂದು {coffee_type=coffee} ಮಾಡು",
                       "ಕಾಫಿ ಮೆಷಿನ್ ಆನ್ ಮಾಡು"]),
    ("iot_cleaning", 5, ["ವ್ಯಾಕ್ಯೂಮ್ ಕ್ಲೀನರ್ ಆನ್ ಮಾಡು", "{house_place=room} ಕ್ಲೀನ್ ಮಾಡು", "[device_type : ರೋಬೋಟ್ ವ್ಯಾಕ್ಯೂಮ್] ಶುರು ಮಾಡು",
                         "{house_place=room_loc} ಕಸ ಗುಡಿಸು", "ಕ್ಲೀನಿಂಗ್ ಶುರು ಮಾಡು"]),
    ("iot_wemo_on", 4, ["{device_type=plug} ಆನ್ ಮಾಡು", "{device_type=plug} ಆನ್ ಮಾಡಿ"]),
    ("iot_wemo_off", 4, ["{device_type=plug} ಆಫ್ ಮಾಡು", "{device_type=plug} ಆಫ್ ಮಾಡಿ"]),
    ("play_music", 5, ["ಹಾಡು ಹಾಕು", "ಏನಾದರೂ ಮ್ಯೂಸಿಕ್ ಹಾಕಿ", "{music_genre=genre} ಹಾಕು", "{music_genre=genre} ಪ್ಲೇ ಮಾಡು"]),
    ("play_radio", 3, ["ರೇಡಿಯೋ ಹಾಕು", "ರೇಡಿಯೋ ಆನ್ ಮಾಡು", "ಎಫ್ ಎಂ ಹಾಕು"]),
]
