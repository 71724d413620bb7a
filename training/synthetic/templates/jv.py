"""Javanese (jv-ID) command templates. Pattern language: see ../README.md.

Javanese as people speak it to a phone: mostly ngoko ("uripke lampune", "pateni", "gugah aku"), East
Javanese forms ("uripno", "cilikno", "nang") and polite krama phrases mixed in ("nyuwun tulung",
"urupaken", "sakmenika jam pinten", "menapa benjing jawah"), with the Indonesian and English loanwords
Javanese speakers use (alarm, timer, volume, kalender, jadwal, nyalakno, redupke, hapus).

Clock times: "jam pitu" is 7:00, "jam setengah wolu" 7:30 (half before eight), "jam pitu seprapat" /
"jam pitu luwih seprapat" 7:15, "jam wolu kurang seprapat" 7:45, digits as "jam 7.30". The part of the
day follows the hour (esuk / isuk / enjing 4-10, awan 11-14, sore 15-18, bengi 19-24). Numbers: 21-29
are selikur .. sangalikur (25 selawe), 50 seket, 60 sewidak; before a unit the forms bind
("limang menit", "rong jam", "sejam", "patang puluh limang menit").

Labels as MASSIVE's jv-ID train records (counted): "jam" stays OUTSIDE the time slot (423 records
against 38) and the part of the day after the hour is INSIDE it ("jam [time : pitu esuk]"); a part of
the day said apart from the hour is timeofday ("[date : sesuk] [timeofday : esuk] jam [time : enem]");
"dina" before a weekday stays outside ("dina [date : senen]"); prepositions outside (kanggo, ing, ning,
nang, menyang, kanthi); the list name without "dhaptar" ("dhaptar [list_name : blanja]"); rooms
without "ing" / "ning" / "nang"; the person without "karo" / "bareng" / "kaliyan"; change_amount keeps
its "dadi" / "nganti" (30 of MASSIVE's 50) as in en ("[change_amount : dadi seket persen]").
"""
from generate import tens_units

SMALL = ("nol siji loro telu papat lima enem pitu wolu sanga sepuluh sewelas rolas telulas patbelas limalas "
         "nembelas pitulas wolulas sangalas rong_puluh selikur rolikur telulikur patlikur selawe nemlikur "
         "pitulikur wolulikur sangalikur").split()
SMALL = [w.replace("_", " ") for w in SMALL]
TENS = {20: "rong puluh", 30: "telung puluh", 40: "patang puluh", 50: "seket", 60: "sewidak", 70: "pitung puluh",
        80: "wolung puluh", 90: "sangang puluh"}
num = tens_units(SMALL, TENS, lambda t, u: f"{t} {u}", "satus")
# The bound form of a unit before a measure word (menit, jam, detik): "limang menit", "rong jam".
BOUND = {"loro": "rong", "telu": "telung", "papat": "patang", "lima": "limang", "enem": "nem", "pitu": "pitung",
         "wolu": "wolung", "sanga": "sangang"}


def both(n):
    return [str(n), num(n)]


def measure(n, unit):
    """n units said as a length: 'semenit', 'limang menit', 'telung puluh limang menit'."""
    if n == 1:
        return "se" + unit
    words = num(n).split(" ")
    words[-1] = BOUND.get(words[-1], words[-1])
    return " ".join(words) + " " + unit


def durations():
    out = ["semenit", "1 menit", "setengah jam", "sejam", "1 jam", "sejam setengah", "rong jam", "2 jam",
           "sejam telung puluh menit", "semenit telung puluh detik", "seprapat jam", "sejam limalas menit",
           "rong menit telung puluh detik", "1 jam 30 menit", "rong jam setengah", "telung jam"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{n} menit", measure(n, "menit")]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{n} detik", measure(n, "detik")]
    return out


# Parts of the day that go with an hour on the 12-hour clock.
POD = {1: ["awan"], 2: ["awan"], 3: ["sore"], 4: ["sore", "esuk"], 5: ["esuk", "sore"], 6: ["esuk", "sore", "isuk"],
       7: ["esuk", "bengi", "enjing"], 8: ["esuk", "bengi"], 9: ["esuk", "bengi", "isuk"], 10: ["esuk", "bengi"],
       11: ["esuk", "awan", "bengi"], 12: ["awan", "bengi"]}


def clocks():
    """Clock times with 'jam' outside the slot, as jv-ID labels them."""
    out = ["[time : tengah wengi]", "[time : tengah bengi]", "jam [time : rolas awan]", "jam [time : 12 awan]"]
    for h in range(1, 13):
        w, nx = num(h), num(h % 12 + 1)
        out += [f"jam [time : {w}]", f"jam [time : {h}]", f"jam [time : setengah {nx}]", f"jam [time : {w} seprapat]",
                f"jam [time : {w} luwih seprapat]", f"jam [time : {nx} kurang seprapat]",
                f"jam [time : {w} luwih sepuluh]", f"jam [time : {h}.30]", f"jam [time : {h}.15]", f"jam [time : {h}.45]",
                f"jam [time : {w} pas]"]
        for pod in POD[h]:
            out += [f"jam [time : {w} {pod}]", f"jam [time : {h} {pod}]", f"jam [time : setengah {nx} {pod}]",
                    f"jam [time : {h}.30 {pod}]", f"jam [time : {nx} kurang seprapat {pod}]"]
    for h in range(13, 24):
        out += [f"jam [time : {h}.00]", f"jam [time : {h}.30]", f"jam [time : {h}.15]"]
    out += [f"jam [time : 0{h}.{m}]" for h in range(5, 10) for m in ("00", "30")]
    return out


def bare(hours):
    """Hours without a part of the day (it is said apart: 'sesuk esuk jam enem')."""
    out = []
    for h in hours:
        w, nx = num(h), num(h % 12 + 1)
        out += [f"jam [time : {w}]", f"jam [time : {h}]", f"jam [time : setengah {nx}]", f"jam [time : {h}.30]",
                f"jam [time : {w} seprapat]"]
    return out


def calendar_clocks():
    out = ["jam [time : rolas awan]", "jam [time : 12 awan]", "jam [time : setengah siji awan]"]
    for h, pod in [(8, "esuk"), (9, "esuk"), (10, "esuk"), (11, "awan"), (1, "awan"), (2, "awan"), (3, "sore"),
                   (4, "sore"), (5, "sore"), (6, "sore"), (7, "bengi"), (8, "bengi"), (9, "enjing"), (7, "dalu")]:
        w, nx = num(h), num(h % 12 + 1)
        out += [f"jam [time : {w} {pod}]", f"jam [time : {h} {pod}]", f"jam [time : setengah {nx} {pod}]",
                f"jam [time : {h}.30 {pod}]", f"jam [time : {w}]", f"jam [time : {h}]"]
    out += ["jam [time : 14.00]", "jam [time : 15.30]", "jam [time : 13.00]", "jam [time : 16.00]", "jam [time : 09.00]",
            "jam [time : 10.30]", "jam [time : 19.00]"]
    return out


def items():
    one = ["susu", "endhog", "roti", "apel", "jeruk", "gedhang", "mentega", "keju", "kopi", "beras", "mi instan", "tomat",
           "tisu", "sabun cuci piring", "teh", "yoghurt", "pitik", "brambang", "kentang", "wortel", "lenga goreng",
           "gula", "tepung", "tempe", "pakan kucing", "batre", "lombok", "bawang putih", "tahu", "iwak asin"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10), (28, 23)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16), (23, 28, 26)]
    joined = [f"{one[a]} {j} {one[b]}" for i, (a, b) in enumerate(pairs) for j in (("lan", "karo")[i % 2],)]
    return (one, joined, [f"{one[a]} {one[b]} lan {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("ping", "kali", "tambah", "ditambah", "kurang", "dikurangi", "dibagi"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 persen saka 150", "limalas persen saka wolung puluh", "akar saka 144", "akar kuadrat saka wolung puluh siji",
            "2 pangkat 10", "pitu pangkat loro"]
    return out


WEEKDAYS = ["senen", "selasa", "rebo", "kemis", "jumat", "setu", "minggu"]
DAY = ["[date : sesuk]", "[date : dina iki]", "[date : lusa]", "[date : benjing]"] + \
      [f"(dina |)[date : {d}]" for d in WEEKDAYS] + ["[date : senen ngarep]", "[date : jumat ngarep]", "[date : setu iki]"]
CAL_DAY = DAY + ["tanggal [date : 12 juni]", "tanggal [date : telu maret]", "tanggal [date : limalas]",
                 "tanggal [date : 17 agustus]", "[date : minggu ngarep]", "[date : malem taun anyar]", "(ing |)dina [date : kemis]",
                 "tanggal [date : selawe desember]"]
ROOMS = ["ruang tamu", "ruang keluarga", "pawon", "kamar turu", "kamar mandi", "teras", "garasi", "ruang makan",
         "kamar anak", "kamar tamu", "ruang kerja", "kamar ngarep", "kamar mburi", "emperan"]


def vocab():
    one, two, three = items()
    pct = [f"{w} persen" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare(range(4, 12)),
        "h_afternoon": bare(range(3, 7)),
        "day": DAY,
        "cal_day": CAL_DAY,
        "weather_day": ["[date : dina iki]", "[date : sesuk]", "[date : lusa]", "[date : akhir minggu iki]",
                        "[date : minggu iki]", "dina [date : setu]", "dina [date : minggu]", "[date : jumat]"],
        "freq": ["saben dina", "saben esuk", "saben dina kerja", "saben dina senen", "saben senen", "senen nganti jumat",
                 "saben dina setu", "tiap dina"],
        "cal_freq": ["saben dina", "saben minggu", "saben dina senen", "saben kemis", "saben dina kerja", "saben sasi",
                     "saben wulan"],
        "item": one, "items": one + two + three, "items2": two + three,
        "shop": ["blanja", "blanjan", "belanja", "blanja wulanan", "blanja mingguan", "blanja pasar"],
        "list": ["blanja", "blanjan", "blanja wulanan", "tugas", "gawean omah", "gawan", "kado", "oleh oleh", "liburan",
                 "kantor", "sekolah", "arisan", "lebaran"],
        "dhaptar": ["dhaptar", "dhaptar", "daftar"],
        "room": ROOMS,
        "in_room": [f"(ing|ning|nang|neng) [house_place : {r}]" for r in ROOMS],
        "lamp": ["lampu meja", "lampu belajar", "lampu tidur", "lampu maca", "lampu gantung", "lampu sorot", "lampu hias",
                 "lampu taman"],
        "colour": ["abang", "ijo", "biru", "kuning", "oren", "ungu", "jambon", "putih", "pink", "biru langit", "merah",
                   "ijo pupus"],
        "pct_to": [f"(dadi|nganti) {p}" for p in pct],
        "pct_by": pct,
        "vol_to": [f"dadi {w}" for w in levels + pct[1::3]] + [f"(nganti|level) {w}" for w in levels[::2]],
        "vol_bare": levels,
        "bit": ["sethithik", "sithik", "sethithik maneh", "rada", "sithik wae"],
        "event": ["dokter gigi", "periksa dokter", "rapat tim", "cukur rambut", "senam", "les piano", "latihan futsal",
                  "arisan", "wawancara kerja", "servis motor", "ulang taun", "rapat wali murid", "pengajian", "yasinan",
                  "kerja bakti", "kondangan", "presentasi", "reuni"],
        "meet": ["rapat", "mangan awan", "mangan bengi", "ngopi", "telpon", "video call", "ketemuan"],
        "with": ["karo", "bareng", "kaliyan"],
        "person": ["budi", "sari", "andi", "dewi", "rina", "agus", "putri", "joko", "siti", "bambang", "wulan", "tono"],
        "city": ["jakarta", "surabaya", "semarang", "jogja", "solo", "malang", "bandung", "kediri", "madiun", "purwokerto",
                 "tegal", "magelang", "singapura"],
        "rain": ["udan", "udan deres", "mendhung", "terang"],
        "weather_adj": ["panas", "adhem", "sumuk", "mendhung", "terang", "angin"],
        "expr": maths(),
        "vacuum": ["penyedot debu", "robot vacuum", "vacuum cleaner", "robot penyedot debu"],
        "plug": ["stopkontak pinter", "colokan", "stopkontak", "smart plug"],
        "coffee": ["cappuccino", "espresso", "latte", "kopi susu", "americano", "kopi ireng", "kopi tubruk"],
        "genre": ["campursari", "dangdut", "dangdut koplo", "pop", "rock", "keroncong", "jazz", "gamelan"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "setel timer {time=dur}",
        "setel timer (suwene|kanggo) {time=dur}",
        "pasang timer {time=dur}",
        "pasangke timer {time=dur} ya",
        "pasangno timer {time=dur}",
        "timer {time=dur}",
        "timer {time=dur} ya",
        "miwiti timer {time=dur}",
        "uripke timer {time=dur}",
        "gawe timer {time=dur}",
        "gawekno timer suwene {time=dur}",
        "itung mundur {time=dur}",
        "tulung setel timer {time=dur}",
        "iso tulung pasangke timer {time=dur}",
        "aku butuh timer {time=dur}",
        "nyuwun tulung pasangaken timer {time=dur}",
        "gugah aku {time=dur} maneh",
        "tangekno aku {time=dur} maneh ya",
        "setelke timer {time=dur} kanggo masak",
        "timer masak {time=dur}",
    ]),
    ("alarm_set", 48, [
        "setel alarm {clock}",
        "setel alarm kanggo {clock}",
        "pasang alarm {clock}",
        "pasang weker {clock}",
        "setelno weker {clock}",
        "gawe alarm kanggo {clock}",
        "gawekno alarm {clock} ya",
        "alarm {clock}",
        "weker {clock}",
        "gugah aku {clock}",
        "tangekno aku {clock}",
        "tulung gugah aku {clock}",
        "nyuwun tulung setelaken alarm {clock}",
        "pasang alarm {clock} {day}",
        "setel alarm {day} {clock}",
        "gugah aku {day} {clock}",
        "tangekno aku {day} {clock} ya",
        "setel alarm [date : sesuk] [timeofday : esuk] {h_morning}",
        "gugah aku [date : sesuk] [timeofday : (esuk|isuk)] {h_morning}",
        "pasang alarm {h_morning} [date : sesuk] [timeofday : esuk]",
        "setel alarm [date : sesuk] [timeofday : sore] {h_afternoon}",
        "pasang alarm {clock} {general_frequency=freq}",
        "gugah aku {general_frequency=freq} {clock}",
        "setel weker {general_frequency=freq} {clock}",
        "iso tulung setelke alarm {clock}",
        "apa kowe iso masang alarm kanggo {clock}",
        "aku pengin tangi {clock}",
        "aku arep tangi {clock} tulung pasang alarm",
        "aku butuh alarm {clock}",
        "alarm anyar {clock}",
        "ganti alarmku dadi {clock}",
        "gawekno alarm dina [date : (senen|selasa|rebo|kemis|jumat|setu|minggu)] {clock}",
    ]),
    ("alarm_query", 8, [
        "alarm apa wae sing wis disetel", "tuduhke alarmku", "delok kabeh alarm", "ana alarm ora",
        "alarm sabanjure jam pira", "alarmku jam pira", "alarm [date : sesuk] jam piro", "timere kari pira suwe",
        "timere kari piro", "apa ana alarm kanggo {day}", "wekerku muni jam pira", "aku wis masang alarm durung",
    ]),
    ("alarm_remove", 10, [
        "batalke alarm", "busak kabeh alarm", "pateni alarm", "pateni timer", "mandhegke timer", "batalke timere",
        "busak alarm {clock}", "busak alarm kanggo {day}", "batalke alarm {day} {clock}", "batalke kabeh timer",
        "pateni alarme", "hapus alarmku sing {clock}", "alarm {clock} ora sido busak wae",
    ]),
    ("lists_createoradd", 34, [
        "tambahke {items} menyang {dhaptar} {list_name=shop}",
        "lebokno {items} (ning|nang) {dhaptar} {list_name=shop}",
        "tulisen {items} ing {dhaptar} {list_name=shop}",
        "catet {items} ing {dhaptar} {list_name=shop}",
        "tambahno {items} nang {dhaptar} {list_name=shop} ya",
        "lebokke {items} ning {dhaptar} {list_name=shop}",
        "tulung tambahke {items} menyang dhaptarku",
        "tambahke {items} menyang {dhaptar}",
        "iso tambahke {items} nang {dhaptar} {list_name=shop}",
        "aku kudu tuku {items2} tambahke nang {dhaptar} {list_name=shop}",
        "{items} lebokno {dhaptar} {list_name=shop}",
        "tambahke {item} ing {dhaptar} {list_name=shop}",
        "tulung catetke {items2} ing {dhaptar} {list_name=list}",
        "nyuwun tulung lebetaken {items} wonten ing dhaptar {list_name=shop}",
        "{item} entek lebokno {dhaptar} {list_name=shop}",
    ]),
    ("lists_createoradd", 12, [
        "gawe {dhaptar} {list_name=list} anyar",
        "gawekno {dhaptar} {list_name=list} ya",
        "gawe {dhaptar} anyar jenenge {list_name=list}",
        "gawe dhaptar anyar",
        "gawe daftar anyar",
        "tulung gawekke {dhaptar} {list_name=list}",
        "gawekno aku {dhaptar} {list_name=list}",
        "miwiti {dhaptar} {list_name=list} anyar",
    ]),
    ("lists_remove", 18, [
        "busak {item} saka {dhaptar} {list_name=list}",
        "busak {item} saka dhaptar",
        "coret {item} saka {dhaptar} {list_name=list}",
        "metokno {item} saka {dhaptar} {list_name=list}",
        "busak {dhaptar} {list_name=list}",
        "kosongke {dhaptar} {list_name=list}",
        "buang {item} saka dhaptarku",
        "tulung busak {item} saka {dhaptar} {list_name=list}",
        "ora sido tuku {item} busak saka {dhaptar} {list_name=list}",
        "busak kabeh isine {dhaptar} {list_name=list}",
        "hapus {item} saka daftar {list_name=list}",
    ]),
    ("lists_query", 16, [
        "apa wae isine {dhaptar} {list_name=list}",
        "ana apa ing {dhaptar} {list_name=list}",
        "wacakno {dhaptar} {list_name=list}",
        "tuduhke {dhaptar} {list_name=list}",
        "delok {dhaptar} {list_name=list}",
        "isine dhaptarku apa",
        "aku duwe dhaptar apa wae",
        "apa {item} wis ana ing {dhaptar} {list_name=list}",
        "{item} wis ana ing {dhaptar} {list_name=list} durung",
        "ing {dhaptar} {list_name=list} ana apa wae",
        "tulung wacakke isine {dhaptar} {list_name=list}",
        "{dhaptar} {list_name=list} isine apa",
    ]),
    ("iot_hue_lighton", 40, [
        "uripke lampu",
        "uripke lampune",
        "urupke lampu",
        "nyalakno lampune",
        "uripno lampune ya",
        "tulung uripke lampu",
        "uripke lampu {in_room}",
        "uripke lampu {house_place=room}",
        "urupno lampu {house_place=room}",
        "nyalakno lampu {house_place=room} ya",
        "tulung urupke lampu {in_room}",
        "iso tulung uripke lampu {in_room}",
        "apa kowe iso nguripke lampu {in_room}",
        "uripke {device_type=lamp}",
        "uripke {device_type=lamp} {in_room}",
        "urupke {device_type=lamp}",
        "nyalakno {device_type=lamp} ya",
        "uripke kabeh lampu",
        "uripke kabeh lampu ing omah",
        "peteng banget uripke lampune ya",
        "ing kene peteng tulung uripke lampu",
        "lampu {house_place=room} uripke",
        "tulung lampu {house_place=room} diuripke",
        "tulung lampune diurupke",
        "nyuwun tulung lampunipun diurupaken",
        "nyuwun tulung urupaken lampu {in_room}",
        "aku pengin lampu {in_room} urip",
        "uripke kabeh lampu {in_room}",
        "lampune uripno",
        "lampu {house_place=room} urupno saiki",
    ]),
    ("iot_hue_lightoff", 24, [
        "pateni lampu",
        "pateni lampune",
        "matekno lampune",
        "tulung pateni lampu {in_room}",
        "pateni lampu {house_place=room}",
        "matekno lampu {house_place=room}",
        "pateni {device_type=lamp}",
        "pateni {device_type=lamp} {in_room}",
        "pateni kabeh lampu",
        "lampu {house_place=room} pateni",
        "iso tulung pateni lampu",
        "tulung lampune dipateni",
        "aku arep turu pateni lampune",
        "pateni kabeh lampu {in_room}",
        "lampune pateni wae",
    ]),
    ("iot_hue_lightup", 14, [
        "padhangke lampune", "gawe lampune luwih padhang", "luwih padhang", "luwih padhang maneh", "tambahi padhange",
        "tambah padhange lampu kanthi {change_amount=pct_by}", "padhangno lampune ya", "gawe lampu {in_room} luwih padhang",
        "padhangke lampu {in_room}", "lampune kurang padhang", "padhangke lampune {change_amount=bit}",
        "tambah padhang {change_amount=bit}", "lampune kok surem padhangke ya",
    ]),
    ("iot_hue_lightdim", 14, [
        "suremke lampu", "redupke lampune", "luwih surem", "gawe lampune luwih surem", "kurangi padhange lampu",
        "redupno lampu {in_room}", "suremke lampu {house_place=room}", "suremke lampu {change_amount=bit}",
        "redupke lampu {change_amount=pct_to}", "lampune kepadhangen", "silau banget redupke lampune",
        "kurangi padhange lampu {change_amount=pct_to}", "lampune suremke {change_amount=bit}",
    ]),
    ("iot_hue_lightchange", 26, [
        "ganti werna lampu dadi {color_type=colour}",
        "gantien werna lampune dadi {color_type=colour}",
        "ganti warna lampu dadi {color_type=colour}",
        "ubah lampune dadi werna {color_type=colour}",
        "gawe lampune werna {color_type=colour}",
        "lampune werna {color_type=colour} ya",
        "ganti lampu {house_place=room} dadi {color_type=colour}",
        "ganti werna lampu {in_room} dadi {color_type=colour}",
        "ganti werna {color_type=colour}",
        "iso ganti lampune dadi {color_type=colour}",
        "ganti werna {device_type=lamp} dadi {color_type=colour}",
        "setel padhange lampu {change_amount=pct_to}",
        "atur padhang lampu {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "gedhekke volume", "gedhekno volumene", "banterke swarane", "banterno", "munggahke volume", "tambahi volume",
        "luwih banter", "gedhekke volumene {change_amount=bit}", "banterke {change_amount=bit}",
        "ora krungu tulung banterke", "iso gedhekke volumene", "volumene munggahno ya", "tulung swarane dibanterke",
        "kurang banter gedhekno maneh",
    ]),
    ("audio_volume_up", 12, [
        "setel volume {change_amount=vol_to}", "atur volume {change_amount=vol_to}", "volume {change_amount=vol_bare}",
        "ganti volume {change_amount=vol_to}", "gedhekke volume {change_amount=vol_to}", "munggahke volume {change_amount=vol_to}",
        "volumene {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "cilikke volume", "cilikno swarane", "lirihke swarane", "mudhunke volume", "kurangi volume", "kebanteren",
        "rame banget cilikno ya", "cilikke {change_amount=bit}", "mudhunke volume {change_amount=vol_to}",
        "cilikke volume {change_amount=vol_to}", "iso cilikke swarane", "lirihno ya", "volumene kegedhen",
        "tulung lirihke swarane {change_amount=bit}",
    ]),
    ("audio_volume_mute", 9, [
        "bisukno", "bisukno swarane", "pateni swarane", "mute", "meneng", "menenga", "mute speakere", "tulung bisukno",
        "pateni swarane sik", "bisu",
    ]),
    ("calendar_set", 40, [
        "tambahke {event_name=event} ing tanggalan {cal_day} {cal_clock}",
        "lebokno {event_name=event} nang kalender {cal_day} {cal_clock}",
        "jadwalke {event_name=event} {cal_day} {cal_clock}",
        "gawe jadwal {event_name=event} {cal_day} {cal_clock}",
        "catet {event_name=event} {cal_day} {cal_clock} ing kalender",
        "elingno aku babagan {event_name=event} {cal_day} {cal_clock}",
        "{event_name=meet} {with} {person=person} {cal_day} {cal_clock}",
        "jadwalke {event_name=meet} {with} {person=person} {cal_day} {cal_clock}",
        "gawe acara {event_name=event} {cal_day} {cal_clock}",
        "aku ana {event_name=event} {cal_day} {cal_clock} tulung catet ing kalender",
        "aku ana {event_name=meet} {with} {person=person} {cal_day} tulung lebokno kalender",
        "tambahke {event_name=event} {general_frequency=cal_freq} {cal_clock}",
        "tambahke {event_name=event} ing tanggalan {cal_day}",
        "acara anyar {event_name=event} {cal_day} {cal_clock}",
        "tambahke {event_name=event} [date : sesuk] [timeofday : (esuk|awan|sore|bengi)]",
        "tulung jadwalke {event_name=meet} {with} {person=person} {cal_day}",
        "nyuwun tulung catetaken {event_name=event} {cal_day} {cal_clock}",
    ]),
    ("calendar_query", 14, [
        "jadwalku {cal_day} apa", "ana acara apa {cal_day}", "jadwalku {cal_day} apa wae", "apa wae ing kalenderku",
        "tuduhke kalender {cal_day}", "kapan jadwal {event_name=event}", "{event_name=event} jam pira",
        "jam pira jadwal {event_name=event}", "acara sabanjure apa", "apa aku ana {event_name=event} {cal_day}",
        "wacakno jadwalku {cal_day}", "aku sibuk ora {cal_day}", "delok jadwalku", "{cal_day} aku ana acara ora",
    ]),
    ("calendar_remove", 10, [
        "batalke {event_name=event} {cal_day}", "busak {event_name=event} saka kalender", "busak {event_name=meet} {with} {person=person}",
        "kosongke jadwalku {cal_day}", "busak kabeh acara {cal_day}", "batalke {event_name=event}",
        "hapus jadwal {event_name=event}", "ora sido {event_name=event} busak saka kalender",
    ]),
    ("qa_maths", 24, [
        "pira {expr}", "{expr} pira", "{expr} piro", "{expr} padha karo pira", "itungen {expr}", "asile {expr} pira",
        "tulung itungke {expr}", "{expr}", "pinten {expr}",
    ]),
    ("datetime_query", 18, [
        "jam pira saiki", "saiki jam pira", "saiki jam piro", "jam pira", "sakmenika jam pinten", "kandhani aku saiki jam pira",
        "[date : dina iki] tanggal pira", "[date : dina iki] dina apa", "[date : sesuk] dina apa", "[date : sesuk] tanggal pira",
        "tanggal pira [date : dina iki]", "saiki tanggal pira", "jam pira ing {place_name=city}",
        "(ing|nang) {place_name=city} saiki jam pira", "[date : natal] taun iki tiba dina apa", "[date : lusa] dina apa",
        "[date : jumat ngarep] tanggal pira", "saiki dina apa", "[date : dinten menika] dinten menapa",
    ]),
    ("weather_query", 18, [
        "piye cuacane {weather_day}", "cuaca [date : dina iki] piye", "piye cuacane", "cuaca {weather_day}",
        "ramalan cuaca {weather_day}", "piye cuaca ing {place_name=city}", "cuaca ing {place_name=city} {weather_day}",
        "apa {weather_day} bakal {weather_descriptor=rain}", "{weather_day} [weather_descriptor : udan] ora",
        "apa ing {place_name=city} lagi [weather_descriptor : udan]", "perlu nggawa [weather_descriptor : payung] ora {weather_day}",
        "[weather_descriptor : suhu] ning njaba pira", "{weather_day} {weather_descriptor=weather_adj} ora",
        "apa {weather_day} ing {place_name=city} bakal {weather_descriptor=weather_adj}",
        "menapa [date : benjing] badhe [weather_descriptor : jawah]", "kepiye cuacane ing {place_name=city} {weather_day}",
    ]),
    ("general_joke", 5, ["critakno lelucon", "critani guyonan ya", "gawe aku ngguyu", "duwe guyonan lucu ora",
                         "critakno sing lucu lucu", "iso critakno lelucon"]),
    ("general_greet", 5, ["halo", "hai piye kabare", "sugeng enjing", "sugeng dalu", "sugeng siang", "sugeng sonten", "hai"]),
    ("iot_coffee", 5, ["gawekno kopi", "gawekke aku kopi ya", "seduhke kopi", "gawekno {coffee_type=coffee}",
                       "uripke mesin kopi", "aku pengin ngopi", "gawekke aku {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["uripke {device_type=vacuum}", "resikke {house_place=room}", "jalanke {device_type=vacuum}",
                         "sedot debu {in_room}", "tulung resikke jogan {in_room}"]),
    ("iot_wemo_on", 4, ["uripke {device_type=plug}", "urupke {device_type=plug}", "nyalakno {device_type=plug} ya"]),
    ("iot_wemo_off", 4, ["pateni {device_type=plug}", "matekno {device_type=plug} ya", "tulung pateni {device_type=plug}"]),
    ("play_music", 5, ["puterke musik", "puter lagu {music_genre=genre}", "setel musik {music_genre=genre}",
                       "puterno lagu {music_genre=genre} ya", "puterke lagu", "uripke musik"]),
    ("play_radio", 3, ["uripke radio", "puter radio", "ngrungokke radio", "setel radio"]),
]
