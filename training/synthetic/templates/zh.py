"""Simplified Chinese (zh-CN) command templates. Pattern language: see ../README.md.

Written without spaces, as a recognizer writes Chinese; split by character (massive.split_words).
Digits only appear together with hanzi in one chunk ("10分钟", "7点半"): a chunk of ASCII alone
("19:30", "10") would be one word in annot_utt but single characters in utt. "两" counts
("两分钟", "两点").
"""
from generate import chinese_numeral


UNSPACED = True
num = chinese_numeral


def count(n):
    """A number before a measure word: 两 for 2."""
    return "两" if n == 2 else num(n)


def durations():
    out = ["半小时", "半个小时", "一个小时", "1个小时", "1小时", "一个半小时", "两个小时", "2小时", "一分半", "三十秒",
           "一分钟", "1分钟", "九十秒", "1个半小时", "两分半钟", "一小时三十分钟"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 40, 45, 50, 60, 90):
        out += [f"{n}分钟", f"{count(n)}分钟"]
    for n in (10, 15, 20, 30, 45, 90):
        out += [f"{n}秒", f"{num(n)}秒"]
    return out


def clocks():
    out = ["中午12点", "中午十二点", "半夜12点"]
    for h in range(1, 13):
        c = count(h)
        out += [f"{h}点", f"{c}点", f"{h}点半", f"{c}点半", f"{h}点15分", f"{c}点一刻", f"{c}点三刻", f"{h}点45分",
                f"{h}点30分", f"{h}点10分", f"{c}点十分", f"{h}点05分"]
        out += [f"上午{h}点", f"下午{h}点半", f"晚上{c}点"] if h <= 11 else []
    for h in range(13, 24):
        out += [f"{h}点", f"{h}点半", f"{h}点30分", f"{h}点15分", f"{num(h)}点"]
    return out


def bare(hours):
    out = []
    for h in hours:
        c = count(h)
        out += [f"{h}点", f"{c}点", f"{h}点半", f"{c}点半", f"{c}点一刻", f"{h}点45分"]
    return out


def calendar_clocks():
    out = ["中午12点", "中午十二点半"]
    for h in range(8, 12):
        out += [f"{h}点", f"上午{h}点", f"上午{count(h)}点", f"{h}点半", f"上午{h}点半", f"{h}点30分"]
    for h in range(1, 7):
        out += [f"下午{h}点", f"下午{count(h)}点", f"下午{h}点半", f"下午{h}点30分", f"下午{count(h)}点一刻", f"{h + 12}点",
                f"{h + 12}点30分"]
    for h in range(6, 9):
        out += [f"晚上{h}点", f"晚上{count(h)}点半"]
    return out


def items():
    one = ["牛奶", "鸡蛋", "面包", "苹果", "梨", "香蕉", "黄油", "奶酪", "咖啡", "大米", "意大利面", "西红柿", "卫生纸",
           "洗洁精", "橙汁", "酸奶", "鸡肉", "洋葱", "土豆", "胡萝卜", "橄榄油", "白糖", "面粉", "燕麦奶", "猫粮", "电池",
           "柠檬", "大蒜"]
    pairs = [(3, 4), (0, 2), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one, [f"{one[a]}和{one[b]}" for a, b in pairs], [f"{one[a]}{one[b]}和{one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("乘以", "加", "减", "除以", "乘"):
            out.append(f"{a}{op}{b}" if i % 2 == 0 else f"{num(a)}{op}{num(b)}")
    out += ["150的百分之二十", "八十的百分之十五", "144的平方根", "八十一的平方根", "2的10次方", "七的平方"]
    return out


def vocab():
    one, two, three = items()
    pct = [f"百分之{num(n)}" for n in (10, 20, 30, 40, 50, 60, 70, 80, 90, 100)]
    return {
        "dur": durations(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare(range(5, 12)),
        "h_evening": bare(range(6, 12)),
        "day": ["明天", "今天", "后天", "星期一", "星期二", "周三", "星期四", "周五", "星期六", "星期天", "下周一", "这个星期五"],
        "cal_day": ["明天", "今天", "后天", "星期一", "星期二", "周三", "星期四", "周五", "星期六", "星期天", "下周二",
                    "6月12号", "3月3号", "这周六", "15号", "平安夜"],
        "freq": ["每天", "工作日", "每个工作日", "每周一", "每天早上"],
        "cal_freq": ["每天", "每个工作日", "每周一", "每周"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["购物", "买菜", "待办", "工作", "旅行", "搬家", "圣诞", "生日", "露营", "日用品"],
        "qd": ["清单", "列表"],
        "room": ["客厅", "厨房", "卧室", "浴室", "卫生间", "走廊", "书房", "餐厅", "车库", "儿童房", "阳台", "玄关"],
        "lamp": ["台灯", "落地灯", "床头灯", "吊灯", "灯带"],
        "colour": ["红色", "绿色", "蓝色", "黄色", "橙色", "紫色", "粉色", "白色", "暖白色", "暖光"],
        "pct": pct,
        "vol": [str(n) for n in range(1, 10)] + [num(n) for n in range(1, 11)] + pct[1::3],
        "bit": ["一点", "一点儿", "一些"],  # after the verb (调亮一点); 稍微 goes before it
        "event": ["看牙医", "牙医预约", "看医生", "理发", "团队会议", "瑜伽课", "钢琴课", "足球训练", "读书会", "面试",
                  "汽车保养", "生日聚会", "开会", "健身", "家长会"],
        "meet": ["会议", "午饭", "晚饭", "电话会议", "咖啡", "见面"],
        "person": ["张伟", "王芳", "李娜", "刘洋", "陈静", "小王", "老李", "安娜", "汤姆", "杨帆"],
        "city": ["北京", "上海", "广州", "深圳", "成都", "杭州", "香港", "东京", "纽约", "伦敦"],
        "rain": ["下雨", "下雪", "刮风"],
        "weather_adj": ["冷", "热", "晴天"],
        "expr": maths(),
        "plug": ["插座", "智能插座", "排插"],
        "coffee": ["拿铁", "卡布奇诺", "美式咖啡", "浓缩咖啡", "摩卡"],
        "genre": ["爵士乐", "摇滚", "古典音乐", "流行音乐", "轻音乐", "民谣"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "设置一个{time=dur}的计时器",
        "定一个{time=dur}的计时器",
        "计时{time=dur}",
        "{time=dur}倒计时",
        "倒计时{time=dur}",
        "设一个{time=dur}的倒计时",
        "帮我定个{time=dur}的计时器",
        "开始{time=dur}倒计时",
        "{time=dur}后提醒我",
        "计时器{time=dur}",
        "设个{time=dur}计时器",
        "帮我计时{time=dur}",
        "定时{time=dur}",
    ]),
    ("alarm_set", 48, [
        "定个{time=clock}的闹钟",
        "设置一个{time=clock}的闹钟",
        "{time=clock}叫醒我",
        "{time=clock}叫我起床",
        "把闹钟定在{time=clock}",
        "闹钟定到{time=clock}",
        "{date=day}{time=clock}叫醒我",
        "{date=day}[timeofday : 早上]{time=h_morning}叫醒我",
        "[timeofday : 早上]{time=h_morning}叫我起床",
        "[timeofday : 晚上]{time=h_evening}定个闹钟",
        "{general_frequency=freq}{time=clock}叫醒我",
        "帮我设一个{date=day}{time=clock}的闹钟",
        "{time=clock}的闹钟",
        "设个{date=day}[timeofday : 早上]{time=h_morning}的闹钟",
        "{general_frequency=freq}{time=clock}响铃",
        "帮我定{time=clock}的闹钟",
    ]),
    ("alarm_query", 8, [
        "我定了哪些闹钟", "看看我的闹钟", "下一个闹钟是几点", "闹钟定在几点", "计时器还剩多少时间", "倒计时还有多久",
        "{date=day}有闹钟吗", "列出所有闹钟",
    ]),
    ("alarm_remove", 10, [
        "取消闹钟", "删除所有闹钟", "停止计时器", "取消计时器", "删除{time=clock}的闹钟", "取消{date=day}的闹钟",
        "关掉闹钟", "把{date=day}{time=clock}的闹钟删掉", "取消所有计时器", "把闹钟关了",
    ]),
    ("lists_createoradd", 34, [
        "把{items}加到{list_name=list}{qd}",
        "把{items}添加到{list_name=list}{qd}里",
        "在{list_name=list}{qd}上加上{items}",
        "{list_name=list}{qd}加{items}",
        "把{items}放进{list_name=list}{qd}",
        "把{items}加入{qd}",
        "在{qd}里加上{items}",
        "帮我把{items2}加到{list_name=list}{qd}里",
        "{list_name=list}{qd}添加{items}",
        "往{list_name=list}{qd}里加{items}",
    ]),
    ("lists_createoradd", 12, [
        "新建一个{list_name=list}{qd}",
        "创建{list_name=list}{qd}",
        "建一个新{qd}",
        "创建一个叫{list_name=list}的{qd}",
        "帮我建一个{list_name=list}{qd}",
    ]),
    ("lists_remove", 18, [
        "把{item}从{list_name=list}{qd}里删掉",
        "从{qd}里删除{item}",
        "把{item}从{qd}上划掉",
        "删除{list_name=list}{qd}",
        "清空{list_name=list}{qd}",
        "从{list_name=list}{qd}删除{item}",
        "{list_name=list}{qd}里的{item}去掉",
    ]),
    ("lists_query", 16, [
        "{list_name=list}{qd}上有什么",
        "读一下我的{list_name=list}{qd}",
        "看看{list_name=list}{qd}",
        "我有哪些{qd}",
        "{list_name=list}{qd}里有{item}吗",
        "{qd}上有什么",
        "我的{list_name=list}{qd}里有什么",
        "念一下{list_name=list}{qd}",
    ]),
    ("iot_hue_lighton", 36, [
        "开灯",
        "把灯打开",
        "打开灯",
        "打开{house_place=room}的灯",
        "把{house_place=room}的灯打开",
        "开一下{house_place=room}的灯",
        "打开{device_type=lamp}",
        "把{house_place=room}的{device_type=lamp}打开",
        "把所有的灯都打开",
        "太暗了开灯",
        "灯打开",
        "开{house_place=room}灯",
        "帮我开一下灯",
        "请把灯打开",
        "{house_place=room}开灯",
    ]),
    ("iot_hue_lightoff", 24, [
        "关灯",
        "把灯关了",
        "关掉灯",
        "关掉{house_place=room}的灯",
        "把{house_place=room}的灯关掉",
        "关{device_type=lamp}",
        "把{device_type=lamp}关掉",
        "把所有的灯都关了",
        "熄灯",
        "{house_place=room}关灯",
        "帮我关一下灯",
    ]),
    ("iot_hue_lightup", 14, [
        "把灯调亮", "调亮一点", "灯亮一点", "亮一点", "把{house_place=room}的灯调亮", "亮度调高", "把亮度提高{change_amount=pct}",
        "把灯调亮{change_amount=bit}", "灯光再亮一些", "把亮度调高一点",
    ]),
    ("iot_hue_lightdim", 14, [
        "把灯调暗", "调暗一点", "灯暗一点", "暗一点", "把{house_place=room}的灯调暗", "亮度调低",
        "把亮度调到{change_amount=pct}", "太亮了", "把灯调暗{change_amount=bit}", "灯光柔和一点",
    ]),
    ("iot_hue_lightchange", 26, [
        "把灯调成{color_type=colour}",
        "灯光换成{color_type=colour}",
        "把{house_place=room}的灯改成{color_type=colour}",
        "把灯光颜色换成{color_type=colour}",
        "把灯变成{color_type=colour}",
        "把{device_type=lamp}调成{color_type=colour}",
        "灯调成{color_type=colour}",
        "把亮度调到{change_amount=pct}",
    ]),
    ("audio_volume_up", 14, [
        "调大音量", "音量调大", "大声点", "声音大一点", "把声音开大", "音量大一点", "再大声一点", "听不见调大声音",
        "把音量调高", "声音开大{change_amount=bit}",
    ]),
    ("audio_volume_up", 12, [
        "音量调到{change_amount=vol}", "把音量调到{change_amount=vol}", "音量设为{change_amount=vol}",
        "把音量设置成{change_amount=vol}", "音量开到{change_amount=vol}",
    ]),
    ("audio_volume_down", 14, [
        "调小音量", "音量调小", "小声点", "声音小一点", "把声音关小", "太吵了", "音量降到{change_amount=vol}",
        "把音量调低", "声音小{change_amount=bit}", "音量小一点",
    ]),
    ("audio_volume_mute", 9, [
        "静音", "把声音关掉", "关闭声音", "安静", "别出声", "设为静音", "打开静音", "把音响静音",
    ]),
    ("calendar_set", 40, [
        "{date=cal_day}{time=cal_clock}{event_name=event}",
        "添加{date=cal_day}{time=cal_clock}的{event_name=event}",
        "在日历上添加{date=cal_day}{time=cal_clock}{event_name=event}",
        "{date=cal_day}{time=cal_clock}和{person=person}{event_name=meet}",
        "帮我安排{date=cal_day}{time=cal_clock}和{person=person}的{event_name=meet}",
        "把{event_name=event}加到日历{date=cal_day}{time=cal_clock}",
        "提醒我{date=cal_day}{time=cal_clock}{event_name=event}",
        "记一下{date=cal_day}{time=cal_clock}有{event_name=event}",
        "{date=cal_day}有{event_name=event}帮我记到日历上",
        "{general_frequency=cal_freq}{time=cal_clock}{event_name=event}加到日程",
        "日程里加上{date=cal_day}{time=cal_clock}{event_name=event}",
    ]),
    ("calendar_query", 14, [
        "{date=cal_day}有什么安排", "{date=cal_day}的日程", "看一下我的日历", "下一个安排是什么", "{date=cal_day}有{event_name=event}吗",
        "{event_name=event}是什么时候", "{event_name=event}几点", "读一下我的日程", "{date=cal_day}我忙吗",
    ]),
    ("calendar_remove", 10, [
        "取消{date=cal_day}的{event_name=event}", "删除{event_name=event}", "把{date=cal_day}的安排都删了",
        "从日历里删除{event_name=event}", "取消{event_name=event}的日程",
    ]),
    ("qa_maths", 24, [
        "{expr}等于多少", "{expr}是多少", "算一下{expr}", "{expr}", "{expr}等于几", "帮我算{expr}",
    ]),
    ("datetime_query", 18, [
        "现在几点", "现在几点了", "几点了", "告诉我时间", "[date : 今天]几号", "[date : 今天]星期几", "[date : 明天]星期几",
        "[date : 明天]几号", "{place_name=city}现在几点", "[date : 圣诞节]是星期几", "[date : 今天]是几月几号",
        "现在是什么时间", "[date : 下周五]是几号", "{place_name=city}几点了",
    ]),
    ("weather_query", 18, [
        "天气怎么样", "[date : 今天]天气怎么样", "[date : {day}]天气如何", "{place_name=city}天气怎么样",
        "[date : {day}]会{weather_descriptor=rain}吗", "[date : {day}]会不会{weather_descriptor=rain}",
        "[date : {day}]{weather_descriptor=weather_adj}吗", "现在[weather_descriptor : 气温]多少度",
        "[date : {day}]要带[weather_descriptor : 伞]吗", "{place_name=city}[date : {day}]的天气", "天气预报",
        "[date : {day}]{place_name=city}天气怎么样",
    ]),
    ("general_joke", 5, ["讲个笑话", "给我讲个笑话", "说个笑话", "逗我笑", "来个笑话"]),
    ("general_greet", 5, ["你好", "早上好", "晚上好", "嗨你好", "下午好"]),
    ("iot_coffee", 5, ["给我做杯咖啡", "煮杯咖啡", "我想喝咖啡", "来一杯{coffee_type=coffee}", "打开咖啡机", "做一杯{coffee_type=coffee}"]),
    ("iot_cleaning", 5, ["开始扫地", "打开[device_type : 扫地机器人]", "打扫一下{house_place=room}", "启动[device_type : 扫地机器人]",
                         "把{house_place=room}吸一下"]),
    ("iot_wemo_on", 4, ["打开{device_type=plug}", "把{device_type=plug}打开"]),
    ("iot_wemo_off", 4, ["关掉{device_type=plug}", "把{device_type=plug}关了"]),
    ("play_music", 5, ["放点音乐", "播放{music_genre=genre}", "来点{music_genre=genre}", "放首歌"]),
    ("play_radio", 3, ["打开收音机", "放广播", "听电台"]),
]
