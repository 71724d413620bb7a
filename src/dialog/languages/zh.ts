/** Chinese (simplified and traditional spellings). Written without spaces. */
import { digitizeCjk } from './cjk.ts';
import { before, H, itemPattern as p, n } from './shared.ts';
import { KNOWN_ITEMS } from './items/zh.ts';
import type { LanguagePack } from './types.ts';

export const zh: LanguagePack = {
  code: 'zh',
  unspaced: true,
  numbers: { digitize: digitizeCjk },
  clock: {
    am: ['上午', '早上', '早晨', '凌晨', '清晨', '早'],
    pm: ['下午', '傍晚'],
    night: ['晚上', '夜里', '夜裡', '晚'],
    midday: ['中午'],
    noon: ['中午', '正午'],
    midnight: ['午夜', '半夜'],
    rules: [
      [new RegExp(`${H}[点點]半`), (m) => [n(m[1]), 30]],
      [new RegExp(`${H}[点點]1刻`), (m) => [n(m[1]), 15]],
      [new RegExp(`${H}[点點]3刻`), (m) => [n(m[1]), 45]],
      [new RegExp(`差${H}分${H}[点點]`), (m) => [before(n(m[2])), 60 - n(m[1])]],
      [new RegExp(`差1刻${H}[点點]`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H}[点點]差1刻`), (m) => [before(n(m[1])), 45]],
      [new RegExp(`${H}[点點]${H}分?`), (m) => [n(m[1]), n(m[2])]],
      [new RegExp(`${H}[点點]`), (m) => [n(m[1]), 0]],
    ],
  },
  dates: {
    relative: { 今天: 0, 今晚: 0, 明天: 1, 明日: 1, 后天: 2, 後天: 2, 第二天: 1, 下一天: 1, 昨天: -1 },
    weekdays: ['星期日|星期天|周日|周天|礼拜天|禮拜天|週日', '星期一|周一|礼拜一|週一', '星期二|周二|礼拜二|週二', '星期三|周三|礼拜三|週三', '星期四|周四|礼拜四|週四', '星期五|周五|礼拜五|週五', '星期六|周六|礼拜六|週六'],
    months: [],
    next: ['下个', '下個', '下周', '下週', '下星期'],
    inDays: /(?<!\d)(\d+)天[后後]/,
    monthDay: /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})(?:[日号號]|$)/,
    monthMark: /\d月/,
    dayOfMonth: /(\d{1,2})[日号號]/,
  },
  durations: {
    units: ['秒钟?|秒鐘?', '分钟|分鐘|分', '个?小时|個?小時|个?钟头'],
    halves: [[/(?<![\d.])(\d+)分半/, 60]],
    fixed: [[/3刻[钟鐘]/, 2700], [/刻[钟鐘]/, 900], [/半(?:个|個)?小[时時]/, 1800]],
    andHalf: /(?<![\d.])(\d+)(?:个|個)?半小[时時]/,
  },
  cues: {
    timerWords: ['计时', '定时', '計時', '倒计时', '倒數'],
    alarmVerbs: { set: ['设', '設', '叫醒'], remove: ['删', '刪', '取消', '关掉', '關掉', '关闭', '關閉', '去掉', '移除', '重设', '重設', '不要叫醒'] },
    alarmWords: ['闹钟', '鬧鐘'],
    wakeWords: ['叫我起床', '叫醒', '起床'],
    clockWords: /[点點](?!心)/,
    timerAfter: /^\s*(?:之?后|以后|後)/,
  },
  colours: {
    red: '红|紅', orange: '橙|橘', yellow: '黄|黃', green: '绿|綠', blue: '蓝|藍', purple: '紫|薰衣草', pink: '粉红|粉紅|粉', white: '白',
    warm: '暖|温暖', cool: '冷',
  },
  colourMatch: 'substring',
  lists: {
    nameWords: [/的?(?:清单|清單|列表)$/],
    add: [p('(?:把|将|將)', '(.+?)(?:加到|加入|添加到|放到|放进|加进|加在)', ''),
      // Without 把: "卫生纸和牙膏加到购物清单上", the items open the sentence.
      p('^', '(?!请|帮我|我)(.+?)(?:加到|加入|添加到|放到|放进|加进|加在)', ''),
      p('(?:添加|加上)', '(.+)$', '')],
    remove: [p('(?:把|将|將)', '(.+?)(?:从|從)', ''), p('(?:删除|删掉|去掉|移除)', '(.+)$', '')],
    placeholders: ['东西', '東西', '一些东西', '一样东西', '点东西', '一项', '一項'],
    // 和/跟/与 between two nouns (苹果和梨), not at a word's edge (和牛).
    separators: /、|,|，|(?<=\S)[和跟与與](?=\S)/,
    knownItems: KNOWN_ITEMS,
    create: ['新建', '创建', '建立'],
  },
  maths: {
    fromForms: [[/从\s*(\d+(?:\.\d+)?)\s*(?:里|中)?\s*(?:减去|减掉|减|拿走)\s*(\d+(?:\.\d+)?)/, '$1 - $2']],
    ask: ['等于多少', '等于几', '等于', '是多少', '是几', '多少', '几', '算一下', '计算', '请问', '是'],
    operators: [['加上', '+'], ['加', '+'], ['减去', '-'], ['减', '-'], ['減', '-'], ['乘以', '*'], ['乘', '*'], ['除以', '/']],
    brackets: [['左括号', '('], ['右括号', ')'], ['左括號', '('], ['右括號', ')'], ['左小括号', '('], ['右小括号', ')']],
    percentAfter: [],
    percentBefore: '百分之',
    baseFirst: '的',
  },
  cancel: ['取消', '算了'],
  dateQuestion: ['日期', '几号', '幾號', '星期几'],
  lightNouns: ['灯', '燈', '灯光', '燈光'],
  lightOn: ['开', '開', '点亮', '點亮'],
  lightOff: ['关', '關', '熄'],
  // Phrases that ask for the time now (repair/datetime.ts).
  timeNow: ['几点', '幾點', '什么时间', '什麼時間', '现在时间'],
  timeNowOnly: ['现在几点', '現在幾點', '现在是几点', '现在什么时间'],
  brightness: { brighter: ['调亮', '亮一点', '亮一些', '更亮', '調亮'], dimmer: ['调暗', '暗一点', '暗一些', '更暗', '調暗', '关小', '關小'] },
  pause: ['暂停', '停止', '停', '别放了', '别播了', '关掉音乐', '关了音乐', '關掉音樂'],
  resume: ['继续', '繼續', '接着放', '接着播', '接著放'],
  volume: {
    louder: ['大声', '大一点', '大点', '调大', '开大', '音量加大', '增大音量', '提高音量', '音量调高', '调高音量', '声音大', '音量大', '响一点'],
    quieter: ['小声', '小一点', '小点', '调小', '关小', '音量减小', '减小音量', '降低音量', '音量调低', '调低音量', '声音小', '音量小', '轻一点'],
    mute: ['静音', '关掉声音', '关闭声音'],
    nouns: ['音量', '声音'],
    to: ['到', '为', '成'],
    aBit: ['一点点', '一点儿', '一点', '一些', '一下', '一點'],
  },
  media: { nouns: ['音乐', '歌', '曲子', '播客', '电台', '有声书'], next: ['下一首', '下一曲', '切歌', '换一首'] },
  thanks: ['谢谢', '謝謝'],
  /** The words around a calendar event's title (skills/calendar.ts reads them). */
  events: {
    lead: '(?:请|帮我|给我)?(?:把|添加|安排|加上|加个|记下|设|预约)',
    trail: '(?:加到|添加到|放到|记到)?(?:我的)?(?:日历|日程)?(?:里|上|中)?',
    calendar: '(?:在|到)?(?:我的)?(?:日历|日程表)(?:上|里|中)?',
    glue: ['在', '的', '和', '跟', '是', '点', '分', '半'],
  },
};
