"""Bengali (bn-BD) command templates, as spoken in Bangladesh. Pattern language: see ../README.md.

Labels follow the majority of bn-BD's MASSIVE train records: case endings stay inside the slot
("[time : সকাল সাতটায়]", "[house_place : বেডরুমের] লাইট", "[list_name : বাজারের] লিস্টে",
"[change_amount : পঞ্চাশ শতাংশে]", "[person : রহিমের] সাথে", "[place_name : ঢাকায়]"); the part
of the day said before a clock time is inside the time slot (354 records against 27), a part of
the day said alone is timeofday ("[timeofday : সকালে]"). Clock forms: সাতটা, সাড়ে সাতটা = 7:30,
সোয়া সাতটা = 7:15, পৌনে আটটা = 7:45, দেড়টা = 1:30, আড়াইটা = 2:30. Numbers as Bengali digits
(as Bengali recognizers write them) and as words; loanwords in Bengali script (লাইট, টাইমার, অ্যালার্ম,
লিস্ট, ভলিউম, ব্রাইটনেস).
"""

_W = ("শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয় দশ এগারো বারো তেরো চৌদ্দ পনেরো ষোলো সতেরো আঠারো উনিশ "
      "বিশ একুশ বাইশ তেইশ চব্বিশ পঁচিশ ছাব্বিশ সাতাশ আটাশ উনত্রিশ ত্রিশ একত্রিশ বত্রিশ তেত্রিশ চৌত্রিশ "
      "পঁয়ত্রিশ ছত্রিশ সাঁইত্রিশ আটত্রিশ উনচল্লিশ চল্লিশ একচল্লিশ বিয়াল্লিশ তেতাল্লিশ চুয়াল্লিশ পঁয়তাল্লিশ "
      "ছেচল্লিশ সাতচল্লিশ আটচল্লিশ উনপঞ্চাশ পঞ্চাশ একান্ন বাহান্ন তিপ্পান্ন চুয়ান্ন পঞ্চান্ন ছাপ্পান্ন সাতান্ন "
      "আটান্ন উনষাট ষাট একষট্টি বাষট্টি তেষট্টি চৌষট্টি পঁয়ষট্টি ছেষট্টি সাতষট্টি আটষট্টি উনসত্তর সত্তর "
      "একাত্তর বাহাত্তর তিয়াত্তর চুয়াত্তর পঁচাত্তর ছিয়াত্তর সাতাত্তর আটাত্তর উনআশি আশি একাশি বিরাশি "
      "তিরাশি চুরাশি পঁচাশি ছিয়াশি সাতাশি আটাশি উননব্বই নব্বই একানব্বই বিরানব্বই তিরানব্বই চুরানব্বই "
      "পঁচানব্বই ছিয়ানব্বই সাতানব্বই আটানব্বই নিরানব্বই একশো").split()
assert len(_W) == 101

_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def num(n):
    """0..100 in words (every number below a hundred has its own word in Bengali)."""
    return _W[n]


def dig(n):
    """Bengali digits: ১৫."""
    return str(n).translate(_DIGITS)


def both(n):
    return [dig(n), num(n)]


# Locative of a number said alone ("ভলিউম পাঁচে দাও").
_LOC = {1: "একে", 2: "দুইয়ে", 3: "তিনে", 4: "চারে", 5: "পাঁচে", 6: "ছয়ে", 7: "সাতে", 8: "আটে", 9: "নয়ে", 10: "দশে",
        20: "বিশে", 30: "ত্রিশে", 40: "চল্লিশে", 50: "পঞ্চাশে", 60: "ষাটে", 70: "সত্তরে", 80: "আশিতে", 90: "নব্বইয়ে"}


def durations():
    """(plain, genitive) durations: দশ মিনিট / দশ মিনিটের টাইমার."""
    plain = ["এক মিনিট", "১ মিনিট", "এক ঘণ্টা", "১ ঘণ্টা", "আধা ঘণ্টা", "দেড় ঘণ্টা", "দুই ঘণ্টা", "২ ঘণ্টা",
             "দেড় মিনিট", "আড়াই মিনিট", "আড়াই ঘণ্টা", "সোয়া এক ঘণ্টা"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        plain += [f"{w} মিনিট" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        plain += [f"{w} সেকেন্ড" for w in both(n)]
    gen = [p + ("র" if p.endswith("া") else "ের") for p in plain]
    return plain, gen


STEM = {1: "এক", 2: "দুই", 3: "তিন", 4: "চার", 5: "পাঁচ", 6: "ছয়", 7: "সাত", 8: "আট", 9: "নয়", 10: "দশ",
        11: "এগারো", 12: "বারো"}


def clock_words(h):
    """Nominative clock forms ending in টা: সাতটা, ৭টা, সাড়ে সাতটা, সোয়া সাতটা, পৌনে আটটা."""
    nxt = h % 12 + 1
    half = {1: "দেড়", 2: "আড়াই"}.get(h, f"সাড়ে {STEM[h]}")
    return [f"{dig(h)}টা", f"{STEM[h]}টা", f"{half}টা", f"সোয়া {STEM[h]}টা", f"পৌনে {STEM[nxt]}টা"]


def clock_loc(h):
    """At a time: সাতটায়, সাড়ে সাতটায়, সাতটা বেজে দশ মিনিটে."""
    return [w + "য়" for w in clock_words(h)] + [f"{STEM[h]}টা বেজে দশ মিনিটে", f"{dig(h)}টা ৩০ মিনিটে"]


def clock_gen(h):
    """For a time: সাতটার অ্যালার্ম."""
    return [w + "র" for w in clock_words(h)]


def with_period(hours, period, case):
    f = clock_loc if case == "loc" else clock_gen
    return [f"{period} {t}" for h in hours for t in f(h)[:5]]


def items():
    one = ["দুধ", "ডিম", "পাউরুটি", "আপেল", "কলা", "চাল", "ডাল", "আলু", "পেঁয়াজ", "রসুন", "আদা", "সয়াবিন তেল",
           "চিনি", "লবণ", "চা পাতা", "কফি", "মাখন", "পনির", "টমেটো", "কাঁচা মরিচ", "মাছ", "মুরগি", "সাবান",
           "টুথপেস্ট", "টয়লেট পেপার", "বিস্কুট", "দই", "লেবু"]
    pairs = [(0, 1), (3, 4), (5, 6), (7, 8), (9, 10), (12, 13), (14, 15), (16, 17), (18, 19), (20, 21), (22, 23),
             (24, 25), (26, 27), (2, 16)]
    triples = [(0, 1, 2), (5, 6, 11), (7, 8, 9), (12, 13, 14), (20, 21, 19), (22, 23, 24), (3, 4, 27)]
    join = ["আর", "ও", "এবং"]
    two = [f"{one[a]} {join[i % 3]} {one[b]}" for i, (a, b) in enumerate(pairs)]
    three = [f"{one[a]} {one[b]} {join[i % 2]} {one[c]}" for i, (a, b, c) in enumerate(triples)]
    return one, two, three


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("গুণ", "যোগ", "বিয়োগ", "ভাগ", "প্লাস", "মাইনাস"):
            out.append(f"{dig(a)} {op} {dig(b)}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["১৫০ এর ২০ শতাংশ", "আশির পনেরো শতাংশ", "১৪৪ এর বর্গমূল", "একাশির বর্গমূল", "৭ এর বর্গ", "বারোর বর্গ"]
    return out


WHEN = ["[date : আগামীকাল]", "[date : কাল]", "[date : আজ]", "[date : পরশু]", "[date : সোমবার]", "[date : মঙ্গলবার]",
        "[date : বুধবার]", "[date : বৃহস্পতিবার]", "[date : শুক্রবার]", "[date : শনিবার]", "[date : রবিবার]",
        "[date : আগামী শুক্রবার]", "[date : আগামী সোমবার]"]
WHEN_GEN = ["[date : কালকের]", "[date : আজকের]", "[date : আগামীকালের]", "[date : পরশুর]", "[date : সোমবারের]",
            "[date : বুধবারের]", "[date : শুক্রবারের]", "[date : শনিবারের]"]


def vocab():
    one, two, three = items()
    dur, dur_gen = durations()
    pct = [f"{w} {u}" for n in (10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100) for w in both(n) for u in ("শতাংশ", "পার্সেন্ট")]
    pct_loc = [p + "ে" for p in pct]
    levels = [w for n in range(1, 11) for w in both(n)]
    levels_loc = list(_LOC.values()) + [f"{dig(n)} শতাংশে" for n in (20, 40, 50, 70)]
    clk_loc = [t for h in range(1, 13) for t in clock_loc(h)]
    clk_gen = [t for h in range(1, 13) for t in clock_gen(h)]
    return {
        "dur": dur, "dur_gen": dur_gen,
        "clk_loc": clk_loc, "clk_gen": clk_gen,
        "morning_loc": with_period(range(5, 12), "সকাল", "loc") + with_period((4, 5), "ভোর", "loc"),
        "morning_gen": with_period(range(5, 12), "সকাল", "gen"),
        "evening_loc": with_period((3, 4, 5), "বিকাল", "loc") + with_period((6, 7), "সন্ধ্যা", "loc") +
                       with_period((8, 9, 10, 11), "রাত", "loc"),
        "evening_gen": with_period((4, 5), "বিকেল", "gen") + with_period((8, 9, 10), "রাত", "gen"),
        "tod_morning": ["[timeofday : সকালে]", "[timeofday : ভোরে]", "[timeofday : ভোরবেলা]"],
        "tod_any": ["[timeofday : সকালে]", "[timeofday : দুপুরে]", "[timeofday : বিকালে]", "[timeofday : সন্ধ্যায়]",
                    "[timeofday : রাতে]"],
        "cal_at": [f"[time : {t}]" for h in (8, 9, 10, 11) for t in clock_loc(h)[:4]] +
                  [f"[time : {t}]" for t in with_period((9, 10, 11), "সকাল", "loc") + with_period((12, 1, 2), "দুপুর", "loc")
                   + with_period((4, 5), "বিকাল", "loc") + with_period((6, 7), "সন্ধ্যা", "loc")],
        "when": WHEN, "when_gen": WHEN_GEN,
        "cal_when": WHEN + ["[date : ১২ জুন]", "[date : তেসরা মার্চ]", "[date : এই শনিবার]", "[date : ১৫ তারিখে]",
                            "[date : ঈদের দিন]", "[date : পহেলা বৈশাখে]"],
        "freq": ["প্রতিদিন", "রোজ", "প্রতি শুক্রবার", "সোমবার থেকে শুক্রবার", "প্রতি রবিবার", "সপ্তাহের প্রতিদিন"],
        "cal_freq": ["প্রতিদিন", "প্রতি সোমবার", "প্রতি সপ্তাহে", "রবিবার থেকে বৃহস্পতিবার"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list_gen": ["বাজারের", "কেনাকাটার", "মুদির", "শপিং", "ঈদের", "জন্মদিনের", "অফিসের", "ভ্রমণের", "করণীয়",
                     "ঘরের কাজের", "ওষুধের"],
        "list_plain": ["বাজার", "শপিং", "ঈদ", "অফিস", "করণীয়", "ওষুধ", "ট্যুর"],
        "room_gen": ["বেডরুমের", "শোবার ঘরের", "রান্নাঘরের", "বসার ঘরের", "ড্রয়িং রুমের", "বাথরুমের", "বারান্দার",
                     "ডাইনিং রুমের", "বাচ্চাদের ঘরের", "গ্যারেজের", "পড়ার ঘরের", "কিচেনের"],
        "room_loc": ["বেডরুমে", "শোবার ঘরে", "রান্নাঘরে", "বসার ঘরে", "ড্রয়িং রুমে", "বাথরুমে", "বারান্দায়",
                     "ডাইনিং রুমে", "কিচেনে"],
        "room": ["বেডরুম", "রান্নাঘর", "বসার ঘর", "ড্রয়িং রুম", "বাথরুম", "বারান্দা", "কিচেন"],
        "lamp": ["ল্যাম্প", "টেবিল ল্যাম্প", "বেডসাইড ল্যাম্প", "ডিম লাইট", "নাইট ল্যাম্প", "টিউবলাইট"],
        "colour": ["লাল", "সবুজ", "নীল", "হলুদ", "কমলা", "বেগুনি", "গোলাপি", "সাদা", "আকাশি"],
        "pct": pct, "pct_loc": pct_loc,
        "vol": levels, "vol_loc": levels_loc,
        "bit": ["একটু", "আরেকটু", "আরও একটু", "অল্প"],
        "event": ["ডাক্তারের অ্যাপয়েন্টমেন্ট", "ডেন্টিস্ট", "টিম মিটিং", "অফিস মিটিং", "জিম", "কোচিং", "গানের ক্লাস",
                  "গাড়ির সার্ভিসিং", "জন্মদিনের পার্টি", "ইন্টারভিউ", "ক্রিকেট প্র্যাকটিস", "বিয়ের দাওয়াত", "প্যারেন্টস মিটিং"],
        "meet": ["মিটিং", "লাঞ্চ", "ডিনার", "কল", "আড্ডা"],
        "person_gen": ["রহিমের", "করিমের", "নুসরাতের", "তানভীরের", "ফারহানার", "সাকিবের", "রুমানার", "আরিফের", "মিতুর",
                       "জামিলের"],
        "city_loc": ["ঢাকায়", "চট্টগ্রামে", "সিলেটে", "খুলনায়", "রাজশাহীতে", "কক্সবাজারে", "লন্ডনে", "দুবাইতে",
                     "কলকাতায়", "নিউ ইয়র্কে", "টোকিওতে"],
        "city_gen": ["ঢাকার", "চট্টগ্রামের", "সিলেটের", "খুলনার", "রাজশাহীর", "কক্সবাজারের", "লন্ডনের", "দুবাইয়ের",
                     "কলকাতার", "নিউ ইয়র্কের", "টোকিওর"],
        "rain": ["বৃষ্টি", "ঝড়", "শিলাবৃষ্টি", "কালবৈশাখী"],
        "hotcold": ["গরম", "শীত", "কুয়াশা"],
        "expr": maths(),
        "plug": ["প্লাগ", "স্মার্ট প্লাগ", "সকেট"],
        "coffee": ["ক্যাপুচিনো", "এসপ্রেসো", "কোল্ড কফি", "ব্ল্যাক কফি", "লাতে"],
        "genre": ["রবীন্দ্রসংগীত", "নজরুলগীতি", "ব্যান্ডের", "লালনের", "পপ", "ফোক"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "{time=dur_gen} টাইমার দাও",
        "{time=dur_gen} টাইমার সেট করো",
        "টাইমার {time=dur}",
        "{time=dur_gen} জন্য টাইমার সেট করো",
        "টাইমার সেট করো {time=dur_gen} জন্য",
        "{time=dur_gen} কাউন্টডাউন শুরু করো",
        "{time=dur} পরে আমাকে ডেকো",
        "{time=dur} পর আমাকে মনে করিয়ে দিও",
        "দয়া করে {time=dur_gen} একটা টাইমার সেট করুন",
        "{time=dur_gen} টাইমার চালু করো",
        "আমার {time=dur_gen} একটা টাইমার লাগবে",
        "{time=dur_gen} টাইমার দিয়ে দাও",
        "একটা টাইমার দাও {time=dur_gen}",
    ]),
    ("alarm_set", 48, [
        "{time=clk_loc} অ্যালার্ম দাও",
        "{time=clk_gen} অ্যালার্ম সেট করো",
        "{time=clk_loc} আমাকে ঘুম থেকে তুলে দিও",
        "{time=clk_loc} আমাকে ডেকে দিও",
        "{when} {time=morning_loc} অ্যালার্ম দিয়ে রাখো",
        "{when} {time=morning_loc} আমাকে জাগিয়ে দিও",
        "{tod_morning} আমাকে জাগিয়ে দিও",
        "{time=morning_gen} জন্য একটা অ্যালার্ম সেট করো",
        "{time=evening_gen} অ্যালার্ম দিয়ে দাও",
        "{time=evening_loc} একটা অ্যালার্ম দাও",
        "[date : কাল] {tod_morning} আমাকে ডেকে দিও",
        "{general_frequency=freq} {time=morning_loc} অ্যালার্ম দিয়ে রাখো",
        "অ্যালার্মটা {time=clk_loc} সেট করো",
        "দয়া করে {time=clk_gen} জন্য একটা অ্যালার্ম সেট করুন",
        "{general_frequency=freq} {tod_morning} আমাকে ডেকে দিও",
        "{when} {time=clk_gen} অ্যালার্ম লাগাও",
    ]),
    ("alarm_query", 8, [
        "আমার কয়টা অ্যালার্ম দেওয়া আছে", "অ্যালার্মগুলো দেখাও", "পরের অ্যালার্ম কয়টায়", "কয়টার অ্যালার্ম দেওয়া আছে",
        "টাইমারে আর কত সময় বাকি", "টাইমার শেষ হতে কতক্ষণ বাকি", "{when} কোনো অ্যালার্ম আছে কি", "সব অ্যালার্ম দেখাও",
        "{when_gen} অ্যালার্ম কয়টায়",
    ]),
    ("alarm_remove", 10, [
        "অ্যালার্ম বন্ধ করো", "সব অ্যালার্ম মুছে দাও", "টাইমার বন্ধ করো", "টাইমার বাতিল করো", "{time=clk_gen} অ্যালার্মটা মুছে দাও",
        "{when_gen} অ্যালার্ম বাতিল করো", "অ্যালার্মটা অফ করো", "{time=morning_gen} অ্যালার্মটা বাদ দাও", "সব টাইমার মুছে ফেলো",
        "টাইমার ক্যানসেল করো",
    ]),
    ("lists_createoradd", 34, [
        "{list_name=list_gen} লিস্টে {items} যোগ করো",
        "{items} {list_name=list_gen} লিস্টে লিখে রাখো",
        "{list_name=list_gen} তালিকায় {items} যোগ করুন",
        "লিস্টে {items} অ্যাড করো",
        "আমার {list_name=list_gen} লিস্টে {items} রাখো",
        "{items} লিস্টে যোগ করে দাও",
        "{items2} {list_name=list_gen} লিস্টে অ্যাড করে দাও",
        "আমার লিস্টে {items} লিখে দাও",
        "দয়া করে {list_name=list_gen} তালিকায় {items} যোগ করুন",
        "{list_name=list_gen} লিস্টে {items} তুলে রাখো",
    ]),
    ("lists_createoradd", 12, [
        "নতুন একটা {list_name=list_gen} লিস্ট বানাও",
        "একটা নতুন লিস্ট বানাও",
        "{list_name=list_gen} তালিকা তৈরি করুন",
        "{list_name=list_plain} নামে একটা লিস্ট বানাও",
        "একটা {list_name=list_gen} লিস্ট খোলো",
    ]),
    ("lists_remove", 18, [
        "{list_name=list_gen} লিস্ট থেকে {item} বাদ দাও",
        "লিস্ট থেকে {item} মুছে দাও",
        "{item} {list_name=list_gen} তালিকা থেকে সরিয়ে দিন",
        "{list_name=list_gen} লিস্টটা মুছে ফেলো",
        "আমার {list_name=list_gen} লিস্ট ডিলিট করো",
        "{list_name=list_gen} লিস্ট খালি করে দাও",
        "{item} লিস্ট থেকে কেটে দাও",
    ]),
    ("lists_query", 16, [
        "আমার {list_name=list_gen} লিস্টে কী কী আছে",
        "{list_name=list_gen} লিস্টটা পড়ে শোনাও",
        "{list_name=list_gen} তালিকা দেখাও",
        "লিস্টে কী কী আছে",
        "আমার কয়টা লিস্ট আছে",
        "{list_name=list_gen} লিস্টে কি {item} আছে",
        "{list_name=list_gen} তালিকায় কী আছে বলো",
        "{list_name=list_gen} লিস্টটা দেখাও",
    ]),
    ("iot_hue_lighton", 36, [
        "লাইট জ্বালাও",
        "লাইট অন করো",
        "বাতি জ্বালাও",
        "লাইট চালু করো",
        "{house_place=room_gen} লাইট জ্বালাও",
        "{house_place=room_gen} লাইট অন করে দাও",
        "{house_place=room_loc} লাইট জ্বালিয়ে দাও",
        "{device_type=lamp} জ্বালাও",
        "{house_place=room_gen} {device_type=lamp} অন করো",
        "সব লাইট জ্বালিয়ে দাও",
        "অন্ধকার লাগছে লাইট জ্বালাও",
        "লাইটগুলো অন করে দাও",
        "দয়া করে লাইট জ্বালান",
        "{house_place=room_gen} বাতি জ্বালাও",
        "লাইটটা জ্বালিয়ে দাও",
        "আলো জ্বালিয়ে দাও",
        "{house_place=room_gen} আলো জ্বালিয়ে দিন",
        "লাইটটা একটু জ্বালাও তো",
        "{device_type=lamp} অন করে দাও",
    ]),
    ("iot_hue_lightoff", 24, [
        "লাইট নিভাও",
        "বাতি নিভাও",
        "লাইট অফ করো",
        "লাইট বন্ধ করো",
        "আলো নিভিয়ে দাও",
        "{house_place=room_gen} লাইট নিভিয়ে দাও",
        "{house_place=room_gen} লাইট অফ করে দাও",
        "{device_type=lamp} বন্ধ করো",
        "সব লাইট নিভিয়ে দাও",
        "দয়া করে লাইট বন্ধ করুন",
        "{house_place=room_gen} বাতি নিভাও",
        "{house_place=room_loc} লাইট বন্ধ করে দাও",
    ]),
    ("iot_hue_lightup", 14, [
        "আলো বাড়াও", "ব্রাইটনেস বাড়াও", "ব্রাইটনেস {change_amount=pct} বাড়াও", "লাইট {change_amount=bit} উজ্জ্বল করো",
        "{house_place=room_gen} আলো বাড়িয়ে দাও", "আরও আলো দরকার", "লাইটের ব্রাইটনেস বাড়িয়ে দাও",
        "আলো {change_amount=bit} বাড়িয়ে দাও", "লাইট আরও উজ্জ্বল করো",
    ]),
    ("iot_hue_lightdim", 14, [
        "আলো কমাও", "ব্রাইটনেস কমাও", "লাইট {change_amount=bit} কমিয়ে দাও", "ব্রাইটনেস {change_amount=pct} কমাও",
        "{house_place=room_gen} লাইট ডিম করো", "লাইট ডিম করে দাও", "আলো খুব চোখে লাগছে", "আলোটা {change_amount=bit} কম করো",
        "{house_place=room_gen} আলো কমিয়ে দাও",
    ]),
    ("iot_hue_lightchange", 26, [
        "লাইট {color_type=colour} করো",
        "লাইটের রং {color_type=colour} করে দাও",
        "{house_place=room_gen} লাইট {color_type=colour} করে দাও",
        "আলোর রং বদলে {color_type=colour} করো",
        "{house_place=room_gen} আলো {color_type=colour} রঙের করে দাও",
        "{color_type=colour} লাইট জ্বালাও",
        "ব্রাইটনেস {change_amount=pct_loc} সেট করো",
        "লাইট {change_amount=pct_loc} দাও",
    ]),
    ("audio_volume_up", 14, [
        "ভলিউম বাড়াও", "সাউন্ড বাড়াও", "আওয়াজ বাড়াও", "আরেকটু জোরে দাও", "ভলিউম {change_amount=bit} বাড়িয়ে দাও",
        "শুনতে পাচ্ছি না ভলিউম বাড়াও", "ভলিউম আপ করো", "আরও জোরে", "সাউন্ড {change_amount=bit} বাড়াও", "ভলিউম বাড়িয়ে দাও",
    ]),
    ("audio_volume_up", 12, [
        "ভলিউম {change_amount=vol_loc} দাও", "ভলিউম {change_amount=vol} করো", "সাউন্ড {change_amount=vol_loc} সেট করো",
        "ভলিউম {change_amount=vol_loc} সেট করে দাও", "ভলিউম {change_amount=vol_loc} তুলে দাও",
    ]),
    ("audio_volume_down", 14, [
        "ভলিউম কমাও", "আওয়াজ কমাও", "সাউন্ড কমাও", "আস্তে করো", "খুব জোরে হচ্ছে ভলিউম কমাও",
        "ভলিউম {change_amount=bit} কমিয়ে দাও", "ভলিউম {change_amount=vol_loc} নামিয়ে দাও", "ভলিউম ডাউন করো",
        "আওয়াজ {change_amount=bit} কমাও", "একটু আস্তে",
    ]),
    ("audio_volume_mute", 9, [
        "মিউট করো", "সাউন্ড বন্ধ করো", "চুপ করো", "মিউট করে দাও", "স্পিকার মিউট করো", "আওয়াজ বন্ধ করো", "একদম চুপ",
        "ভলিউম মিউট করো", "সব শব্দ বন্ধ করে দাও",
    ]),
    ("calendar_set", 40, [
        "ক্যালেন্ডারে {cal_when} {cal_at} {event_name=event} যোগ করো",
        "{cal_when} {cal_at} {event_name=event} আছে ক্যালেন্ডারে লিখে রাখো",
        "{cal_when} {cal_at} {person=person_gen} সাথে {event_name=meet} সেট করো",
        "{cal_when} {cal_at} {person=person_gen} সাথে {event_name=meet} আছে মনে করিয়ে দিও",
        "{cal_when} {cal_at} {event_name=event} আছে মনে করিয়ে দিও",
        "{cal_when} {event_name=event} ক্যালেন্ডারে যোগ করো",
        "{general_frequency=cal_freq} {cal_at} {event_name=event} ক্যালেন্ডারে রাখো",
        "{event_name=event} {cal_when} {cal_at} শিডিউল করো",
        "দয়া করে ক্যালেন্ডারে {cal_when} {event_name=event} যোগ করুন",
        "{cal_when} {person=person_gen} সাথে {event_name=meet} ক্যালেন্ডারে তুলে রাখো",
    ]),
    ("calendar_query", 14, [
        "{cal_when} আমার কী কী কাজ আছে", "{cal_when} ক্যালেন্ডারে কী আছে", "আমার ক্যালেন্ডার দেখাও", "আমার পরের মিটিং কখন",
        "{cal_when} কিছু আছে নাকি", "{event_name=event} কবে", "{event_name=event} কয়টায়", "{cal_when} আমার শিডিউল কী",
        "{cal_when} কি {event_name=event} আছে",
    ]),
    ("calendar_remove", 10, [
        "{event_name=event} বাতিল করো", "{when_gen} সব ইভেন্ট মুছে দাও", "ক্যালেন্ডার থেকে {event_name=event} মুছে দাও",
        "{cal_when} {event_name=event} ক্যানসেল করো", "{event_name=event} ডিলিট করে দাও",
    ]),
    ("qa_maths", 24, [
        "{expr} কত", "{expr} কত হয়", "{expr} সমান কত", "{expr} বলো", "{expr}", "{expr} কত হবে", "একটু হিসাব করে বলো {expr} কত",
    ]),
    ("datetime_query", 18, [
        "এখন কয়টা বাজে", "সময় কত", "কয়টা বাজে", "এখন কত বাজে", "[date : আজ] কত তারিখ", "[date : আজ] কী বার",
        "[date : আগামীকাল] কী বার", "[date : কাল] কত তারিখ", "{place_name=city_loc} এখন কয়টা বাজে", "[date : ঈদ] কবে",
        "[date : আজকের] তারিখ বলো", "এখন কটা বাজে", "{place_name=city_gen} সময় কত", "[date : আগামী শুক্রবার] কত তারিখ",
        "{place_name=city_loc} এখন সময় কত",
    ]),
    ("weather_query", 18, [
        "আবহাওয়া কেমন", "[date : আজ] আবহাওয়া কেমন", "{when} আবহাওয়া কেমন থাকবে", "{place_name=city_gen} আবহাওয়া কেমন",
        "{when} কি {weather_descriptor=rain} হবে", "{when} {weather_descriptor=rain} হবে নাকি",
        "{when} কি {weather_descriptor=hotcold} পড়বে", "[weather_descriptor : তাপমাত্রা] কত",
        "{when} কি [weather_descriptor : ছাতা] নিতে হবে", "{place_name=city_gen} {when} আবহাওয়া কেমন থাকবে",
        "আবহাওয়ার খবর বলো", "বাইরে কতটা [weather_descriptor : গরম]", "{place_name=city_loc} কি {weather_descriptor=rain} হচ্ছে",
    ]),
    ("general_joke", 5, ["একটা জোকস বলো", "একটা কৌতুক শোনাও", "আমাকে হাসাও", "মজার কিছু বলো", "একটা মজার গল্প বলো"]),
    ("general_greet", 5, ["হ্যালো", "আসসালামু আলাইকুম", "শুভ সকাল", "হাই কেমন আছো", "নমস্কার", "শুভ সন্ধ্যা"]),
    ("iot_coffee", 5, ["আমার জন্য কফি বানাও", "এক কাপ কফি বানিয়ে দাও", "কফি খেতে চাই", "একটা {coffee_type=coffee} বানাও",
                       "কফি মেশিন চালু করো"]),
    ("iot_cleaning", 5, ["ভ্যাকিউম ক্লিনার চালু করো", "{house_place=room} পরিষ্কার করো", "[device_type : রোবট ক্লিনার] চালু করো",
                         "{house_place=room_gen} মেঝে পরিষ্কার করো", "পরিষ্কার শুরু করো"]),
    ("iot_wemo_on", 4, ["{device_type=plug} চালু করো", "{device_type=plug} অন করে দাও"]),
    ("iot_wemo_off", 4, ["{device_type=plug} বন্ধ করো", "{device_type=plug} অফ করে দাও"]),
    ("play_music", 5, ["গান চালাও", "কিছু গান বাজাও", "{music_genre=genre} গান চালাও", "{music_genre=genre} গান শোনাও"]),
    ("play_radio", 3, ["রেডিও চালাও", "রেডিও অন করো", "এফ এম চালাও"]),
]
