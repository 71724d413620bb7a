"""Traditional Chinese as used in Taiwan (zh-TW) command templates. Pattern language: see ../README.md.

Written without spaces, as a recognizer writes Chinese; split by character (massive.split_words), as
zh.py. Taiwanese vocabulary, not a conversion of mainland phrasing: 鬧鐘, 計時器, 倒數計時, 行事曆, 行程,
購物清單, 待辦事項, 電燈 / 檯燈, 禮拜一, 新增, 唸, 智慧插座, 馬鈴薯, 起司, 優格.

Clock times: 七點, 七點半, 七點十五分, 七點四十五分, 七點整; the part of the day before the hour (早上, 上午,
中午, 下午, 晚上, 凌晨, 半夜) and inside the time slot ("[time : 早上七點]"), as MASSIVE's zh-TW writes it;
said with a day it is timeofday ("[date : 明天] [timeofday : 早上] [time : 六點]"). "兩" counts (兩點,
兩分鐘). List names without 清單 ("[list_name : 購物] 清單"); rooms without 的; the person without 跟 / 和.
Digits only appear together with hanzi in one chunk ("10分鐘", "7點半"); a chunk of ASCII alone would be
one word in annot_utt but single characters in utt.
"""
from generate import chinese_numeral


UNSPACED = True
num = chinese_numeral


def count(n):
    """A number before a measure word: 兩 for 2."""
    return "兩" if n == 2 else num(n)


def durations():
    out = ["半小時", "半個小時", "一個小時", "1個小時", "1小時", "一個半小時", "兩個小時", "2小時", "一分半", "一分鐘", "1分鐘",
           "三十秒", "九十秒", "1個半小時", "兩分半", "一小時三十分鐘", "十秒鐘", "一個鐘頭", "兩個鐘頭"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 40, 45, 50, 60, 90):
        out += [f"{n}分鐘", f"{count(n)}分鐘"]
    for n in (10, 15, 20, 30, 45, 90):
        out += [f"{n}秒", f"{num(n)}秒"]
    return out


def clocks():
    out = ["中午12點", "中午十二點", "半夜12點", "半夜十二點", "中午十二點半"]
    for h in range(1, 13):
        c = count(h)
        out += [f"{h}點", f"{c}點", f"{h}點半", f"{c}點半", f"{h}點15分", f"{c}點十五分", f"{c}點四十五分", f"{h}點45分",
                f"{h}點30分", f"{h}點10分", f"{c}點十分", f"{c}點整", f"{h}點05分"]
    for h in range(5, 12):
        c = count(h)
        out += [f"早上{c}點", f"早上{h}點", f"早上{c}點半", f"早上{h}點半", f"早上{h}點15分"]
    for h in range(8, 12):
        out += [f"上午{count(h)}點", f"上午{h}點半"]
    for h in range(1, 7):
        out += [f"下午{count(h)}點", f"下午{h}點", f"下午{h}點半", f"下午{count(h)}點半"]
    for h in range(6, 12):
        out += [f"晚上{count(h)}點", f"晚上{h}點", f"晚上{count(h)}點半", f"晚上{h}點45分"]
    for h in range(3, 6):
        out += [f"凌晨{count(h)}點", f"凌晨{h}點半"]
    return out


def bare(hours):
    out = []
    for h in hours:
        c = count(h)
        out += [f"{h}點", f"{c}點", f"{h}點半", f"{c}點半", f"{c}點十五分", f"{h}點45分", f"{c}點整"]
    return out


def calendar_clocks():
    out = ["中午12點", "中午十二點", "中午十二點半"]
    for h in range(8, 12):
        out += [f"{h}點", f"上午{h}點", f"上午{count(h)}點", f"{h}點半", f"上午{h}點半", f"早上{count(h)}點半", f"{h}點30分"]
    for h in range(1, 7):
        out += [f"下午{h}點", f"下午{count(h)}點", f"下午{h}點半", f"下午{h}點30分", f"下午{count(h)}點十五分",
                f"下午{count(h)}點半"]
    for h in range(6, 9):
        out += [f"晚上{h}點", f"晚上{count(h)}點", f"晚上{count(h)}點半"]
    return out


def items():
    one = ["牛奶", "雞蛋", "吐司", "蘋果", "水梨", "香蕉", "奶油", "起司", "咖啡", "米", "義大利麵", "番茄", "衛生紙",
           "洗碗精", "柳橙汁", "優格", "雞肉", "洋蔥", "馬鈴薯", "紅蘿蔔", "橄欖油", "砂糖", "麵粉", "燕麥奶", "貓飼料", "電池",
           "檸檬", "大蒜"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    two = [f"{one[a]}和{one[b]}" for a, b in pairs[::2]] + [f"{one[a]}跟{one[b]}" for a, b in pairs[1::2]]
    return one, two, [f"{one[a]}{one[b]}和{one[c]}" for a, b, c in triples]


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("乘以", "加", "減", "除以", "乘"):
            out.append(f"{a}{op}{b}" if i % 2 == 0 else f"{num(a)}{op}{num(b)}")
    out += ["150的百分之二十", "八十的百分之十五", "144的平方根", "八十一的平方根", "2的10次方", "七的平方"]
    return out


DAYS = ["明天", "今天", "後天", "禮拜一", "星期二", "週三", "禮拜四", "星期五", "禮拜六", "禮拜天", "星期日", "下禮拜一",
        "下週五", "這個禮拜五"]


def vocab():
    one, two, three = items()
    pct = [f"百分之{num(n)}" for n in (10, 20, 30, 40, 50, 60, 70, 80, 90, 100)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare(range(5, 12)),
        "h_evening": bare(range(6, 12)),
        "day": DAYS,
        "cal_day": DAYS + ["下禮拜二", "6月12號", "3月3號", "這禮拜六", "15號", "聖誕夜", "十月十號", "下個月一號"],
        "freq": ["每天", "平日", "每個工作日", "每週一", "每個禮拜一", "每天早上", "禮拜一到禮拜五"],
        "cal_freq": ["每天", "每個禮拜", "每週一", "每個月", "每個禮拜三"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["購物", "買菜", "待辦事項", "待辦", "工作", "旅行", "搬家", "聖誕節", "生日", "露營", "日用品", "採買"],
        "room": ["客廳", "廚房", "臥室", "房間", "主臥", "浴室", "廁所", "走廊", "書房", "餐廳", "車庫", "小孩房", "陽台", "玄關"],
        "lamp": ["檯燈", "落地燈", "床頭燈", "吊燈", "燈條", "小夜燈", "閱讀燈", "吸頂燈"],
        "colour": ["紅色", "綠色", "藍色", "黃色", "橘色", "紫色", "粉紅色", "白色", "暖白色", "黃光", "白光", "暖色"],
        "pct": pct,
        "vol": [str(n) for n in range(1, 10)] + [num(n) for n in range(1, 11)] + pct[1::3],
        "bit": ["一點", "一點點", "一些"],
        "event": ["看牙醫", "牙醫預約", "看醫生", "剪頭髮", "團隊會議", "瑜伽課", "鋼琴課", "練球", "讀書會", "面試", "汽車保養",
                  "生日派對", "開會", "健身", "家長會", "聚餐", "回診", "英文課"],
        "meet": ["開會", "吃午餐", "吃晚餐", "視訊會議", "喝咖啡", "見面", "吃飯"],
        "with": ["跟", "和"],
        "person": ["志明", "春嬌", "家豪", "淑芬", "怡君", "小陳", "阿明", "王經理", "林老師", "俊傑", "雅婷", "建宏"],
        "city": ["台北", "台中", "高雄", "台南", "新竹", "花蓮", "桃園", "東京", "香港", "紐約"],
        "rain": ["下雨", "下大雨", "打雷", "起霧"],
        "weather_adj": ["冷", "熱", "很熱", "很冷", "悶熱", "涼"],
        "expr": maths(),
        "plug": ["插座", "智慧插座", "延長線"],
        "coffee": ["拿鐵", "卡布奇諾", "美式咖啡", "濃縮咖啡", "摩卡", "黑咖啡"],
        "genre": ["爵士樂", "搖滾樂", "古典音樂", "流行音樂", "輕音樂", "台語歌", "民歌", "嘻哈"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "設一個{time=dur}的計時器",
        "幫我設{time=dur}的計時器",
        "計時{time=dur}",
        "{time=dur}倒數計時",
        "倒數{time=dur}",
        "倒數計時{time=dur}",
        "設定計時器{time=dur}",
        "計時器設{time=dur}",
        "開始倒數{time=dur}",
        "{time=dur}後提醒我",
        "{time=dur}後叫我",
        "幫我計時{time=dur}",
        "計時器{time=dur}",
        "可以幫我設一個{time=dur}的計時器嗎",
        "我需要一個{time=dur}的計時器",
        "設定{time=dur}的倒數",
        "幫我倒數{time=dur}",
    ]),
    ("alarm_set", 48, [
        "設一個{time=clock}的鬧鐘",
        "幫我設定{time=clock}的鬧鐘",
        "{time=clock}叫我起床",
        "{time=clock}叫醒我",
        "鬧鐘設在{time=clock}",
        "把鬧鐘設成{time=clock}",
        "鬧鐘調到{time=clock}",
        "{date=day}{time=clock}叫我起床",
        "{date=day}[timeofday : 早上]{time=h_morning}叫醒我",
        "[timeofday : 早上]{time=h_morning}叫我起床",
        "[timeofday : 晚上]{time=h_evening}設個鬧鐘",
        "{general_frequency=freq}{time=clock}叫我起床",
        "幫我設{date=day}{time=clock}的鬧鐘",
        "{time=clock}的鬧鐘",
        "設個{date=day}[timeofday : 早上]{time=h_morning}的鬧鐘",
        "{general_frequency=freq}{time=clock}的鬧鐘",
        "可以幫我設{time=clock}的鬧鐘嗎",
        "麻煩{time=clock}叫我",
        "我要{time=clock}起床",
        "新增一個{time=clock}的鬧鐘",
        "[date : 明天]要早起幫我設{time=clock}的鬧鐘",
        "幫我定{date=day}{time=clock}的鬧鐘",
    ]),
    ("alarm_query", 8, [
        "我設了哪些鬧鐘", "看一下我的鬧鐘", "下一個鬧鐘是幾點", "鬧鐘設在幾點", "計時器還剩多久", "倒數還有多久",
        "{date=day}有鬧鐘嗎", "列出所有鬧鐘", "我[date : 明天]的鬧鐘是幾點",
    ]),
    ("alarm_remove", 10, [
        "取消鬧鐘", "刪除所有鬧鐘", "停止計時器", "取消計時器", "刪除{time=clock}的鬧鐘", "取消{date=day}的鬧鐘",
        "關掉鬧鐘", "把{date=day}{time=clock}的鬧鐘刪掉", "取消所有計時器", "把鬧鐘關掉", "{time=clock}的鬧鐘不用了",
    ]),
    ("lists_createoradd", 34, [
        "把{items}加到{list_name=list}清單",
        "把{items}加進{list_name=list}清單裡",
        "在{list_name=list}清單加上{items}",
        "{list_name=list}清單加{items}",
        "把{items}放進{list_name=list}清單",
        "把{items}加入清單",
        "在清單裡加上{items}",
        "幫我把{items2}加到{list_name=list}清單裡",
        "{list_name=list}清單新增{items}",
        "幫我在{list_name=list}清單加{items}",
        "記得把{items}加到{list_name=list}清單",
        "{items}加到{list_name=list}清單",
        "我的{list_name=list}清單要加{items}",
    ]),
    ("lists_createoradd", 12, [
        "新增一個{list_name=list}清單",
        "建立{list_name=list}清單",
        "建一個新清單",
        "建立一個叫{list_name=list}的清單",
        "幫我建一個{list_name=list}清單",
        "開一個新的{list_name=list}清單",
        "新增清單",
    ]),
    ("lists_remove", 18, [
        "把{item}從{list_name=list}清單刪掉",
        "從清單裡刪除{item}",
        "把{item}從清單上劃掉",
        "刪除{list_name=list}清單",
        "清空{list_name=list}清單",
        "從{list_name=list}清單刪除{item}",
        "{list_name=list}清單裡的{item}拿掉",
        "把{item}從{list_name=list}清單移除",
        "{item}不用買了從{list_name=list}清單刪掉",
    ]),
    ("lists_query", 16, [
        "{list_name=list}清單上有什麼",
        "唸一下我的{list_name=list}清單",
        "看一下{list_name=list}清單",
        "我有哪些清單",
        "{list_name=list}清單裡有{item}嗎",
        "清單上有什麼",
        "我的{list_name=list}清單裡有什麼",
        "幫我唸{list_name=list}清單",
        "{list_name=list}清單還有什麼",
    ]),
    ("iot_hue_lighton", 36, [
        "開燈",
        "把燈打開",
        "打開燈",
        "燈打開",
        "幫我開燈",
        "開一下燈",
        "把電燈打開",
        "打開{house_place=room}的燈",
        "把{house_place=room}的燈打開",
        "{house_place=room}的燈打開",
        "開{house_place=room}的燈",
        "{house_place=room}開燈",
        "打開{device_type=lamp}",
        "把{device_type=lamp}打開",
        "把{house_place=room}的{device_type=lamp}打開",
        "開{device_type=lamp}",
        "把所有的燈都打開",
        "全部的燈都打開",
        "好暗喔幫我開燈",
        "可以幫我開燈嗎",
        "麻煩把{house_place=room}的燈打開",
        "請打開{house_place=room}的電燈",
        "燈開一下",
        "幫我把{house_place=room}的燈打開",
        "太暗了把燈打開",
        "開{house_place=room}燈",
        "可以開一下{house_place=room}的燈嗎",
    ]),
    ("iot_hue_lightoff", 24, [
        "關燈",
        "把燈關掉",
        "關掉燈",
        "燈關掉",
        "關掉{house_place=room}的燈",
        "把{house_place=room}的燈關掉",
        "{house_place=room}關燈",
        "關{device_type=lamp}",
        "把{device_type=lamp}關掉",
        "把所有的燈都關掉",
        "全部關燈",
        "幫我關一下燈",
        "可以幫我關燈嗎",
        "我要睡了把燈關掉",
        "把{house_place=room}的電燈關了",
        "{house_place=room}的燈關一下",
    ]),
    ("iot_hue_lightup", 14, [
        "把燈調亮", "調亮一點", "燈亮一點", "亮一點", "把{house_place=room}的燈調亮", "亮度調高", "把亮度調高{change_amount=pct}",
        "把燈調亮{change_amount=bit}", "燈光再亮一點", "把亮度調高一點", "[change_amount : 稍微]調亮一點", "燈太暗了調亮一點",
    ]),
    ("iot_hue_lightdim", 14, [
        "把燈調暗", "調暗一點", "燈暗一點", "暗一點", "把{house_place=room}的燈調暗", "亮度調低",
        "把亮度調到{change_amount=pct}", "太亮了", "把燈調暗{change_amount=bit}", "燈光柔和一點", "把亮度降低{change_amount=pct}",
        "好刺眼燈調暗一點", "[change_amount : 稍微]調暗一點",
    ]),
    ("iot_hue_lightchange", 26, [
        "把燈調成{color_type=colour}",
        "燈光換成{color_type=colour}",
        "把{house_place=room}的燈改成{color_type=colour}",
        "把燈光顏色換成{color_type=colour}",
        "把燈變成{color_type=colour}",
        "把{device_type=lamp}調成{color_type=colour}",
        "燈調成{color_type=colour}",
        "燈光改成{color_type=colour}",
        "幫我把燈換成{color_type=colour}",
        "可以把{house_place=room}的燈光調成{color_type=colour}嗎",
        "燈光亮度調到{change_amount=pct}",
        "亮度設定在{change_amount=pct}",
    ]),
    ("audio_volume_up", 14, [
        "調大音量", "音量調大", "大聲一點", "聲音大一點", "把聲音開大", "音量大一點", "再大聲一點", "聽不到把聲音調大",
        "把音量調高", "聲音開大{change_amount=bit}", "音量加大", "可以大聲一點嗎", "大聲點", "[change_amount : 稍微]大聲一點",
    ]),
    ("audio_volume_up", 12, [
        "音量調到{change_amount=vol}", "把音量調到{change_amount=vol}", "音量設成{change_amount=vol}",
        "把音量設定成{change_amount=vol}", "音量開到{change_amount=vol}", "音量{change_amount=vol}",
    ]),
    ("audio_volume_down", 14, [
        "調小音量", "音量調小", "小聲一點", "聲音小一點", "把聲音關小", "太吵了", "音量降到{change_amount=vol}",
        "把音量調低", "聲音關小{change_amount=bit}", "音量小一點", "小聲點", "可以小聲一點嗎", "把音量調低到{change_amount=vol}",
        "[change_amount : 稍微]小聲一點",
    ]),
    ("audio_volume_mute", 9, [
        "靜音", "把聲音關掉", "關掉聲音", "安靜", "設成靜音", "開啟靜音", "把喇叭靜音", "先靜音一下", "幫我靜音",
    ]),
    ("calendar_set", 40, [
        "{date=cal_day}{time=cal_clock}{event_name=event}",
        "新增{date=cal_day}{time=cal_clock}的{event_name=event}",
        "在行事曆上新增{date=cal_day}{time=cal_clock}{event_name=event}",
        "{date=cal_day}{time=cal_clock}{with}{person=person}{event_name=meet}",
        "幫我安排{date=cal_day}{time=cal_clock}{with}{person=person}{event_name=meet}",
        "把{event_name=event}加到行事曆{date=cal_day}{time=cal_clock}",
        "提醒我{date=cal_day}{time=cal_clock}{event_name=event}",
        "記一下{date=cal_day}{time=cal_clock}有{event_name=event}",
        "{date=cal_day}有{event_name=event}幫我記到行事曆上",
        "{general_frequency=cal_freq}{time=cal_clock}{event_name=event}加到行事曆",
        "行事曆加上{date=cal_day}{time=cal_clock}{event_name=event}",
        "幫我在行事曆新增{date=cal_day}的{event_name=event}",
        "{date=cal_day}{time=cal_clock}要{with}{person=person}{event_name=meet}幫我記一下",
        "新增行程{date=cal_day}{time=cal_clock}{event_name=event}",
    ]),
    ("calendar_query", 14, [
        "{date=cal_day}有什麼行程", "{date=cal_day}的行程", "看一下我的行事曆", "下一個行程是什麼", "{date=cal_day}有{event_name=event}嗎",
        "{event_name=event}是什麼時候", "{event_name=event}幾點", "唸一下我的行程", "{date=cal_day}我忙嗎", "我{date=cal_day}有空嗎",
        "{date=cal_day}行事曆上有什麼",
    ]),
    ("calendar_remove", 10, [
        "取消{date=cal_day}的{event_name=event}", "刪除{event_name=event}", "把{date=cal_day}的行程都刪了",
        "從行事曆刪除{event_name=event}", "取消{event_name=event}的行程", "取消{with}{person=person}{event_name=meet}的行程",
    ]),
    ("qa_maths", 24, [
        "{expr}等於多少", "{expr}是多少", "算一下{expr}", "{expr}", "{expr}等於幾", "幫我算{expr}",
    ]),
    ("datetime_query", 18, [
        "現在幾點", "現在幾點了", "幾點了", "告訴我現在時間", "[date : 今天]幾號", "[date : 今天]禮拜幾", "[date : 明天]星期幾",
        "[date : 明天]幾號", "{place_name=city}現在幾點", "[date : 聖誕節]是禮拜幾", "[date : 今天]是幾月幾號",
        "現在是什麼時間", "[date : 下禮拜五]是幾號", "{place_name=city}幾點了", "[date : 後天]禮拜幾",
    ]),
    ("weather_query", 18, [
        "天氣怎麼樣", "[date : 今天]天氣怎麼樣", "[date : {day}]天氣如何", "{place_name=city}天氣怎麼樣",
        "[date : {day}]會{weather_descriptor=rain}嗎", "[date : {day}]會不會{weather_descriptor=rain}",
        "[date : {day}]會{weather_descriptor=weather_adj}嗎", "現在[weather_descriptor : 氣溫]幾度",
        "[date : {day}]要帶[weather_descriptor : 傘]嗎", "{place_name=city}[date : {day}]的天氣", "天氣預報",
        "[date : {day}]{place_name=city}天氣怎麼樣", "外面[weather_descriptor : 溫度]幾度", "[date : {day}]{place_name=city}會不會{weather_descriptor=rain}",
    ]),
    ("general_joke", 5, ["講個笑話", "說個笑話來聽聽", "講笑話給我聽", "逗我笑", "來個笑話", "你會講笑話嗎"]),
    ("general_greet", 5, ["你好", "早安", "午安", "嗨", "哈囉", "你好嗎"]),
    ("iot_coffee", 5, ["幫我泡杯咖啡", "煮杯咖啡", "我想喝咖啡", "來一杯{coffee_type=coffee}", "打開咖啡機", "幫我做一杯{coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["開始掃地", "打開[device_type : 掃地機器人]", "打掃一下{house_place=room}", "啟動[device_type : 掃地機器人]",
                         "把{house_place=room}吸一下", "讓[device_type : 掃地機器人]去掃{house_place=room}"]),
    ("iot_wemo_on", 4, ["打開{device_type=plug}", "把{device_type=plug}打開", "開{device_type=plug}"]),
    ("iot_wemo_off", 4, ["關掉{device_type=plug}", "把{device_type=plug}關掉", "關{device_type=plug}"]),
    ("play_music", 5, ["放點音樂", "播放{music_genre=genre}", "來點{music_genre=genre}", "放首歌", "我想聽{music_genre=genre}"]),
    ("play_radio", 3, ["打開收音機", "聽廣播", "開廣播", "我想聽廣播"]),
]
