// Abbreviations (issue 16, "recall that does not care about wording"; answer copy's readers —
// src/core/answer-table.ts `sameStem`): a record writes a label short ("Ref 88213-K", "Qty: 4",
// "Tel. 01632 960 114", "Appt 10:40", "DOB 3/4/81") and a request says the word in full ("what
// reference did the combi oven people give Dad?"). A stem shared by four letters matches "temp" and
// "temperature" already; these are the common short forms whose letters do not: each names the
// word it stands for. Short words that are also ordinary words ("no", "min", "cap") are left out.
// Pure logic.

const SHORT_FORMS: Readonly<Record<string, string>> = {
  ref: 'reference',
  refs: 'references',
  tel: 'telephone',
  ph: 'phone',
  mob: 'mobile',
  qty: 'quantity',
  amt: 'amount',
  acct: 'account',
  acc: 'account',
  addr: 'address',
  mgr: 'manager',
  dept: 'department',
  reg: 'registration',
  appt: 'appointment',
  approx: 'approximately',
  num: 'number',
  pwd: 'password',
  pw: 'password',
  dob: 'birth',
  inv: 'invoice',
  ext: 'extension',
  hrs: 'hours',
  hr: 'hour',
  mins: 'minutes',
  yr: 'year',
  yrs: 'years',
  wk: 'week',
  avg: 'average',
  max: 'maximum',
  vol: 'volume',
  loc: 'location',
  pkg: 'package',
  cfg: 'configuration',
  env: 'environment',
  db: 'database',
  ver: 'version',
  dia: 'diameter',
  ht: 'height',
  wt: 'weight',
  qtr: 'quarter',
  mfr: 'manufacturer',
  dr: 'doctor',
  est: 'estimated',
  bal: 'balance',
  pmt: 'payment',
  admin: 'administrator',
  info: 'information',
  id: 'identifier',
  ids: 'identifiers',
  // (a rota's weekdays: "Thu: Bea Kowalczyk" of "on Thursday"; not months: "Period Jan-Jun 2024" then drew
  // "Between January and June …" to its year)
  mon: 'monday',
  tue: 'tuesday',
  tues: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  thur: 'thursday',
  thurs: 'thursday',
  fri: 'friday',
};

/** The word (lower case) a short form stands for ("ref" → "reference"), or null. */
export function fullForm(word: string): string | null {
  return Object.hasOwn(SHORT_FORMS, word) ? SHORT_FORMS[word]! : null;
}

/** The short forms (lower case) of `word` ("extension" → ["ext"]), its plural's too: a request's own word in a label's spelling. */
export function shortFormsOf(word: string): string[] {
  return Object.keys(SHORT_FORMS).filter((k) => {
    const full = SHORT_FORMS[k]!;
    return full === word || `${full}s` === word || full === `${word}s`;
  });
}
