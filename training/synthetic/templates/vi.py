"""Vietnamese (vi-VN) command templates. Pattern language: see ../README.md.

Clock times: "bảy giờ" 7:00, "bảy giờ rưỡi" / "bảy rưỡi" 7:30, "bảy giờ mười lăm" 7:15, "tám giờ kém mười
lăm" 7:45 (northern; the south says "bảy giờ bốn mươi lăm"); digits as "7 giờ 30" or "7:30". The part
of the day follows: sáng, trưa, chiều, tối, đêm. Labels as MASSIVE's vi-VN: "giờ" and a following part
of the day are inside the time slot ("lúc [time : bảy giờ sáng]"), "lúc" / "vào" outside; a part of the
day said with the day is timeofday ("[timeofday : sáng] [date : mai]"); weekdays whole ("[date : thứ
hai]"); the list name without "danh sách" ("danh sách [list_name : đi chợ]"); rooms without "trong" / "ở";
the person without "với"; "màu" inside color_type when it directly precedes the colour ("sang [color_type :
màu đỏ]"); change_amount with "lên" / "tới" inside, as MASSIVE writes "[change_amount : tới mức bảy]".
Both neutral "tôi" / "bạn" and familiar "mình", with the softeners nhé, nha, đi, giúp, giùm.
"""

SMALL = "không một hai ba bốn năm sáu bảy tám chín mười".split()


def num(n):
    """Vietnamese numbers 0..100: mười lăm, hai mươi mốt, hai mươi tư, ba mươi lăm."""
    if n == 100:
        return "một trăm"
    if n <= 10:
        return SMALL[n]
    t, u = divmod(n, 10)
    if t == 1:
        return "mười " + ("lăm" if u == 5 else SMALL[u])
    head = f"{SMALL[t]} mươi"
    if u == 0:
        return head
    return head + " " + {1: "mốt", 4: "tư", 5: "lăm"}.get(u, SMALL[u])


def both(n):
    return [str(n), num(n)]


def durations():
    out = ["một phút", "1 phút", "nửa tiếng", "một tiếng", "1 tiếng", "một tiếng rưỡi", "hai tiếng", "2 tiếng",
           "một phút rưỡi", "một tiếng mười lăm phút", "hai phút ba mươi giây", "một tiếng đồng hồ", "1 tiếng 30 phút",
           "hai tiếng rưỡi"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} phút" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} giây" for w in both(n)]
    return out


# Parts of the day that go with an hour on the 12-hour clock.
POD = {1: ["chiều", "trưa"], 2: ["chiều"], 3: ["chiều"], 4: ["chiều", "sáng"], 5: ["sáng", "chiều"], 6: ["sáng", "tối"],
       7: ["sáng", "tối"], 8: ["sáng", "tối"], 9: ["sáng", "tối"], 10: ["sáng", "tối"], 11: ["trưa", "đêm"],
       12: ["trưa", "đêm"]}


def clocks():
    out = ["nửa đêm", "mười hai giờ trưa", "12 giờ trưa", "12 giờ đêm"]
    for h in range(1, 13):
        w, nx = num(h), num(h % 12 + 1)
        out += [f"{w} giờ", f"{h} giờ", f"{w} giờ rưỡi", f"{w} rưỡi", f"{w} giờ mười lăm", f"{nx} giờ kém mười lăm",
                f"{w} giờ bốn mươi lăm", f"{w} giờ ba mươi", f"{h} giờ 30", f"{h}:30", f"{h} giờ 15 phút", f"{w} giờ đúng",
                f"{w} giờ mười", f"{nx} giờ kém mười"]
        for pod in POD[h]:
            out += [f"{w} giờ {pod}", f"{h} giờ {pod}", f"{w} giờ rưỡi {pod}", f"{w} rưỡi {pod}", f"{h} giờ 30 {pod}",
                    f"{h}:15 {pod}"]
    for h in range(13, 24):
        out += [f"{h} giờ", f"{h} giờ 30", f"{h}:00", f"{num(h)} giờ"]
    return out


def bare(hours):
    """Hours without a part of the day (it is said separately: 'sáng mai lúc sáu giờ')."""
    out = []
    for h in hours:
        w = num(h)
        out += [f"{w} giờ", f"{h} giờ", f"{w} giờ rưỡi", f"{w} rưỡi", f"{h} giờ 30", f"{w} giờ mười lăm"]
    return out


def calendar_clocks():
    out = ["mười hai giờ trưa", "12 giờ trưa", "mười hai giờ rưỡi"]
    for h, pod in [(8, "sáng"), (9, "sáng"), (10, "sáng"), (11, "trưa"), (1, "chiều"), (2, "chiều"), (3, "chiều"),
                   (4, "chiều"), (5, "chiều"), (6, "tối"), (7, "tối"), (8, "tối")]:
        w = num(h)
        out += [f"{w} giờ {pod}", f"{h} giờ {pod}", f"{w} giờ rưỡi {pod}", f"{h} giờ 30 {pod}", f"{w} giờ", f"{h} giờ"]
    out += ["14 giờ", "14:30", "15 giờ", "16:00", "9:30", "10 giờ 15"]
    return out


def items():
    one = ["sữa", "trứng", "bánh mì", "táo", "lê", "chuối", "bơ", "phô mai", "cà phê", "gạo", "mì gói", "cà chua",
           "giấy vệ sinh", "nước rửa chén", "nước cam", "sữa chua", "thịt gà", "hành tây", "khoai tây", "cà rốt", "dầu ăn",
           "đường", "bột mì", "nước mắm", "thức ăn cho mèo", "pin", "chanh", "tỏi"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]} và {one[b]}" for a, b in pairs], [f"{one[a]} {one[b]} và {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("nhân", "nhân với", "cộng", "cộng với", "trừ", "chia", "chia cho"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 phần trăm của 150", "mười lăm phần trăm của tám mươi", "căn bậc hai của 144", "căn bậc hai của tám mươi mốt",
            "2 mũ 10", "bảy bình phương"]
    return out


WEEKDAYS = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]


def days(vao="(vào |)"):
    """Day phrases; `vao` is the optional "vào" before a weekday or a date ("" after "vào lịch")."""
    day = ["[date : ngày mai]", "[date : mai]", "[date : hôm nay]", "[date : ngày kia]", "[date : ngày mốt]"] + \
          [f"{vao}[date : {d}]" for d in WEEKDAYS] + ["[date : thứ sáu tuần sau]", "[date : thứ bảy này]",
                                                      "[date : thứ hai tuần tới]"]
    cal = day + [f"{vao}[date : ngày 12 tháng 6]", f"{vao}[date : ngày mười lăm]", "[date : ngày ba tháng ba]",
                 "[date : tuần sau]", f"{vao}[date : đêm giáng sinh]", "[date : chủ nhật tuần này]"]
    return day, cal


DAY, CAL_DAY = days()
ROOMS = ["phòng khách", "nhà bếp", "bếp", "phòng ngủ", "phòng tắm", "hành lang", "phòng làm việc", "phòng ăn", "nhà để xe",
         "phòng của con", "ban công", "phòng ngủ của con", "phòng vệ sinh"]
COLOURS = ["đỏ", "xanh lá", "xanh dương", "vàng", "cam", "tím", "hồng", "trắng", "trắng ấm", "xanh ngọc", "vàng ấm",
           "xanh lá cây"]


def vocab():
    one, two, three = items()
    pct = [f"{w} phần trăm" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare(range(4, 12)),
        "h_evening": bare(range(6, 12)),
        "day": DAY,
        "cal_day": CAL_DAY,
        "cal_day_plain": days("")[1],
        "weather_day": ["[date : hôm nay]", "[date : ngày mai]", "[date : mai]", "[date : cuối tuần này]", "[date : tuần này]",
                        "[date : thứ bảy]", "[date : chủ nhật]", "[date : ngày kia]"],
        "freq": ["hàng ngày", "mỗi ngày", "hằng ngày", "mỗi sáng", "các ngày trong tuần", "từ thứ hai đến thứ sáu",
                 "mỗi thứ hai", "các ngày làm việc"],
        "cal_freq": ["hàng tuần", "mỗi tuần", "mỗi thứ hai", "hàng ngày", "mỗi tháng", "thứ năm hàng tuần"],
        "item": one, "items": one + two + three, "items2": two + three,
        "shop": ["mua sắm", "đi chợ", "mua đồ", "tạp hóa", "đồ cần mua", "mua sắm cuối tuần"],
        "list": ["mua sắm", "đi chợ", "việc cần làm", "đồ cần mang", "quà tặng", "tạp hóa", "công việc", "du lịch",
                 "cắm trại", "tết", "đồ cần mua"],
        "my": ["", " của tôi", " của mình", ""],
        "room": ROOMS,
        "in_room": [f"(trong|ở) [house_place : {r}]" for r in ROOMS],
        "lamp": ["đèn bàn", "đèn ngủ", "đèn cây", "đèn đọc sách", "đèn trần", "đèn chùm", "đèn led", "đèn học"],
        "colour": COLOURS,
        "m_colour": [f"màu {c}" for c in COLOURS],
        "pct": pct,
        "pct_to": [f"(lên|tới|còn) {p}" for p in pct],
        "vol_to": [f"(lên|tới) mức {w}" for w in levels] + [f"lên {w}" for w in levels[::2]] + [f"tới {p}" for p in pct[1::3]],
        "vol_level": [f"mức {w}" for w in levels] + pct[1::3],
        "vol_bare": levels,
        "bit": ["một chút", "một chút nữa", "chút xíu", "một tí"],
        "event": ["khám răng", "hẹn nha sĩ", "đi khám bệnh", "cắt tóc", "họp nhóm", "học yoga", "học đàn piano", "tập bóng đá",
                  "câu lạc bộ sách", "phỏng vấn xin việc", "bảo dưỡng xe", "tiệc sinh nhật", "họp phụ huynh", "đi tập gym",
                  "đám cưới", "họp giao ban", "đi siêu thị", "học tiếng anh"],
        "meet": ["họp", "ăn trưa", "ăn tối", "uống cà phê", "họp online", "gặp mặt", "đi ăn"],
        "with_person": ["với [person : {person}]", "cùng [person : {person}]", "với chị [person : {person}]",
                        "với anh [person : {person}]"],
        "person": ["lan", "minh", "hùng", "hoa", "tuấn", "mai", "nam", "linh", "hương", "dũng", "thảo", "quang"],
        "city": ["hà nội", "sài gòn", "thành phố hồ chí minh", "đà nẵng", "hải phòng", "cần thơ", "huế", "nha trang",
                 "đà lạt", "vũng tàu", "tokyo", "paris"],
        "weather_adj": ["nóng", "lạnh", "nắng", "mát", "oi bức", "rét"],
        "precip": ["mưa", "mưa to", "bão", "nắng"],
        "expr": maths(),
        "vacuum": ["máy hút bụi", "robot hút bụi", "robot lau nhà"],
        "plug": ["ổ cắm thông minh", "ổ cắm", "ổ cắm điện", "công tắc thông minh"],
        "coffee": ["cappuccino", "espresso", "latte", "cà phê sữa", "cà phê đen", "bạc xỉu"],
        "genre": ["jazz", "bolero", "rock", "rap", "trữ tình", "cổ điển", "không lời", "acoustic"],
        "genre_full": ["nhạc trẻ", "nhạc trữ tình", "nhạc cổ điển", "nhạc jazz", "bolero", "nhạc không lời", "nhạc rock"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "hẹn giờ {time=dur}",
        "đặt hẹn giờ {time=dur}",
        "hẹn giờ {time=dur} giúp tôi",
        "cài hẹn giờ {time=dur}",
        "đếm ngược {time=dur}",
        "bấm giờ {time=dur}",
        "đặt đồng hồ đếm ngược {time=dur}",
        "hẹn giờ cho mình {time=dur} nhé",
        "bạn hẹn giờ {time=dur} được không",
        "tôi cần hẹn giờ {time=dur}",
        "đánh thức tôi sau {time=dur}",
        "{time=dur} nữa gọi mình dậy nha",
        "bắt đầu đếm ngược {time=dur}",
        "đặt hẹn giờ trong {time=dur}",
        "hẹn giờ {time=dur} đi",
        "làm ơn hẹn giờ {time=dur}",
        "bấm giờ giùm mình {time=dur}",
    ]),
    ("alarm_set", 48, [
        "đặt báo thức lúc {time=clock}",
        "đặt báo thức {time=clock}",
        "báo thức {time=clock}",
        "cài báo thức lúc {time=clock}",
        "hẹn báo thức lúc {time=clock}",
        "đánh thức tôi lúc {time=clock}",
        "gọi tôi dậy lúc {time=clock}",
        "gọi mình dậy lúc {time=clock} nhé",
        "đặt báo thức {day} lúc {time=clock}",
        "đặt báo thức lúc {time=clock} {day}",
        "đánh thức tôi lúc {time=clock} {day}",
        "đặt báo thức lúc {time=h_morning} [timeofday : sáng] [date : mai]",
        "[timeofday : sáng] [date : mai] gọi tôi dậy lúc {time=h_morning}",
        "đặt báo thức [timeofday : sáng] [date : (mai|ngày mai|thứ hai|chủ nhật)] lúc {time=h_morning}",
        "đặt báo thức lúc {time=h_evening} [timeofday : tối nay]",
        "đặt báo thức lúc {time=clock} {general_frequency=freq}",
        "{general_frequency=freq} đánh thức tôi lúc {time=clock}",
        "bạn đặt giúp tôi báo thức lúc {time=clock} được không",
        "tôi cần dậy lúc {time=clock}",
        "tạo báo thức mới lúc {time=clock}",
        "đặt báo thức vào lúc {time=clock}",
        "làm ơn đặt báo thức lúc {time=clock}",
        "đặt giùm mình cái báo thức {time=clock}",
        "báo thức {time=clock} {general_frequency=freq} nhé",
        "{day} gọi mình dậy lúc {time=clock} nha",
    ]),
    ("alarm_query", 8, [
        "tôi có những báo thức nào", "xem các báo thức", "báo thức tiếp theo là mấy giờ", "báo thức đặt lúc mấy giờ",
        "hẹn giờ còn bao lâu", "còn mấy phút nữa", "{day} có báo thức không", "liệt kê tất cả báo thức",
        "mình đã đặt báo thức chưa",
    ]),
    ("alarm_remove", 10, [
        "xóa báo thức", "xóa tất cả báo thức", "tắt hẹn giờ", "hủy hẹn giờ", "xóa báo thức lúc {time=clock}",
        "hủy báo thức {day}", "tắt báo thức đi", "xóa báo thức {day} lúc {time=clock}", "hủy tất cả hẹn giờ",
        "tắt báo thức giùm mình", "bỏ báo thức {time=clock}",
    ]),
    ("lists_createoradd", 34, [
        "thêm {items} vào danh sách {list_name=shop}{my}",
        "thêm {items} vào danh sách",
        "cho {items} vào danh sách {list_name=shop}",
        "ghi {items} vào danh sách {list_name=shop}{my}",
        "nhớ thêm {items} vào danh sách {list_name=shop} nhé",
        "bạn thêm giúp tôi {items} vào danh sách {list_name=shop}",
        "{items} thêm vào danh sách {list_name=shop}",
        "tôi cần mua {items2} thêm vào danh sách {list_name=shop} giúp tôi",
        "thêm {item} vào danh sách {list_name=list}",
        "làm ơn thêm {items} vào danh sách{my}",
        "ghi thêm {items2} vào danh sách {list_name=shop} giùm mình",
    ]),
    ("lists_createoradd", 12, [
        "tạo danh sách {list_name=list} mới",
        "tạo một danh sách mới tên là {list_name=list}",
        "lập danh sách {list_name=list}",
        "tạo danh sách mới",
        "tạo giúp tôi danh sách {list_name=list}",
        "làm một danh sách {list_name=list}",
        "tạo một danh sách {list_name=list} nhé",
    ]),
    ("lists_remove", 18, [
        "xóa {item} khỏi danh sách {list_name=list}{my}",
        "bỏ {item} ra khỏi danh sách",
        "gạch {item} khỏi danh sách {list_name=shop}",
        "xóa danh sách {list_name=list}",
        "xóa hết danh sách {list_name=list}{my}",
        "xóa {item} trong danh sách {list_name=shop}",
        "bỏ {item} khỏi danh sách {list_name=shop} đi",
        "làm ơn xóa {item} khỏi danh sách",
        "xóa sạch danh sách {list_name=list}",
    ]),
    ("lists_query", 16, [
        "danh sách {list_name=list} có gì",
        "trong danh sách {list_name=list}{my} có những gì",
        "đọc danh sách {list_name=list} cho tôi",
        "cho tôi xem danh sách {list_name=list}",
        "tôi có những danh sách nào",
        "{item} có trong danh sách {list_name=shop} chưa",
        "danh sách của tôi có gì",
        "kiểm tra danh sách {list_name=list}",
        "đọc cho mình nghe danh sách {list_name=list}",
        "danh sách {list_name=list} còn những gì",
    ]),
    ("iot_hue_lighton", 36, [
        "bật đèn",
        "bật đèn lên",
        "mở đèn",
        "mở đèn lên",
        "bật đèn giúp tôi",
        "bật giùm mình cái đèn",
        "bật đèn {in_room}",
        "bật đèn {house_place=room}",
        "mở đèn {house_place=room}",
        "bật đèn {house_place=room} lên",
        "bạn bật đèn {house_place=room} được không",
        "làm ơn bật đèn {in_room}",
        "bật {device_type=lamp}",
        "bật {device_type=lamp} {in_room}",
        "mở {device_type=lamp} lên",
        "bật hết đèn lên",
        "bật tất cả đèn {in_room}",
        "mở tất cả đèn trong nhà",
        "tối quá bật đèn lên đi",
        "bật đèn đi",
        "đèn {house_place=room} bật lên",
        "bật đèn {house_place=room} giúp tôi",
        "bật giúp mình đèn {in_room} nha",
        "làm ơn mở đèn",
        "bạn có thể bật đèn {in_room} không",
        "bật đèn {house_place=room} cho tôi",
    ]),
    ("iot_hue_lightoff", 24, [
        "tắt đèn",
        "tắt đèn đi",
        "tắt giùm cái đèn",
        "tắt đèn {in_room}",
        "tắt đèn {house_place=room}",
        "tắt {device_type=lamp}",
        "tắt {device_type=lamp} {in_room}",
        "tắt hết đèn",
        "tắt tất cả đèn trong nhà",
        "tắt đèn {house_place=room} giúp tôi",
        "làm ơn tắt đèn",
        "bạn tắt đèn {house_place=room} được không",
        "mình đi ngủ đây tắt đèn đi",
        "tắt đèn {in_room} nhé",
    ]),
    ("iot_hue_lightup", 14, [
        "tăng độ sáng", "tăng độ sáng lên", "cho đèn sáng hơn", "sáng hơn", "sáng hơn nữa", "làm đèn sáng hơn",
        "tăng độ sáng đèn lên {change_amount=pct}", "chỉnh đèn sáng hơn {change_amount=bit}", "tăng độ sáng {in_room}",
        "cho đèn {house_place=room} sáng hơn", "tăng độ sáng lên {change_amount=bit}", "đèn hơi tối tăng sáng lên",
        "vặn đèn sáng lên",
    ]),
    ("iot_hue_lightdim", 14, [
        "giảm độ sáng", "giảm độ sáng đèn", "làm mờ đèn", "cho đèn tối lại một chút", "đèn sáng quá", "chỉnh đèn tối hơn",
        "giảm độ sáng xuống {change_amount=pct}", "giảm độ sáng xuống {change_amount=bit}", "làm mờ đèn {in_room}",
        "giảm độ sáng đèn {house_place=room}", "đèn chói quá giảm bớt đi", "cho đèn dịu lại", "vặn đèn nhỏ lại",
    ]),
    ("iot_hue_lightchange", 26, [
        "đổi màu đèn sang {color_type=colour}",
        "đổi đèn sang {color_type=m_colour}",
        "chuyển đèn sang {color_type=m_colour}",
        "để đèn {color_type=m_colour}",
        "đổi màu đèn thành {color_type=colour}",
        "đổi đèn {house_place=room} sang {color_type=m_colour}",
        "chuyển đèn {in_room} thành {color_type=m_colour}",
        "bật đèn {color_type=m_colour}",
        "làm ơn đổi đèn sang {color_type=m_colour}",
        "đổi {device_type=lamp} sang {color_type=m_colour}",
        "chỉnh độ sáng đèn {change_amount=pct_to}",
        "đặt độ sáng ở {change_amount=pct}",
        "đổi đèn thành {color_type=m_colour} đi",
    ]),
    ("audio_volume_up", 14, [
        "tăng âm lượng", "tăng âm lượng lên", "to lên", "vặn to lên", "mở to lên", "cho to lên chút", "mở lớn lên",
        "tăng âm lượng lên {change_amount=bit}", "to hơn {change_amount=bit}", "nghe không rõ tăng âm lượng lên đi",
        "vặn loa to lên", "bạn tăng âm lượng được không", "to thêm chút nữa", "tăng volume lên",
    ]),
    ("audio_volume_up", 12, [
        "chỉnh âm lượng {change_amount=vol_to}", "tăng âm lượng {change_amount=vol_to}", "âm lượng {change_amount=vol_bare}",
        "đặt âm lượng ở {change_amount=vol_level}", "để âm lượng {change_amount=vol_level}", "âm lượng {change_amount=vol_level}",
    ]),
    ("audio_volume_down", 14, [
        "giảm âm lượng", "nhỏ lại", "vặn nhỏ lại", "nhỏ tiếng thôi", "ồn quá", "to quá", "giảm âm lượng xuống",
        "giảm âm lượng xuống {change_amount=bit}", "vặn nhỏ {change_amount=bit}", "giảm âm lượng xuống {change_amount=vol_level}",
        "nhỏ tiếng lại giùm mình", "vặn nhỏ loa đi", "bớt ồn đi", "bạn giảm âm lượng được không",
    ]),
    ("audio_volume_mute", 9, [
        "tắt tiếng", "tắt âm thanh", "im lặng", "tắt tiếng loa", "im đi", "bật chế độ im lặng", "tắt tiếng đi",
        "làm ơn tắt tiếng", "tắt tiếng giùm mình",
    ]),
    ("calendar_set", 40, [
        "thêm lịch {event_name=event} {cal_day} lúc {time=cal_clock}",
        "đặt lịch {event_name=event} {cal_day} lúc {time=cal_clock}",
        "thêm {event_name=event} vào lịch {cal_day_plain} lúc {time=cal_clock}",
        "lên lịch {event_name=event} {cal_day} lúc {time=cal_clock}",
        "nhắc tôi {event_name=event} {cal_day} lúc {time=cal_clock}",
        "tạo sự kiện {event_name=event} {cal_day} lúc {time=cal_clock}",
        "ghi vào lịch {event_name=event} {cal_day_plain} lúc {time=cal_clock}",
        "{event_name=meet} {with_person} {cal_day} lúc {time=cal_clock}",
        "đặt lịch {event_name=meet} {with_person} {cal_day} lúc {time=cal_clock}",
        "lên lịch {event_name=meet} {with_person} {cal_day}",
        "tôi có lịch {event_name=event} {cal_day} lúc {time=cal_clock} thêm vào lịch giúp tôi",
        "thêm {event_name=event} vào lịch {general_frequency=cal_freq} lúc {time=cal_clock}",
        "thêm {event_name=event} vào lịch {cal_day_plain}",
        "thêm lịch {event_name=event} vào [timeofday : (sáng|chiều|tối)] [date : (mai|thứ hai|thứ sáu)]",
        "nhớ ghi lịch {event_name=meet} {with_person} {cal_day} lúc {time=cal_clock} nhé",
    ]),
    ("calendar_query", 14, [
        "{cal_day} tôi có lịch gì", "lịch {cal_day} có gì", "xem lịch của tôi", "sự kiện tiếp theo là gì", "{cal_day} có lịch {event_name=event} không",
        "{event_name=event} vào lúc nào", "{event_name=event} lúc mấy giờ", "đọc lịch {cal_day} cho tôi", "{cal_day} mình có bận không",
        "cho tôi xem lịch {cal_day}", "khi nào có lịch {event_name=event}",
    ]),
    ("calendar_remove", 10, [
        "hủy lịch {event_name=event} {cal_day}", "xóa {event_name=event} khỏi lịch", "xóa hết lịch {cal_day}",
        "hủy {event_name=event}", "xóa lịch {event_name=meet} {with_person}", "xóa tất cả sự kiện {cal_day}", "hủy lịch {event_name=event} đi",
    ]),
    ("qa_maths", 24, [
        "{expr} bằng bao nhiêu", "{expr} bằng mấy", "tính {expr}", "{expr} là bao nhiêu", "tính giúp tôi {expr}", "{expr}",
        "cho mình hỏi {expr} bằng bao nhiêu",
    ]),
    ("datetime_query", 18, [
        "mấy giờ rồi", "bây giờ là mấy giờ", "giờ là mấy giờ", "cho tôi biết mấy giờ rồi", "[date : hôm nay] là ngày mấy",
        "[date : hôm nay] là thứ mấy", "[date : ngày mai] là thứ mấy", "[date : hôm nay] ngày bao nhiêu", "ở {place_name=city} bây giờ là mấy giờ",
        "{place_name=city} mấy giờ rồi", "[date : giáng sinh] năm nay vào thứ mấy", "[date : hôm nay] ngày mấy",
        "[date : thứ sáu tuần sau] là ngày mấy", "[date : mai] là ngày bao nhiêu", "bây giờ mấy giờ rồi bạn", "[date : tết] năm nay vào ngày nào",
    ]),
    ("weather_query", 18, [
        "thời tiết {weather_day} thế nào", "thời tiết thế nào", "thời tiết {weather_day} ra sao", "dự báo thời tiết {weather_day}",
        "thời tiết ở {place_name=city} thế nào", "{weather_day} có {weather_descriptor=precip} không", "{weather_day} trời có [weather_descriptor : mưa] không",
        "ở {place_name=city} có [weather_descriptor : mưa] không", "{weather_day} có cần mang [weather_descriptor : (ô|dù)] không",
        "[weather_descriptor : nhiệt độ] ngoài trời bao nhiêu", "{weather_day} có {weather_descriptor=weather_adj} không",
        "{weather_day} trời {weather_descriptor=weather_adj} không", "thời tiết {place_name=city} {weather_day}",
        "{weather_day} ở {place_name=city} có {weather_descriptor=weather_adj} không",
    ]),
    ("general_joke", 5, ["kể chuyện cười đi", "kể cho tôi nghe một câu chuyện cười", "nói gì đó vui vui đi", "làm tôi cười đi",
                         "bạn biết chuyện cười nào không"]),
    ("general_greet", 5, ["xin chào", "chào bạn", "chào buổi sáng", "chào buổi tối", "xin chào bạn khỏe không", "chào"]),
    ("iot_coffee", 5, ["pha cho tôi một ly cà phê", "pha cà phê", "tôi muốn uống cà phê", "pha một ly {coffee_type=coffee}",
                       "bật máy pha cà phê", "làm cho mình một cốc {coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["bật {device_type=vacuum}", "hút bụi {house_place=room}", "dọn dẹp {house_place=room}",
                         "cho {device_type=vacuum} chạy", "hút bụi {in_room} đi"]),
    ("iot_wemo_on", 4, ["bật {device_type=plug}", "mở {device_type=plug}", "bật {device_type=plug} lên"]),
    ("iot_wemo_off", 4, ["tắt {device_type=plug}", "tắt {device_type=plug} đi", "ngắt {device_type=plug}"]),
    ("play_music", 5, ["mở nhạc", "bật nhạc", "phát nhạc {music_genre=genre}", "mở {music_genre=genre_full} đi", "cho nghe {music_genre=genre_full}",
                       "phát một bài hát"]),
    ("play_radio", 3, ["mở radio", "bật đài", "nghe đài", "bật radio lên"]),
]
