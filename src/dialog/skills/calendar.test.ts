/** Calendar events: the day and time read from the whole request, the title is what remains. */
import { describe, expect, it } from 'vitest';
import { testDialog, understood as u } from '../../../testing/dialog.ts';

async function added(text: string, slots: [string, string][], locale = 'en-US') {
  const { dialog } = testDialog();
  await dialog.handle(u('calendar_set', text, slots, locale));
  return dialog.state.getState().events[0];
}

describe('calendar titles and times', () => {
  it('takes the time the NLU cut or filed as the title out of it', async () => {
    const ev = await added('add physio monday at 5 15 pm', [['event_name', 'physio'], ['date', 'monday'], ['event_name', '5 15 pm']]);
    expect(ev).toMatchObject({ title: 'physio', time: '17:15' });
  });

  it('a part of the day alone ("friday evening") gives an event without a clock time, not a question', async () => {
    const ev = await added('plan drinks with sara on friday evening', [['event_name', 'drinks'], ['person', 'sara'], ['date', 'friday'], ['timeofday', 'evening']]);
    expect(ev).toBeDefined();
    expect(ev?.time).toBeUndefined();
    expect(ev?.title).not.toContain('evening');
  });

  it('keeps the whole title when the NLU tags only part of it', async () => {
    const ev = await added('book a call with the bank tomorrow at nine am', [['event_name', 'call'], ['date', 'tomorrow'], ['time', 'nine am']]);
    expect(ev).toMatchObject({ title: 'call with the bank', time: '09:00' });
  });

  it('reads the time from the whole text when no slot holds it, and drops "on my calendar"', async () => {
    const ev = await added('put dinner with sam on my calendar for saturday at 7 45', [['meal_type', 'dinner'], ['person', 'sam'], ['date', 'saturday'], ['person', '7 45']]);
    expect(ev).toMatchObject({ title: 'dinner with sam', time: '19:45' });
  });

  it('works in German with a trailing separable verb', async () => {
    const ev = await added('trag friseur am montag um 9 uhr 15 ein', [['event_name', 'friseur'], ['date', 'montag']], 'de-DE');
    expect(ev).toMatchObject({ title: 'friseur', time: '09:15' });
  });

  it('works in Japanese without spaces', async () => {
    const ev = await added('月曜日の午前9時に会議を入れて', [['date', '月曜日'], ['event_name', '会議']], 'ja-JP');
    expect(ev).toMatchObject({ title: '会議', time: '09:00' });
  });

  it('takes the period from a day word that names the part of the day too', async () => {
    const nl = await added('zet morgenavond om negen uur borrel met tom in mijn agenda', [['date', 'morgenavond'], ['time', 'negen uur'], ['event_name', 'borrel']], 'nl-NL');
    const day = (ahead: number) => { const d = new Date(); d.setDate(d.getDate() + ahead); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };
    expect(nl).toMatchObject({ date: day(1), time: '21:00' });
    expect(nl?.title).toContain('borrel');
    const en = await added('add book club tonight at eight', [['event_name', 'book club'], ['date', 'tonight'], ['time', 'eight']]);
    expect(en).toMatchObject({ date: day(0), time: '20:00', title: 'book club' });
    // A day word without a period leaves the clock as said.
    const plain = await added('zet morgen om negen uur tandarts in de agenda', [['date', 'morgen'], ['time', 'negen uur'], ['event_name', 'tandarts']], 'nl-NL');
    expect(plain?.time).toBe('09:00');
  });

  it('takes the whole time slot out of the title when it reads as the time, not only the words the reading needs', async () => {
    // Without an event_name slot the title is what remains; the whole text's time span is only "ათ"
    // (ten), where the slot holds "ten hours and thirty minutes".
    const ev = await added('ჩაწერე შეხვედრა გიორგისთან ზეგ ათ საათსა და ოცდაათ წუთზე', [['person', 'შეხვედრა გიორგისთან'], ['date', 'ზეგ'], ['time', 'ათ საათსა და ოცდაათ წუთზე']], 'ka-GE');
    expect(ev).toMatchObject({ time: '10:30' });
    expect(ev?.title).toContain('შეხვედრა გიორგისთან');
    expect(ev?.title).not.toMatch(/საათსა|ოცდაათ|წუთზე/);
  });

  it('keeps an event without a time timeless', async () => {
    const ev = await added('add team lunch on friday', [['event_name', 'team lunch'], ['date', 'friday']]);
    expect(ev?.title).toBe('team lunch');
    expect(ev?.time).toBeUndefined();
  });
});

describe('calendar days from the whole text', () => {
  it('a bare number is no day: the day is asked for', async () => {
    const { dialog } = testDialog();
    const turn = await dialog.handle(u('calendar_set', 'seven hours', [['time', 'seven hours']]));
    expect(turn.reply.key).toBe('askEventDate');
  });
});

describe('calendar events in languages without a pack', () => {
  // Monday 16 March 2026, 09:00: Wednesday is the 18th, Friday the 20th.
  const addedOn = async (text: string, slots: [string, string][], locale: string) => {
    const { dialog } = testDialog({ now: () => new Date(2026, 2, 16, 9, 0) });
    await dialog.handle(u('calendar_set', text, slots, locale));
    return dialog.state.getState().events[0];
  };

  it.each<[string, string, [string, string][], string, string, string]>([
    ['sv-SE', 'lägg till frisörtid på fredag klockan 15', [['event_name', 'frisörtid'], ['date', 'fredag'], ['time', '15']], 'frisörtid', '2026-03-20', '15:00'],
    ['vi-VN', 'thêm lịch họp vào thứ sáu lúc ba giờ chiều', [['event_name', 'họp'], ['date', 'thứ sáu'], ['time', 'ba giờ chiều']], 'họp', '2026-03-20', '15:00'],
    [
      'he-IL',
      'תקבע פגישה עם רופא השיניים ביום רביעי בשלוש אחרי הצהריים',
      [['event_name', 'פגישה'], ['person', 'רופא השיניים'], ['date', 'ביום רביעי'], ['time', 'בשלוש אחרי הצהריים']],
      'פגישה עם רופא השיניים',
      '2026-03-18',
      '15:00',
    ],
    // A meal names the event too, with whom it is eaten (before: the request less its day and time, "klockan" left in).
    ['sv-SE', 'boka middag med erik på fredag klockan sju', [['meal_type', 'middag'], ['person', 'erik'], ['date', 'fredag'], ['time', 'sju']], 'middag med erik', '2026-03-20', '19:00'],
    // A "person" the NLU found inside the time said ("sfert" of "la unu și un sfert") is no part of the title.
    ['ro-RO', 'pune în calendar vineri la trei și un sfert cina cu ana', [['date', 'vineri'], ['time', 'trei și un'], ['person', 'sfert'], ['meal_type', 'cina'], ['person', 'ana']], 'cina cu ana', '2026-03-20', '15:15'],
    // Minutes before the hour the slot holds ("korter í" of "korter í tvö", a quarter to two, the slot "tvö").
    ['is-IS', 'bókaðu fund á föstudaginn korter í tvö', [['event_name', 'fund'], ['date', 'föstudaginn'], ['time', 'tvö']], 'fund', '2026-03-20', '13:45'],
    // Thai: the day and the time inside one unspaced chunk; the title is the rest.
    ['th-TH', 'นัดทำฟันวันศุกร์บ่ายสามโมง', [['event_name', 'ทำฟัน']], 'ทำฟัน', '2026-03-20', '15:00'],
  ])('%s "%s": the NLU\'s event name (and whom it is with) is the title', async (locale, text, slots, title, date, time) => {
    const ev = await addedOn(text, slots, locale);
    expect(ev).toMatchObject({ title, date, time });
  });
});
