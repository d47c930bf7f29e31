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
// other member states it, and the model answers. Pure logic over words.

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
    (DIGIT_DATE.test(quote) ? null : unstatedOf(request, quote, MONTH_NAMES, MONTH_SHORT, MONTHS_SPANNED, true)) ??
    unstatedOf(request, quote, SEASONS, [], null, false) ??
    unstatedSide(request, quote) ??
    unstatedLabel(request, quote)
  );
}
