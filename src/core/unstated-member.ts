// The memory check's question of sets (issue 16, "absent facts answered as absent"; seed concept:
// the memory check, docs/memory-check.md): a request that names one member of a closed set — a day of
// the week, a month, a season, a side of a men's/women's pair, a lettered or numbered point of a list
// ("Point D", "Bay 11") — over a memory quote that lists other members of that set and not the one
// asked asks what the memory does not say. Writers 123–128 asked "Who is down on the kennel rota for
// Sunday of week 22?" of a rota of Monday to Friday, "What was the winning time in the men's race …?"
// of the women's results, "… the first ferry on the winter timetable" of the summer one, "Who is
// marshalling at Point D …?" of Points A to C; the demo model, made to copy a value of the asked kind
// from the quote, answered another member's ("It is Hattie.", "It is 2:58:19."). The engine answers
// them as absent instead.
//
// Each test errs toward "stated": a quote that names the member in any form (a day's or a month's
// short form, "Sat", "Sept"), that spans members ("Mon–Fri", "Monday to Saturday", "weekdays",
// "daily", "Points A–D"), that dates in digits where a month is asked ("02/03/2025"), or that names no
// other member states it, and the model answers. Writers 110 and 131 added a day of a month ("At the
// weigh-in on 24 June …" of "03/06 71.4 kg; 10/06 70.2 kg; 17/06 68.9 kg": two dated others or more in
// any form, read both ways round where digits may be either, and no span of days) and the weekdays or
// the weekend ("When does the record office close on weekdays?" of "shuts at 4pm on Saturdays"; not
// "this weekend", a time). Pure logic over words.

import { FUNCTION_WORDS, MONTHS, MONTH_NAMES, NUMBER_WORDS, WEEKDAYS } from './answer-value-bounds.ts';

/** A member a request names that its quote does not, and the members the quote names instead. */
export interface UnstatedMember {
  asked: string;
  listed: string[];
}

const DAY_SHORT = [['mon'], ['tue', 'tues'], ['wed', 'weds'], ['thu', 'thur', 'thurs'], ['fri'], ['sat'], ['sun']];
const MONTH_SHORT = [
  ['jan'],
  ['feb'],
  ['mar'],
  ['apr'],
  [],
  ['jun'],
  ['jul'],
  ['aug'],
  ['sep', 'sept'],
  ['oct'],
  ['nov'],
  ['dec'],
];

// Words that span the days or the months: any day or month may be meant.
const DAYS_SPANNED =
  /\b(?:weekdays?|weekends?|week-ends?|daily|every day|each day|everyday|seven days|7 days|all week|working days?)\b/i;
const MONTHS_SPANNED = /\b(?:monthly|every month|each month|all year|year-round|year round|annually)\b/i;
// A span between two members: "Mon–Fri", "Monday to Friday", "Jan-Jun", "Points A–D", "Bays 1-12".
const SPAN = /^\s*(?:[-–—]|to|till|until|through|thru)\s*$/i;
// A numeric date, whose month may be any.
const DIGIT_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;

const SEASONS = ['spring', 'summer', 'autumn', 'winter'];
// The sides of a pair: what names each.
const SIDES: ReadonlyArray<readonly [string, RegExp]> = [
  ["men's", /\b(?:men|men['’]s|mens|male|males|boys?|boys['’]|gentlemen|gents)\b/i],
  ["women's", /\b(?:women|women['’]s|womens|female|females|girls?|girls['’]|ladies|ladies['’])\b/i],
];

interface Found {
  at: number;
  end: number;
}

/**
 * Where `text` names each member of `names` (a plural too: "Saturdays"), or one of its short forms in
 * `short` ("Sat", "Sept"); `capitalised`: a day's or a month's name counts only capitalised (not "may",
 * "march"), nor "May" asking leave ("May I …").
 */
function membersIn(
  text: string,
  names: readonly string[],
  short: readonly (readonly string[])[],
  capitalised: boolean,
): Found[][] {
  const out: Found[][] = names.map(() => []);
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    if (capitalised && (!/^\p{Lu}/u.test(m[0]) || /^May\s+(?:I|we|you|they|he|she)\b/u.test(text.slice(m.index!))))
      continue;
    const w = m[0].toLowerCase().replace(/s$/, '');
    const found = { at: m.index!, end: m.index! + m[0].length };
    const full = names.findIndex((n) => n === w || n === m[0].toLowerCase());
    if (full >= 0) out[full]!.push(found);
    else if (/^\p{Lu}/u.test(m[0])) {
      const s = short.findIndex((forms) => forms.includes(m[0].toLowerCase().replace(/\.$/, '')));
      if (s >= 0) out[s]!.push(found);
    }
  }
  return out;
}

/** Does `text` span members between two it names (a dash or "to" between them)? */
function spans(text: string, found: readonly Found[][]): boolean {
  const all = found.flat().sort((a, b) => a.at - b.at);
  return all.some((a, i) => i + 1 < all.length && SPAN.test(text.slice(a.end, all[i + 1]!.at)));
}

/** A closed set's member `request` names and `quote` does not, where `quote` names others and spans none. */
function unstatedOf(
  request: string,
  quote: string,
  names: readonly string[],
  short: readonly (readonly string[])[],
  spanned: RegExp | null,
  capitalised: boolean,
): UnstatedMember | null {
  const asked = membersIn(request, names, [], capitalised)
    .map((f, i) => (f.length > 0 ? i : -1))
    .filter((i) => i >= 0);
  if (asked.length !== 1) return null;
  const inQuote = membersIn(quote, names, short, capitalised);
  const listed = inQuote.map((f, i) => (f.length > 0 ? i : -1)).filter((i) => i >= 0);
  if (listed.length === 0 || listed.includes(asked[0]!)) return null;
  if ((spanned !== null && spanned.test(quote)) || spans(quote, inQuote)) return null;
  const cap = (w: string) => (capitalised ? w[0]!.toUpperCase() + w.slice(1) : w);
  return { asked: cap(names[asked[0]!]!), listed: listed.map((i) => cap(names[i]!)) };
}

// A lettered or numbered point of a list: "Point D", "Bay 11", "Gate B2" (its head word capitalised or
// not, its label a capital letter or a short number).
const LABELLED = /\b(\p{L}{3,})\s+(\p{Lu}\d?|\d{1,3}[A-Za-z]?)(?![\p{L}\p{N}])/gu;

function unstatedLabel(request: string, quote: string): UnstatedMember | null {
  for (const m of request.matchAll(LABELLED)) {
    const head = m[1]!.toLowerCase();
    if (WEEKDAYS.includes(head) || MONTHS.has(head) || FUNCTION_WORDS.has(head) || NUMBER_WORDS.has(head)) continue;
    const label = m[2]!;
    const inQuote = [
      ...quote.matchAll(new RegExp(`\\b${head}s?\\s+(\\p{Lu}\\d?|\\d{1,3}[A-Za-z]?)(?![\\p{L}\\p{N}])`, 'giu')),
    ];
    if (inQuote.length < 2) continue;
    const labels = inQuote.map((q) => q[1]!);
    if (labels.some((l) => l.toLowerCase() === label.toLowerCase())) continue;
    // (a span of them: "Points A–D", "Bays 1-12")
    if (new RegExp(`\\b${head}s?\\s+\\S+\\s*(?:[-–—]|to)\\s*\\S`, 'iu').test(quote)) continue;
    // (the label said otherwise: "Point D" as "D" alone in a table)
    if (new RegExp(`(?<![\\p{L}\\p{N}])${label}(?![\\p{L}\\p{N}])`, 'u').test(quote)) continue;
    const word = m[1]![0]!.toUpperCase() + m[1]!.slice(1);
    return { asked: `${word} ${label}`, listed: labels.map((l) => `${word} ${l}`) };
  }
  return null;
}

// A day of a month in words: "24 June", "24th of June", "June 24", "Jun 24th".
const MONTH_WORD = `(${[...MONTHS].join('|')})\\.?`;
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH_WORD}\\b|\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)`,
  'giu',
);
// A date in digits: "03/06", "17.06.2024", "2024-06-24" (day and month either way round where the year does not lead).
const DIGIT_DAY =
  /(?<![\p{N}/.-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/.](\d{1,2})(?:[/.]\d{2,4})?)(?![\p{N}]|[/.-]\d)/gu;
// Two dates joined as a span ("3–17 June", "3 June to 30 June", "from 01/06 until 30/06") hold the days between.
const DATE_SPAN =
  /\d(?:st|nd|rd|th)?\s*(?:[-–—]|to|till|until|through|thru)\s*\d|\b(?:between|from)\s+\d|\b(?:every|each)\b/i;
const monthIndex = (word: string) => {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES.findIndex((m) => m === w || m.startsWith(w.slice(0, 3)));
};
interface DayOfMonth {
  day: number;
  month: number;
}
/** The days of months `text` writes: in words (one reading) and in digits (both readings of "03/06"). */
function daysIn(text: string, digits: boolean): DayOfMonth[][] {
  const out: DayOfMonth[][] = [];
  for (const m of text.matchAll(DAY_MONTH)) {
    const day = Number(m[1] ?? m[4]);
    const month = monthIndex(m[2] ?? m[3]!);
    if (day >= 1 && day <= 31 && month >= 0) out.push([{ day, month }]);
  }
  if (!digits) return out;
  for (const m of text.matchAll(DIGIT_DAY)) {
    const [a, b] = m[1] !== undefined ? [Number(m[3]), Number(m[2])] : [Number(m[4]), Number(m[5])];
    const readings = (
      m[1] !== undefined
        ? [[a, b]]
        : [
            [a, b],
            [b, a],
          ]
    )
      .filter(([d, mo]) => d! >= 1 && d! <= 31 && mo! >= 1 && mo! <= 12)
      .map(([d, mo]) => ({ day: d!, month: mo! - 1 }));
    if (readings.length > 0) out.push(readings);
  }
  return out;
}
const dayName = ({ day, month }: DayOfMonth) => {
  const name = MONTH_NAMES[month]!;
  return `${day} ${name[0]!.toUpperCase()}${name.slice(1)}`;
};

/**
 * A day of a month the request names ("At the weigh-in on 24 June …") over a quote that dates two
 * others or more in any form and not it, spanning none ("Weekly weights: 03/06 71.4 kg; 10/06 …").
 */
function unstatedDay(request: string, quote: string): UnstatedMember | null {
  const asked = daysIn(request, false);
  if (asked.length !== 1) return null;
  const want = asked[0]![0]!;
  if (DATE_SPAN.test(quote)) return null;
  const dated = daysIn(quote, true);
  if (dated.some((rs) => rs.some((r) => r.day === want.day && r.month === want.month))) return null;
  const listed = [...new Set(dated.map((rs) => dayName(rs[0]!)))];
  return listed.length >= 2 ? { asked: dayName(want), listed } : null;
}

// The weekdays or the weekend asked as one ("When does the record office close on weekdays?").
const DAY_GROUPS: ReadonlyArray<readonly [string, RegExp, readonly number[]]> = [
  ['weekdays', /\bweek-?days?\b/i, [0, 1, 2, 3, 4]],
  ['the weekend', /\bweek-?ends?\b/i, [5, 6]],
];

/** The weekdays or the weekend a request asks over a quote that names days only of the other part of the week. */
function unstatedDayGroup(request: string, quote: string): UnstatedMember | null {
  const asked = DAY_GROUPS.filter(([, re]) => re.test(request));
  if (asked.length !== 1 || membersIn(request, WEEKDAYS, [], true).some((f) => f.length > 0)) return null;
  // (a weekend named as a time, not as days: "What cheese is Farid using this weekend?")
  if (/\b(?:this|next|last|that|the coming|over the)\s+week-?end\b/i.test(request)) return null;
  const days = asked[0]![2];
  const inQuote = membersIn(quote, WEEKDAYS, DAY_SHORT, true);
  const listed = inQuote.map((f, i) => (f.length > 0 ? i : -1)).filter((i) => i >= 0);
  if (listed.length === 0 || listed.some((i) => days.includes(i))) return null;
  if (DAYS_SPANNED.test(quote) || spans(quote, inQuote)) return null;
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  return { asked: asked[0]![0], listed: listed.map((i) => cap(WEEKDAYS[i]!)) };
}

function unstatedSide(request: string, quote: string): UnstatedMember | null {
  const asked = SIDES.filter(([, re]) => re.test(request));
  if (asked.length !== 1) return null;
  const listed = SIDES.filter(([, re]) => re.test(quote));
  if (listed.length !== 1 || listed[0] === asked[0]) return null;
  return { asked: asked[0]![0], listed: [listed[0]![0]] };
}

/**
 * The reply to `request` when it names a member of a closed set that its memory `quote` lists others
 * of and not it, else null. `names`: the request's names the memory holds, which the reply mentions.
 */
export function unstatedMemberReply(request: string, quote: string, names: readonly string[]): string | null {
  const member = quote.trim() === '' ? null : unstatedMember(request, quote);
  if (member === null) return null;
  const about = names.length > 0 ? names.map((n) => `“${n}”`).join(' and ') : 'what you asked about';
  return `I don't know: what I was given mentions ${about} but says nothing of ${member.asked} (only ${member.listed.join(', ')}).`;
}

/** The member of a closed set `request` names that `quote` does not (it names others), or null. */
export function unstatedMember(request: string, quote: string): UnstatedMember | null {
  return (
    unstatedOf(request, quote, WEEKDAYS, DAY_SHORT, DAYS_SPANNED, true) ??
    unstatedDayGroup(request, quote) ??
    (DIGIT_DATE.test(quote) ? null : unstatedOf(request, quote, MONTH_NAMES, MONTH_SHORT, MONTHS_SPANNED, true)) ??
    unstatedOf(request, quote, SEASONS, [], null, false) ??
    unstatedSide(request, quote) ??
    unstatedLabel(request, quote) ??
    unstatedDay(request, quote)
  );
}
