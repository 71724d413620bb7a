"""Georgian (ka-GE) command templates, in Mkhedruli. Pattern language: see ../README.md.

Labels follow the majority of ka-GE's MASSIVE train records: case endings and postpositions stay
inside the slot ("[time : დილის შვიდზე]", "[house_place : საძინებელში]", "[list_name : საყიდლების]
სიას", "[change_amount : ორმოცდაათ პროცენტზე]", "[change_amount : სამოცამდე]", "[person : ნინოსთან]",
"[place_name : თბილისში]", "[date : პარასკევს]"); the part of the day said before a clock time (in the
genitive: დილის, დღის, საღამოს, ღამის) is inside the time slot, a part of the day said alone is
timeofday ("[timeofday : დილით]"). Words checked against MASSIVE's ka-GE train records (ჩართე 353, გამორთე 166, აანთე 6, ჩააქრე 8,
მაღვიძარა 217, ტაიმერი 4, სიაში 92, სიიდან 71, აუწიე/დაუწიე ხმას, სიკაშკაშე, შვიდჯერ შვიდი, ორს
მიმატებული ორი). Half hours as Georgian says them: რვის ნახევარზე = 7:30. Numbers
as digits and as words (vigesimal: ორმოცდათხუთმეტი = 55); a numeral before a noun is cut before
-ში / -ზე / dative ("ხუთ წუთში") and whole before genitive / instrumental ("ხუთი წუთის", "ხუთი წუთით").
"""

SMALL = ["ნული", "ერთი", "ორი", "სამი", "ოთხი", "ხუთი", "ექვსი", "შვიდი", "რვა", "ცხრა", "ათი", "თერთმეტი",
         "თორმეტი", "ცამეტი", "თოთხმეტი", "თხუთმეტი", "თექვსმეტი", "ჩვიდმეტი", "თვრამეტი", "ცხრამეტი"]
SCORE = {1: "ოც", 2: "ორმოც", 3: "სამოც", 4: "ოთხმოც"}


def num(n):
    """0..100: ოცდაერთი, ორმოცდათხუთმეტი, ოთხმოცდაათი, ასი."""
    if n == 100:
        return "ასი"
    if n < 20:
        return SMALL[n]
    k, r = divmod(n, 20)
    return SCORE[k] + ("ი" if r == 0 else "და" + SMALL[r])


def cut(w):
    """The numeral before -ში / -ზე / a dative noun: ხუთი -> ხუთ, რვა -> რვა."""
    return w[:-1] if w.endswith("ი") else w


def gen(w):
    """Genitive: შვიდი -> შვიდის, რვა -> რვის."""
    return w[:-1] + "ის"


def ze(w):
    return cut(w) + "ზე"


def mde(w):
    """Up to: ათი -> ათამდე, რვა -> რვამდე."""
    return (w[:-1] + "ამდე") if w.endswith("ი") else w + "მდე"


def both(n):
    return [str(n), num(n)]


UNITS = [("წუთი", "წუთის", "წუთით", "წუთში"), ("წამი", "წამის", "წამით", "წამში")]


def durations():
    """(nominative, genitive, instrumental, in) durations: ხუთი წუთი, ხუთი წუთის, ხუთი წუთით, ხუთ წუთში."""
    nom, gn, ins, ine = [], [], [], []

    def add(a, b, c, d):
        nom.append(a), gn.append(b), ins.append(c), ine.append(d)
    for w in ("ერთი", "1", "ორი", "2", "სამი"):
        add(f"{w} საათი", f"{w} საათის", f"{w} საათით", f"{cut(w)} საათში")
    add("ნახევარი საათი", "ნახევარი საათის", "ნახევარი საათით", "ნახევარ საათში")
    for n in (1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        for w in both(n):
            a, b, c, d = UNITS[0]
            add(f"{w} {a}", f"{w} {b}", f"{w} {c}", f"{cut(w)} {d}")
    for n in (10, 15, 20, 30, 45, 60, 90):
        for w in both(n):
            a, b, c, d = UNITS[1]
            add(f"{w} {a}", f"{w} {b}", f"{w} {c}", f"{cut(w)} {d}")
    return nom, gn, ins, ine


HOUR = {h: SMALL[h] for h in range(2, 13)}
HOUR[1] = "პირველი"  # one o'clock is said with the ordinal: პირველზე, პირველის ნახევარზე (12:30)


def clock_words(h):
    """At a time: შვიდზე, 7 საათზე, შვიდ საათზე, რვის ნახევარზე (7:30)."""
    nxt = h % 12 + 1
    return [ze(HOUR[h]), f"{h} საათზე", f"{cut(HOUR[h])} საათზე", f"{gen(HOUR[nxt])} ნახევარზე"]


def clock_for(h):
    """For a time: შვიდისთვის."""
    return gen(HOUR[h]) + "თვის"


def with_period(hours, period):
    return [f"{period} {t}" for h in hours for t in clock_words(h)]


def items():
    one = ["რძე", "კვერცხი", "პური", "ვაშლი", "ბანანი", "ყველი", "კარაქი", "შაქარი", "მარილი", "ყავა", "ჩაი",
           "ბრინჯი", "კარტოფილი", "ხახვი", "ნიორი", "პომიდორი", "კიტრი", "ქათამი", "თევზი", "მაწონი", "ზეთი",
           "საპონი", "კბილის პასტა", "ტუალეტის ქაღალდი", "ლიმონი", "ფქვილი", "მწვანილი", "ლობიო"]
    pairs = [(0, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (23, 24), (25, 26), (1, 27)]
    triples = [(0, 1, 2), (3, 4, 24), (12, 13, 14), (7, 8, 25), (15, 16, 26), (21, 22, 23), (9, 10, 6)]
    return (one, [f"{one[a]} და {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} და {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for a, b in pairs:
        wa, wb = num(a), num(b)
        out += [f"{a} პლუს {b}", f"{a} მინუს {b}", f"{wa} პლუს {wb}", f"{wa} მინუს {wb}",
                f"{wa} გამრავლებული {ze(wb)}", f"{wa} გაყოფილი {ze(wb)}", f"{cut(wa)}ს დამატებული {wb}",
                f"{cut(wa)}ს გამოკლებული {wb}", f"{cut(wa)}ს მიმატებული {wb}", f"{cut(wa)}ჯერ {wb}"]
    out += ["ასის ოცი პროცენტი", "ოთხმოცის თხუთმეტი პროცენტი", "ოთხმოცდაერთის კვადრატული ფესვი",
            "ორმოცდაცხრის კვადრატული ფესვი", "კვადრატული ფესვი ოთხმოცდაერთიდან", "შვიდის კვადრატი"]
    return out


WHEN = ["[date : ხვალ]", "[date : დღეს]", "[date : ზეგ]", "[date : ორშაბათს]", "[date : სამშაბათს]",
        "[date : ოთხშაბათს]", "[date : ხუთშაბათს]", "[date : პარასკევს]", "[date : შაბათს]", "[date : კვირას]",
        "[date : მომავალ პარასკევს]", "[date : მომავალ ორშაბათს]"]


def vocab():
    one, two, three = items()
    dur, dur_gen, dur_ins, dur_in = durations()
    pct_ze = [f"{cut(w)} პროცენტზე" for n in (10, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100) for w in both(n)]
    pct_ins = [f"{w} პროცენტით" for n in (10, 20, 25, 30, 40, 50) for w in both(n)]
    vol_ze = [ze(num(n)) for n in range(1, 11)] + [ze(num(n)) for n in (20, 30, 40, 50, 60, 70, 80)]
    vol_mde = [mde(num(n)) for n in (3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90)]
    clk = [t for h in range(1, 13) for t in clock_words(h)]
    return {
        "dur": dur, "dur_gen": dur_gen, "dur_ins": dur_ins, "dur_in": dur_in,
        "clk": clk, "clk_for": [clock_for(h) for h in range(1, 13)],
        "morning": with_period(range(5, 12), "დილის"),
        "evening": with_period((12, 1, 2, 3, 4), "დღის") + with_period((5, 6, 7, 8, 9), "საღამოს") +
                   with_period((10, 11, 12), "ღამის"),
        "tod_morning": ["[timeofday : დილით]", "[timeofday : დილით ადრე]", "[timeofday : გათენებისას]"],
        "cal_at": [f"[time : {t}]" for h in (8, 9, 10, 11) for t in clock_words(h)] +
                  [f"[time : {t}]" for t in with_period((9, 10, 11), "დილის") + with_period((12, 1, 2, 3), "დღის")
                   + with_period((5, 6, 7), "საღამოს")],
        "when": WHEN,
        "when_adj": ["[date : ხვალინდელი]", "[date : დღევანდელი]", "[date : ორშაბათის]", "[date : პარასკევის]",
                     "[date : შაბათის]"],
        "cal_when": WHEN + ["[date : 12 ივნისს]", "[date : სამ მარტს]", "[date : ამ შაბათს]", "[date : შობას]",
                            "[date : ახალ წელს]", "[date : თხუთმეტ მაისს]"],
        "freq": ["ყოველდღე", "ყოველ ორშაბათს", "ყოველ პარასკევს", "სამუშაო დღეებში", "ორშაბათიდან პარასკევამდე",
                 "ყოველ დილას"],
        "cal_freq": ["ყოველდღე", "ყოველ ორშაბათს", "ყოველ კვირას", "ყოველ ხუთშაბათს"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["საყიდლების", "პროდუქტების", "სასურსათო", "სურსათის", "მოგზაურობის", "დაბადების დღის", "წამლების", "სამსახურის",
                 "ახალი წლის", "ბაზრის", "საქმეების"],
        "list_plain": ["საყიდლები", "პროდუქტები", "მოგზაურობა", "წამლები", "საქმეები"],
        "room_gen": ["სამზარეულოს", "საძინებლის", "მისაღები ოთახის", "სააბაზანოს", "აივნის", "დერეფნის",
                     "ბავშვების ოთახის", "კაბინეტის", "ავტოფარეხის", "მისაღების"],
        "room_loc": ["სამზარეულოში", "საძინებელში", "მისაღებ ოთახში", "სააბაზანოში", "აივანზე", "დერეფანში",
                     "ბავშვების ოთახში", "კაბინეტში", "მისაღებში"],
        "room": ["სამზარეულო", "საძინებელი", "მისაღები ოთახი", "სააბაზანო", "დერეფანი"],
        "lamp": ["ლამპა", "მაგიდის ლამპა", "ტორშერი", "ღამის ლამპა", "ჭაღი"],
        "colour": ["წითელი", "მწვანე", "ლურჯი", "ყვითელი", "ნარინჯისფერი", "იისფერი", "ვარდისფერი", "თეთრი", "ცისფერი"],
        "colour_ze": [ze(c) for c in ["წითელი", "მწვანე", "ლურჯი", "ყვითელი", "ნარინჯისფერი", "იისფერი", "ვარდისფერი",
                                       "თეთრი", "ცისფერი"]],
        "pct_ze": pct_ze, "pct_ins": pct_ins,
        "vol_ze": vol_ze, "vol_mde": vol_mde,
        "bit": ["ცოტა", "ცოტათი", "კიდევ ცოტა"],
        "event": ["ექიმთან ვიზიტი", "სტომატოლოგთან ვიზიტი", "გუნდის შეხვედრა", "შეხვედრა", "ვარჯიში", "იოგა",
                  "ფორტეპიანოს გაკვეთილი", "მანქანის ტექდათვალიერება", "დაბადების დღის წვეულება", "გასაუბრება",
                  "ფეხბურთის ვარჯიში", "მშობელთა კრება", "რეპეტიტორი", "სუფრა"],
        "meet": ["შეხვედრა", "სადილი", "ვახშამი", "ზარი", "ყავა"],
        "person": ["გიორგისთან", "ნინოსთან", "დავითთან", "ლევანთან", "მარიამთან", "ნიკასთან", "სალომესთან", "ანასთან",
                   "თამართან", "ლუკასთან"],
        "city_loc": ["თბილისში", "ბათუმში", "ქუთაისში", "რუსთავში", "თელავში", "ზუგდიდში", "ლონდონში", "ბერლინში",
                     "სტამბოლში", "ნიუ იორკში", "პარიზში"],
        "city_gen": ["თბილისის", "ბათუმის", "ქუთაისის", "რუსთავის", "თელავის", "ზუგდიდის", "ლონდონის", "ბერლინის",
                     "სტამბოლის", "ნიუ იორკის", "პარიზის"],
        "expr": maths(),
        "plug": ["როზეტი", "ჭკვიანი როზეტი", "სმარტ როზეტი"],
        "coffee": ["კაპუჩინო", "ესპრესო", "ამერიკანო", "ლატე", "შავი ყავა"],
        "genre": ["ჯაზი", "როკი", "ქართული ხალხური სიმღერები", "კლასიკური მუსიკა", "პოპ მუსიკა", "ჰიპ ჰოპი"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "დააყენე ტაიმერი {time=dur_ins}",
        "ტაიმერი {time=dur_ins}",
        "ტაიმერი {time=dur}",
        "{time=dur_gen} ტაიმერი ჩართე",
        "{time=dur_in} შემახსენე",
        "{time=dur_in} გამაფრთხილე",
        "ჩართე ტაიმერი {time=dur_ins}",
        "{time=dur_gen} ტაიმერი დააყენე",
        "გთხოვ დააყენე ტაიმერი {time=dur_ins}",
        "მჭირდება ტაიმერი {time=dur_ins}",
        "ტაიმერი ჩამირთე {time=dur_ins}",
        "დამიყენე {time=dur_gen} ტაიმერი",
    ]),
    ("alarm_set", 48, [
        "მაღვიძარა {time=clk}",
        "დააყენე მაღვიძარა {time=clk}",
        "გამაღვიძე {time=clk}",
        "{when} {time=morning} გამაღვიძე",
        "{when} {time=morning} დამიყენე მაღვიძარა",
        "{tod_morning} გამაღვიძე",
        "[date : ხვალ] {tod_morning} გამაღვიძე",
        "მაღვიძარა დააყენე {time=morning}",
        "მაღვიძარა {time=evening}",
        "დამიყენე მაღვიძარა {time=evening}",
        "{general_frequency=freq} {time=morning} მაღვიძარა დააყენე",
        "მაღვიძარა დამიყენე {time=clk}",
        "გთხოვ დააყენე მაღვიძარა {time=clk}",
        "მაღვიძარა {time=clk_for}",
        "{general_frequency=freq} {time=clk} გამაღვიძე",
        "{when} {time=clk} მაღვიძარა დამიყენე",
    ]),
    ("alarm_query", 8, [
        "რა დროზე მაქვს მაღვიძარა დაყენებული", "რამდენი მაღვიძარა მაქვს", "შემდეგი მაღვიძარა როდის დარეკავს",
        "მაჩვენე ჩემი მაღვიძარები", "ტაიმერზე რამდენი დრო დარჩა", "{when} მაღვიძარა მაქვს დაყენებული",
        "ყველა მაღვიძარა მაჩვენე", "{when} რომელ საათზეა მაღვიძარა",
    ]),
    ("alarm_remove", 10, [
        "გამორთე მაღვიძარა", "წაშალე ყველა მაღვიძარა", "გააჩერე ტაიმერი", "გააუქმე ტაიმერი",
        "{time=clk} დაყენებული მაღვიძარა წაშალე", "{when_adj} მაღვიძარა გააუქმე", "მაღვიძარა გამორთე",
        "{time=morning} დაყენებული მაღვიძარა გააუქმე", "ყველა ტაიმერი წაშალე", "ტაიმერი გამორთე",
    ]),
    ("lists_createoradd", 34, [
        "დაამატე {items} {list_name=list} სიას",
        "{list_name=list} სიას დაამატე {items}",
        "ჩაწერე {items} {list_name=list} სიაში",
        "დაამატე {items} სიაში",
        "ჩემს {list_name=list} სიაში ჩაწერე {items}",
        "გთხოვ დაამატე {items} {list_name=list} სიაში",
        "{items2} დაამატე {list_name=list} სიაში",
        "სიაში ჩამიწერე {items}",
        "{items} დაამატე სიას",
        "{list_name=list} სიაში ჩამიწერე {items}",
    ]),
    ("lists_createoradd", 12, [
        "შექმენი ახალი {list_name=list} სია",
        "შექმენი ახალი სია",
        "გააკეთე {list_name=list} სია",
        "შექმენი სია სახელად {list_name=list_plain}",
        "დაიწყე ახალი {list_name=list} სია",
    ]),
    ("lists_remove", 18, [
        "წაშალე {item} {list_name=list} სიიდან",
        "ამოიღე {item} სიიდან",
        "{list_name=list} სიიდან ამოშალე {item}",
        "წაშალე {list_name=list} სია",
        "ჩემი {list_name=list} სია წაშალე",
        "გაასუფთავე {list_name=list} სია",
        "{item} ამოშალე სიიდან",
    ]),
    ("lists_query", 16, [
        "რა წერია ჩემს {list_name=list} სიაში",
        "წამიკითხე {list_name=list} სია",
        "მაჩვენე {list_name=list} სია",
        "რა არის სიაში",
        "რამდენი სია მაქვს",
        "არის {item} {list_name=list} სიაში",
        "{list_name=list} სიაში რა მაქვს",
        "მაჩვენე ჩემი {list_name=list} სია",
    ]),
    ("iot_hue_lighton", 36, [
        "ჩართე შუქი",
        "აანთე შუქი",
        "შუქი ჩართე",
        "განათება ჩართე",
        "ჩართე შუქი {house_place=room_loc}",
        "{house_place=room_gen} შუქი ჩართე",
        "შუქი აანთე {house_place=room_loc}",
        "ჩართე {device_type=lamp}",
        "{house_place=room_gen} {device_type=lamp} ჩართე",
        "ჩართე ყველა შუქი",
        "ბნელა შუქი ჩართე",
        "გთხოვ ჩართე შუქი",
        "ჩართე განათება {house_place=room_loc}",
        "{house_place=room_loc} შუქი აანთე",
        "{device_type=lamp} აანთე",
        "შუქი ჩამირთე",
        "{house_place=room_gen} განათება ჩართე",
        "ყველგან შუქი ჩართე",
    ]),
    ("iot_hue_lightoff", 24, [
        "გამორთე შუქი",
        "ჩააქრე შუქი",
        "შუქი ჩააქრე",
        "გამორთე განათება",
        "{house_place=room_gen} შუქი გამორთე",
        "ჩააქრე შუქი {house_place=room_loc}",
        "გამორთე {device_type=lamp}",
        "ჩააქრე ყველა შუქი",
        "გთხოვ გამორთე შუქი",
        "{house_place=room_loc} შუქი გამორთე",
        "{device_type=lamp} ჩააქრე",
    ]),
    ("iot_hue_lightup", 14, [
        "გაზარდე სიკაშკაშე", "მოუმატე შუქს", "სიკაშკაშე გაზარდე {change_amount=pct_ins}", "შუქს {change_amount=bit} მოუმატე",
        "{house_place=room_gen} შუქს მოუმატე", "მეტი შუქი მინდა", "აუწიე განათებას", "შუქი უფრო კაშკაშა გახადე",
        "სიკაშკაშეს {change_amount=bit} მოუმატე", "გაზარდე სიკაშკაშე {change_amount=pct_ins}",
    ]),
    ("iot_hue_lightdim", 14, [
        "შუქს დაუკელი", "შეამცირე სიკაშკაშე", "შუქს {change_amount=bit} დაუკელი", "სიკაშკაშე შეამცირე {change_amount=pct_ins}",
        "{house_place=room_gen} შუქს დაუკელი", "შუქი მკრთალი გახადე", "ჩააბნელე შუქი", "დაუწიე განათებას", "შუქი ძალიან კაშკაშაა",
        "სიკაშკაშეს {change_amount=bit} დაუკელი",
    ]),
    ("iot_hue_lightchange", 26, [
        "შუქი {color_type=colour} გახადე",
        "შეცვალე შუქის ფერი {color_type=colour_ze}",
        "{house_place=room_gen} შუქი შეცვალე {color_type=colour_ze}",
        "ჩართე {color_type=colour} შუქი",
        "{house_place=room_loc} შუქი {color_type=colour_ze} გადართე",
        "შუქის ფერი {color_type=colour_ze} შეცვალე",
        "დააყენე სიკაშკაშე {change_amount=pct_ze}",
        "შუქი {change_amount=pct_ze} დააყენე",
    ]),
    ("audio_volume_up", 14, [
        "ხმას აუწიე", "აუწიე ხმას", "ხმა გაზარდე", "უფრო ხმამაღლა", "ხმას {change_amount=bit} აუწიე",
        "არ მესმის ხმას აუწიე", "ხმას მოუმატე", "კიდევ უფრო ხმამაღლა", "ხმას {change_amount=bit} მოუმატე", "აუწიე ხმას გთხოვ",
    ]),
    ("audio_volume_up", 12, [
        "ხმა დააყენე {change_amount=vol_ze}", "ხმას აუწიე {change_amount=vol_mde}", "ხმა {change_amount=vol_ze} დააყენე",
        "ხმა დააყენე {change_amount=pct_ze}", "ხმას მოუმატე {change_amount=vol_mde}",
    ]),
    ("audio_volume_down", 14, [
        "ხმას დაუწიე", "დაუწიე ხმას", "ხმა შეამცირე", "უფრო ჩუმად", "ძალიან ხმამაღალია დაუწიე",
        "ხმას {change_amount=bit} დაუწიე", "ხმას დაუწიე {change_amount=vol_mde}", "ხმას დაუკელი", "ცოტა ჩუმად",
        "ხმას {change_amount=bit} დაუკელი",
    ]),
    ("audio_volume_mute", 9, [
        "ხმა გამორთე", "გათიშე ხმა", "გაჩუმდი", "დინამიკის ხმა გამორთე", "სრული სიჩუმე", "ხმა მთლიანად გამორთე",
        "გათიშე ხმა ცოტა ხნით", "ხმა გათიშე", "გამორთე ხმა",
    ]),
    ("calendar_set", 40, [
        "დაამატე კალენდარში {cal_when} {cal_at} {event_name=event}",
        "{cal_when} {cal_at} მაქვს {event_name=event} ჩაწერე კალენდარში",
        "{cal_when} {cal_at} {person=person} {event_name=meet} დაგეგმე",
        "შემახსენე {cal_when} {cal_at} {person=person} {event_name=meet}",
        "შემახსენე {cal_when} {cal_at} {event_name=event}",
        "{cal_when} {event_name=event} დაამატე კალენდარში",
        "{general_frequency=cal_freq} {cal_at} {event_name=event} ჩაწერე კალენდარში",
        "დაგეგმე {event_name=event} {cal_when} {cal_at}",
        "გთხოვ დაამატე კალენდარში {cal_when} {event_name=event}",
        "{cal_when} {person=person} {event_name=meet} ჩაწერე კალენდარში",
    ]),
    ("calendar_query", 14, [
        "{cal_when} რა გეგმები მაქვს", "რა მაქვს კალენდარში {cal_when}", "მაჩვენე ჩემი კალენდარი",
        "როდის არის ჩემი შემდეგი შეხვედრა", "{cal_when} რამე მაქვს", "როდის მაქვს {event_name=event}",
        "რომელ საათზეა {event_name=event}", "{cal_when} როგორი განრიგი მაქვს", "{cal_when} მაქვს {event_name=event}",
    ]),
    ("calendar_remove", 10, [
        "გააუქმე {event_name=event}", "წაშალე ყველა ჩანაწერი {when}", "კალენდრიდან წაშალე {event_name=event}",
        "{cal_when} {event_name=event} გააუქმე", "{event_name=event} წაშალე",
    ]),
    ("qa_maths", 24, [
        "რამდენია {expr}", "{expr} რამდენია", "{expr} რამდენი იქნება", "დამითვალე {expr}", "{expr}",
        "მითხარი {expr} რამდენია", "გამოთვალე {expr}",
    ]),
    ("datetime_query", 18, [
        "რომელი საათია", "ახლა რომელი საათია", "რა დროა", "რამდენი საათია", "[date : დღეს] რა რიცხვია",
        "[date : დღეს] რა დღეა", "[date : ხვალ] რა დღეა", "[date : ხვალ] რა რიცხვია", "{place_name=city_loc} რომელი საათია",
        "როდის არის [date : აღდგომა]", "{place_name=city_loc} რა დროა ახლა", "[date : მომავალ პარასკევს] რა რიცხვია",
        "[date : შობა] რა დღეს მოდის", "რა დროა ახლა {place_name=city_loc}",
    ]),
    ("weather_query", 18, [
        "როგორი ამინდია", "[date : დღეს] როგორი ამინდია", "{when} როგორი ამინდი იქნება", "{place_name=city_loc} როგორი ამინდია",
        "{when} [weather_descriptor : იწვიმებს]", "{when} [weather_descriptor : წვიმა] იქნება", "{when} [weather_descriptor : თოვლი] მოვა",
        "{when} [weather_descriptor : სიცხე] იქნება", "რა [weather_descriptor : ტემპერატურაა] გარეთ",
        "{when} [weather_descriptor : ქოლგა] დამჭირდება", "{place_name=city_gen} ამინდი {when}", "ამინდის პროგნოზი მითხარი",
        "გარეთ [weather_descriptor : ცივა]", "{place_name=city_loc} [weather_descriptor : წვიმს]",
        "{when} [weather_descriptor : ქარი] იქნება",
    ]),
    ("general_joke", 5, ["მომიყევი ანეკდოტი", "ხუმრობა მითხარი", "გამაცინე", "რამე სასაცილო მითხარი", "ანეკდოტი მომიყევი"]),
    ("general_greet", 5, ["გამარჯობა", "სალამი", "დილა მშვიდობისა", "საღამო მშვიდობისა", "გამარჯობა როგორ ხარ", "ჰეი"]),
    ("iot_coffee", 5, ["ყავა მომიდუღე", "ყავა გამიკეთე", "ყავა მინდა", "ერთი {coffee_type=coffee} გამიკეთე", "ყავის აპარატი ჩართე"]),
    ("iot_cleaning", 5, ["მტვერსასრუტი ჩართე", "დაასუფთავე {house_place=room}", "[device_type : რობოტი მტვერსასრუტი] ჩართე",
                         "{house_place=room_loc} დაალაგე", "დალაგება დაიწყე"]),
    ("iot_wemo_on", 4, ["ჩართე {device_type=plug}", "{device_type=plug} ჩართე"]),
    ("iot_wemo_off", 4, ["გამორთე {device_type=plug}", "{device_type=plug} გამორთე"]),
    ("play_music", 5, ["ჩართე მუსიკა", "რამე სიმღერა ჩართე", "ჩართე {music_genre=genre}", "{music_genre=genre} ჩამირთე"]),
    ("play_radio", 3, ["ჩართე რადიო", "რადიო ჩართე", "რადიოს მოსმენა მინდა"]),
]
