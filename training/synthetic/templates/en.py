"""English (en-US) command templates. Pattern language: see ../README.md."""
from generate import tens_units

SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = dict(zip(range(20, 100, 10), "twenty thirty forty fifty sixty seventy eighty ninety".split()))
num = tens_units(SMALL, TENS, lambda t, u: f"{t} {u}", "one hundred")


def both(n):
    """The number as digits and as words."""
    return [str(n), num(n)]


def durations():
    out = ["an hour", "half an hour", "an hour and a half", "a minute", "one minute", "1 minute",
           "a minute and a half", "two and a half minutes", "1 hour", "one hour", "2 hours", "two hours",
           "1 hour and 30 minutes", "one hour and fifteen minutes", "2 minutes and 30 seconds"]
    for n in (2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 60, 90):
        out += [f"{w} minutes" for w in both(n)]
    for n in (10, 15, 20, 30, 40, 45, 60, 90):
        out += [f"{w} seconds" for w in both(n)]
    return out


def duration_adjectives():
    """'a five minute timer'."""
    out = ["one hour", "half hour", "1 hour", "two hour"]
    for n in (1, 2, 3, 5, 10, 15, 20, 25, 30, 45, 90):
        out += [f"{w} minute" for w in both(n)]
    out += [f"{w} second" for n in (30, 45, 90) for w in both(n)]
    return out


def clocks():
    """Self-contained clock times: with am/pm, half past / quarter to, noon."""
    out = ["noon", "midnight", "12 noon"]
    for h in range(1, 13):
        for ap in ("am", "pm"):
            out += [f"{h} {ap}", f"{num(h)} {ap}", f"{h}:30 {ap}", f"{h} 30 {ap}", f"{num(h)} thirty {ap}",
                    f"{h}:15 {ap}", f"{h}:45 {ap}", f"{num(h)} fifteen {ap}", f"{num(h)} forty five {ap}",
                    f"{h}:05 {ap}", f"{num(h)} oh five {ap}", f"{h}:20 {ap}", f"{h}:10 {ap}"]
        nxt = h % 12 + 1
        out += [f"half past {num(h)}", f"half past {h}", f"quarter past {num(h)}", f"a quarter past {h}",
                f"quarter to {num(nxt)}", f"a quarter to {nxt}", f"{num(h)} o'clock", f"{h} o'clock",
                f"{h}:30", f"{num(h)} thirty", f"ten past {num(h)}", f"twenty to {num(nxt)}"]
    return out


def calendar_clocks():
    """Times people give appointments: 8 am to 8 pm."""
    out = ["noon", "12 noon", "12:30 pm"]
    for h, ap in [(h, "am") for h in (8, 9, 10, 11)] + [(h, "pm") for h in range(1, 9)]:
        out += [f"{h} {ap}", f"{num(h)} {ap}", f"{h} 30 {ap}", f"{h}:30 {ap}", f"{num(h)} thirty {ap}", f"{h}:15 {ap}",
                f"{h}:45 {ap}", f"{num(h)} o'clock", f"half past {num(h)}", f"{h} o'clock", str(h), num(h)]
    return out


def bare_hours(hours):
    out = []
    for h in hours:
        out += [str(h), num(h), f"{h}:30", f"{num(h)} thirty", f"half past {num(h)}", f"{h} 15", f"{num(h)} o'clock"]
    return out


def items():
    one = ["milk", "eggs", "bread", "apples", "pears", "bananas", "butter", "cheese", "coffee", "rice", "pasta",
           "tomatoes", "toilet paper", "dish soap", "orange juice", "yogurt", "chicken", "onions", "potatoes",
           "carrots", "olive oil", "sugar", "flour", "oat milk", "cat food", "batteries", "lemons", "garlic"]
    pairs = [(0, 2), (3, 4), (5, 8), (6, 7), (11, 12), (13, 14), (15, 16), (17, 18), (19, 20), (21, 22),
             (9, 23), (24, 25), (26, 27), (1, 10)]
    triples = [(0, 1, 2), (3, 4, 5), (6, 7, 11), (17, 18, 19), (12, 15, 21), (22, 24, 27), (8, 9, 16)]
    return (one,
            [f"{one[a]} and {one[b]}" for a, b in pairs],
            [f"{one[a]} {one[b]} and {one[c]}" for a, b, c in triples])


def maths():
    pairs = [(12, 7), (3, 4), (25, 4), (100, 5), (8, 9), (15, 3), (7, 6), (45, 9), (16, 2), (50, 10), (9, 9),
             (18, 6), (64, 8), (11, 11), (36, 12), (81, 9), (13, 5), (90, 30)]
    out = []
    for i, (a, b) in enumerate(pairs):
        for op in ("times", "plus", "minus", "divided by", "multiplied by"):
            out.append(f"{a} {op} {b}" if i % 2 == 0 else f"{num(a)} {op} {num(b)}")
    out += ["20 percent of 150", "fifteen percent of eighty", "the square root of 144", "the square root of eighty one",
            "2 to the power of 10", "seven squared"]
    return out


def vocab():
    one, two, three = items()
    pct = [f"{w} percent" for n in (10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 100) for w in both(n)]
    levels = [w for n in range(1, 11) for w in both(n)]
    return {
        "dur": durations(),
        "dur_adj": duration_adjectives(),
        "clock": clocks(),
        "cal_clock": calendar_clocks(),
        "h_morning": bare_hours(range(5, 12)),
        "h_evening": bare_hours(range(5, 12)),
        "h_afternoon": bare_hours(range(1, 6)),
        "day": ["tomorrow", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        "weekday": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        "cal_day": ["tomorrow", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday", "next monday", "next friday", "the day after tomorrow", "march 3rd", "june 12th",
                    "the 15th", "christmas eve", "this saturday"],
        "freq": ["every weekday", "every day", "every morning", "daily", "every monday", "on weekdays"],
        "cal_freq": ["every weekday", "every day", "daily", "every monday", "on weekdays"],
        "item": one, "items": one + two + three, "items2": two + three,
        "list": ["shopping", "grocery", "to do", "packing", "christmas", "birthday", "camping", "hardware store",
                 "work", "weekend"],
        "room": ["kitchen", "living room", "bedroom", "bathroom", "hallway", "office", "dining room", "garage",
                 "kids room", "basement", "guest room"],
        "lamp": ["lamp", "desk lamp", "floor lamp", "bedside lamp", "ceiling light", "reading lamp"],
        "colour": ["red", "green", "blue", "yellow", "orange", "purple", "pink", "white", "warm white",
                   "cool white", "turquoise"],
        "pct_to": [f"to {p}" for p in pct],
        "pct_by": [f"by {p}" for p in pct],
        "vol_to": [f"to {w}" for w in levels + pct[1::3]],
        "vol_bare": levels,
        "bit": ["a bit", "a little", "a little bit", "slightly"],
        "event": ["dentist", "dentist appointment", "doctor's appointment", "team meeting", "haircut", "yoga class",
                  "piano lesson", "soccer practice", "book club", "job interview", "car service", "vet appointment",
                  "birthday party", "parent teacher conference", "gym", "lunch", "dinner", "standup", "project review"],
        "meet": ["meeting", "lunch", "dinner", "call", "coffee", "video call"],
        "person": ["anna", "tom", "sarah", "mike", "david", "emma", "john", "lisa", "carlos", "priya"],
        "city": ["london", "paris", "new york", "tokyo", "chicago", "berlin", "madrid", "seattle", "boston", "sydney"],
        "rain": ["rain", "snow", "be sunny", "be windy", "be cold", "be hot"],
        "weather_adj": ["hot", "cold", "warm", "windy", "humid"],
        "expr": maths(),
        "vacuum": ["vacuum", "robot vacuum", "vacuum cleaner", "hoover"],
        "plug": ["plug", "smart plug", "socket", "smart socket"],
        "coffee": ["espresso", "cappuccino", "latte", "black coffee", "americano"],
        "genre": ["jazz", "rock", "classical music", "pop", "hip hop", "relaxing music"],
    }


TIMER = "alarm_set"  # MASSIVE files timers under alarm_set; the length is the time slot.

TEMPLATES = [
    (TIMER, 44, [
        "set a timer for {time=dur}",
        "set timer for {time=dur}",
        "timer {time=dur}",
        "timer for {time=dur}",
        "start a timer for {time=dur}",
        "start a {time=dur_adj} timer",
        "set a {time=dur_adj} timer",
        "{time=dur_adj} timer",
        "countdown {time=dur}",
        "count down {time=dur}",
        "start a countdown for {time=dur}",
        "can you set a timer for {time=dur}",
        "please set a timer for {time=dur}",
        "(hey |)set the timer to {time=dur}",
        "i need a timer for {time=dur}",
        "put a timer on for {time=dur}",
        "give me a {time=dur_adj} timer",
        "wake me up in {time=dur}",
        "set a timer {time=dur}",
    ]),
    ("alarm_set", 48, [
        "set an alarm for {time=clock}",
        "set alarm for {time=clock}",
        "wake me up at {time=clock}",
        "alarm at {time=clock}",
        "alarm {time=clock}",
        "set an alarm at {time=clock} {date=day}",
        "set an alarm for {date=day} at {time=clock}",
        "wake me up {date=day} at {time=clock}",
        "wake me (up |){date=day} at {time=clock}",
        "set an alarm for {time=h_morning} in the [timeofday : morning]",
        "wake me up at {time=h_morning} in the [timeofday : morning]",
        "set an alarm for {time=h_evening} in the [timeofday : evening]",
        "set an alarm for {time=h_afternoon} in the [timeofday : afternoon]",
        "set an alarm for {time=h_morning} [date : tomorrow] [timeofday : morning]",
        "set an alarm [date : tomorrow] at {time=h_morning}",
        "wake me up [date : tomorrow] at {time=h_morning}",
        "set an alarm for {time=clock} {general_frequency=freq}",
        "wake me up at {time=clock} {general_frequency=freq}",
        "set an alarm {general_frequency=freq} at {time=clock}",
        "can you set an alarm for {time=clock}",
        "please wake me up at {time=clock}",
        "i need an alarm at {time=clock}",
        "create an alarm for {time=clock} on {date=weekday}",
        "set my alarm to {time=clock}",
        "new alarm {time=clock}",
    ]),
    ("alarm_query", 8, [
        "what alarms do i have", "show my alarms", "(list|show) (all |)my (alarms|timers)",
        "do i have any alarms (set|)", "when is my next alarm", "what time is my alarm set for",
        "how much time is left on my timer", "how long is left on the timer", "do i have an alarm {date=day}",
        "what alarms do i have for {date=day}", "is my alarm set for [date : tomorrow]",
    ]),
    ("alarm_remove", 10, [
        "cancel my alarm", "delete (all |)my alarms", "cancel the timer", "stop the timer", "turn off my alarm",
        "delete the alarm for {time=clock}", "cancel my {time=clock} alarm", "remove the alarm at {time=clock}",
        "cancel the alarm for {date=day}", "delete my alarm for {date=day} at {time=clock}", "cancel all timers",
    ]),
    ("lists_createoradd", 34, [
        "add {items} to my {list_name=list} list",
        "add {items} to the {list_name=list} list",
        "put {items} on my {list_name=list} list",
        "put {items} on the list",
        "add {items} to my list",
        "add {items} to the list",
        "please add {items} to my {list_name=list} list",
        "can you add {items} to my {list_name=list} list",
        "i need {items} on my {list_name=list} list",
        "put {items2} on my {list_name=list} list",
        "add {items2} to the {list_name=list} list",
        "{items} on the {list_name=list} list",
        "add {item} to (my |the |){list_name=list} list",
        "write {items} on my {list_name=list} list",
    ]),
    ("lists_createoradd", 12, [
        "create a (new |){list_name=list} list",
        "make a (new |){list_name=list} list",
        "start a (new |){list_name=list} list",
        "create a (new |)list called {list_name=list}",
        "make a list called {list_name=list}",
        "new list {list_name=list}",
        "create a new list",
    ]),
    ("lists_remove", 18, [
        "remove {item} from my {list_name=list} list",
        "remove {item} from the list",
        "take {item} off my {list_name=list} list",
        "take {item} off the list",
        "delete {item} from my list",
        "cross {item} off my {list_name=list} list",
        "cross off {item}",
        "delete my {list_name=list} list",
        "delete the {list_name=list} list",
        "clear my {list_name=list} list",
        "remove {item} from the {list_name=list} list",
    ]),
    ("lists_query", 16, [
        "what's on my {list_name=list} list",
        "what is on my list",
        "what's on the list",
        "read my {list_name=list} list",
        "read me my {list_name=list} list",
        "read my list",
        "show me my {list_name=list} list",
        "show my lists",
        "what lists do i have",
        "what do i have on my {list_name=list} list",
        "what's on my {list_name=list} list (today|for {date=day})",
        "do i have {item} on my {list_name=list} list",
        "tell me what's on my {list_name=list} list",
    ]),
    ("iot_hue_lighton", 36, [
        "turn on the (light|lights)",
        "turn the (light|lights) on",
        "lights on",
        "light on",
        "(lights|light) on please",
        "switch on the (light|lights)",
        "switch the (light|lights) on",
        "turn on the lights in the {house_place=room}",
        "turn on the {house_place=room} (light|lights)",
        "turn the {house_place=room} (light|lights) on",
        "switch on the lights in the {house_place=room}",
        "switch on the {device_type=lamp} in the {house_place=room}",
        "turn on the {device_type=lamp}",
        "switch on the {device_type=lamp}",
        "turn the {device_type=lamp} on",
        "{house_place=room} lights on",
        "lights on in the {house_place=room}",
        "can you turn on the (light|lights)",
        "please turn (on the lights|the lights on)",
        "put the lights on",
        "turn on all the lights",
        "turn all the lights on",
        "it's too dark in here turn on the light",
        "could you switch on the light in the {house_place=room}",
        "light in the {house_place=room} on",
    ]),
    ("iot_hue_lightoff", 24, [
        "turn off the (light|lights)",
        "turn the (light|lights) off",
        "lights off",
        "light off",
        "switch off the (light|lights)",
        "switch the (light|lights) off",
        "turn off the lights in the {house_place=room}",
        "turn off the {house_place=room} (light|lights)",
        "switch off the {device_type=lamp}",
        "turn off the {device_type=lamp} in the {house_place=room}",
        "{house_place=room} lights off",
        "lights off in the {house_place=room}",
        "please turn off all the lights",
        "kill the lights",
        "can you turn the lights off",
    ]),
    ("iot_hue_lightup", 14, [
        "make the lights brighter", "brighter", "brighten the lights", "turn up the lights", "lights brighter",
        "increase the brightness", "make it brighter in the {house_place=room}", "brighten the {house_place=room} lights",
        "make the light {change_amount=bit} brighter", "increase the brightness {change_amount=pct_by}",
        "turn the lights up", "more light please",
    ]),
    ("iot_hue_lightdim", 14, [
        "dim the lights", "make the lights dimmer", "lights dimmer", "turn down the lights", "dimmer",
        "dim the {house_place=room} lights", "dim the lights in the {house_place=room}", "lower the brightness",
        "dim the lights {change_amount=bit}", "turn the lights down {change_amount=bit}",
        "dim the lights {change_amount=pct_to}", "the lights are too bright",
    ]),
    ("iot_hue_lightchange", 26, [
        "make the lights {color_type=colour}",
        "turn the lights {color_type=colour}",
        "change the (light|lights) to {color_type=colour}",
        "set the lights to {color_type=colour}",
        "change the light colour to {color_type=colour}",
        "change the light color to {color_type=colour}",
        "make the {house_place=room} lights {color_type=colour}",
        "set the {house_place=room} light to {color_type=colour}",
        "turn the lights in the {house_place=room} {color_type=colour}",
        "{color_type=colour} lights please",
        "can you make the light {color_type=colour}",
        "set the lights {change_amount=pct_to}",
        "set the brightness {change_amount=pct_to}",
    ]),
    ("audio_volume_up", 14, [
        "turn it up", "turn the volume up", "turn up the volume", "louder", "volume up", "make it louder",
        "increase the volume", "raise the volume", "louder please", "turn it up {change_amount=bit}",
        "{change_amount=bit} louder", "i can't hear it turn it up", "pump up the volume", "can you turn it up",
    ]),
    ("audio_volume_up", 12, [
        "set the volume {change_amount=vol_to}", "volume {change_amount=vol_to}", "volume {change_amount=vol_bare}",
        "turn the volume up {change_amount=vol_to}", "increase the volume {change_amount=vol_to}",
        "change the volume {change_amount=vol_to}",
    ]),
    ("audio_volume_down", 14, [
        "turn it down", "turn the volume down", "turn down the volume", "quieter", "volume down",
        "make it quieter", "lower the volume", "decrease the volume", "it's too loud", "not so loud",
        "turn it down {change_amount=bit}", "{change_amount=bit} quieter", "lower the volume {change_amount=vol_to}",
        "turn the volume down {change_amount=vol_to}",
    ]),
    ("audio_volume_mute", 9, [
        "mute", "mute the sound", "mute the volume", "mute it", "be quiet", "silence", "mute please",
        "turn the sound off", "mute the speaker",
    ]),
    ("calendar_set", 40, [
        "add {event_name=event} on {date=cal_day} at {time=cal_clock}",
        "add {event_name=event} {date=cal_day} at {time=cal_clock}",
        "add {event_name=event} to my calendar on {date=cal_day} at {time=cal_clock}",
        "put {event_name=event} on my calendar for {date=cal_day} at {time=cal_clock}",
        "schedule a {event_name=event} for {date=cal_day} at {time=cal_clock}",
        "schedule {event_name=event} on {date=cal_day}",
        "{event_name=meet} with {person=person} {date=cal_day} at {time=cal_clock}",
        "schedule a {event_name=meet} with {person=person} on {date=cal_day} at {time=cal_clock}",
        "add a {event_name=meet} with {person=person} {date=cal_day} at {time=cal_clock}",
        "create an event called {event_name=event} {date=cal_day} at {time=cal_clock}",
        "new event {event_name=event} {date=cal_day} at {time=cal_clock}",
        "add an event {event_name=event} on {date=cal_day}",
        "remind me about the {event_name=event} {date=cal_day} at {time=cal_clock}",
        "add {event_name=event} {date=cal_day} at {time=h_afternoon} in the [timeofday : afternoon]",
        "put {event_name=event} in my calendar {date=cal_day} at {time=cal_clock}",
        "i have a {event_name=event} on {date=cal_day} at {time=cal_clock} put it in my calendar",
        "add {event_name=event} {general_frequency=cal_freq} at {time=cal_clock}",
    ]),
    ("calendar_query", 14, [
        "what's on my calendar {date=cal_day}", "what's on my calendar", "what do i have {date=cal_day}",
        "do i have anything on {date=cal_day}", "show my calendar for {date=cal_day}", "when is my {event_name=event}",
        "what's my next appointment", "what are my events {date=cal_day}", "what's on my schedule {date=cal_day}",
        "do i have a {event_name=event} {date=cal_day}", "what time is my {event_name=event}", "read my calendar",
    ]),
    ("calendar_remove", 10, [
        "cancel my {event_name=event} {date=cal_day}", "delete the {event_name=event} from my calendar",
        "remove {event_name=event} on {date=cal_day}", "cancel the {event_name=event}",
        "delete my {event_name=meet} with {person=person}", "clear my calendar for {date=cal_day}",
        "delete all events on {date=cal_day}",
    ]),
    ("qa_maths", 24, [
        "what is {expr}", "what's {expr}", "how much is {expr}", "calculate {expr}", "{expr}",
        "what does {expr} equal", "can you tell me what {expr} is", "compute {expr}",
    ]),
    ("datetime_query", 18, [
        "what time is it", "what's the time", "tell me the time", "what time is it (now|right now)",
        "what's the time now", "do you know what time it is", "what's the date [date : today]",
        "what is [date : today's] date", "what's the date", "what day is it", "what day is it [date : today]",
        "what day is it [date : tomorrow]", "what's the date [date : tomorrow]", "what date is [date : next friday]",
        "what time is it in {place_name=city}", "what's the time in {place_name=city}", "which day is [date : christmas] this year",
        "what day of the week is [date : the 21st]",
    ]),
    ("weather_query", 18, [
        "what's the weather", "what's the weather like", "what's the weather {date=day}", "weather {date=day}",
        "how's the weather in {place_name=city}", "what's the weather in {place_name=city} {date=day}",
        "is it going to {weather_descriptor=rain} {date=day}", "will it {weather_descriptor=rain} in {place_name=city}",
        "what's the forecast for {date=day}", "how [weather_descriptor : cold] is it outside",
        "is it [weather_descriptor : raining]", "do i need an [weather_descriptor : umbrella] {date=day}",
        "what's the [weather_descriptor : temperature] outside", "how {weather_descriptor=weather_adj} will it be {date=day}",
    ]),
    ("general_joke", 5, ["tell me a joke", "tell me a (funny|good) joke", "make me laugh", "do you know any jokes",
                         "say something funny"]),
    ("general_greet", 5, ["hello", "hi there", "good morning", "hey how are you", "good evening"]),
    ("iot_coffee", 5, ["make me a coffee", "make (some |)coffee", "i need a coffee", "brew some coffee",
                       "make me an {coffee_type=coffee}", "start the coffee machine"]),
    ("iot_cleaning", 5, ["start the vacuum", "vacuum the {house_place=room}", "clean the {house_place=room}",
                         "start the {device_type=vacuum}", "turn on the {device_type=vacuum}"]),
    ("iot_wemo_on", 4, ["turn on the {device_type=plug}", "switch on the {device_type=plug}", "{device_type=plug} on"]),
    ("iot_wemo_off", 4, ["turn off the {device_type=plug}", "switch off the {device_type=plug}", "{device_type=plug} off"]),
    ("play_music", 5, ["play some music", "play some {music_genre=genre}", "play {music_genre=genre}", "put on some music"]),
    ("play_radio", 3, ["play the radio", "turn on the radio", "put the radio on"]),
]

