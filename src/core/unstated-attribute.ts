// The memory check's question of attributes with a shape of their own (issue 16, "absent facts
// answered as absent"; seed concept: the memory check, docs/memory-check.md). Some attributes are
// written only in their own shape or under their own name: a MAC address ("3c:22:fb:…"), a host's
// name ("pg-replica-03.kestrel.internal"), a vehicle's plate ("KX19 RTU"), a date of birth ("born",
// "DOB"), a version ("3.8.2", "v20"), a licence key ("KX4T-99QA-…"), a fax number ("Fax: …"), a
// power ("110 hp"), a computer's memory ("512Mi", "2 GB"). A request that asks one over a memory
// quote that neither names it nor writes anything of its shape asks what the memory does not say:
// writers 129–140 asked "The MAC address of the lv-db-02 server is" of an inventory line giving its
// IP, "The hostname of the departure control server is" of a client's config, "The registration
// plate of the orange follow-me van is" of a text naming the van "FM2", "The date of birth recorded
// for Gwen Althorpe is" of her pass's expiry, "What licence key does the office use …?" of a pip
// command, "What is the fax number for Hollins Pharmacy?" of its phone; the demo model, made to
// copy a value of the asked kind from the quote, copied the nearest one ("It is 2.14.7."). The
// engine answers them as absent instead.
//
// Each test errs toward "stated": the attribute's own word or a short form of it anywhere in the
// quote ("fax", "host", "reg", "born", "firmware", "key", "RAM"), or any value of its shape, counts.
// Pure logic over text.

interface Attribute {
  /** what the reply calls it */
  name: string;
  /** the request asks it */
  asked: RegExp;
  /** the quote names it or writes a value of its shape */
  stated: (quote: string) => boolean;
}

// Any of these words in the quote names the attribute.
const says = (re: RegExp) => (quote: string) => re.test(quote);

// A vehicle's plate asked: "the number plate", "the car's registration" (not a company's registration number).
const PLATE_ASKED =
  /\b(?:number|licen[cs]e|registration|reg)[ -]?plates?\b|\bplate number\b|\b(?:car|van|vehicle|coach|bus|lorry|truck|trailer|taxi|motorbike|motorcycle|minibus)(?:['’]s)? (?:registration|reg)\b/i;
// A plate: one run of capitals and digits (a space or a dash may split it) with both, five to eight of them ("KX19 RTU", "7ABC123", "B-MW 1234").
// (not a clock time's hour: "[SMS 21:07]")
const PLATE_RUN = /(?<![\p{L}\p{N}])[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,4}){1,2}(?![\p{L}\p{N}]|[:.]\d)/gu;
// (one match at a time, with no state between calls)
const PLATE_AT = new RegExp(PLATE_RUN.source, 'u');
const plateRun = (run: string) => {
  const letters = run.replace(/[ -]/g, '');
  return letters.length >= 5 && letters.length <= 8 && /\d/.test(letters) && /[A-Z]/.test(letters);
};
const platesIn = (quote: string) => [...quote.matchAll(PLATE_RUN)].some((m) => plateRun(m[0]));

/** Is a vehicle's plate written at `q` of `source` ("KX19 TFE", "7ABC123")? */
export function plateAt(source: string, q: number): boolean {
  if (q > 0 && /[\p{L}\p{N}]/u.test(source[q - 1]!)) return false;
  const m = PLATE_AT.exec(source.slice(q, q + 12));
  return m !== null && m.index === 0 && plateRun(m[0]);
}

/** Does `request` ask a vehicle's plate? */
export const asksPlate = (request: string) => PLATE_ASKED.test(request);

// A host's name: a lower-case name with a dash or a dot and a digit ("lv-db-02", "web01.dc2"), or a dotted
// one that is no file's name ("kestrel.internal", not "dcs_config.py").
const FILE_EXTENSION =
  /\.(?:py|js|ts|tsx|jsx|json|ya?ml|toml|ini|cfg|conf|txt|md|csv|tsv|log|sh|bat|ps1|html?|css|xml|sql|pdf|docx?|xlsx?|pptx?|png|jpe?g|gif|svg|zip|gz|tar|exe|dll|so|rb|go|rs|java|c|h|cpp|php|lock|env|bak)$/i;
const hostsIn = (quote: string) =>
  [...quote.matchAll(/(?<![\p{L}\p{N}_.-])[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+(?![\p{L}\p{N}_-])/gu)].some(
    (m) => (/\d/.test(m[0]) && /-/.test(m[0])) || (m[0].includes('.') && !FILE_EXTENSION.test(m[0])),
  );

const ATTRIBUTES: readonly Attribute[] = [
  {
    name: 'MAC address',
    asked: /\bMAC(?:[ -]address)?\b/,
    stated: (q) =>
      /\bMAC\b|\bhardware address\b|\bether\b/i.test(q) || /\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b/.test(q),
  },
  {
    name: 'host name',
    asked: /\bhost ?names?\b|\bFQDN\b/i,
    stated: (q) => /\bhosts?\b|\bhostnames?\b|\bfqdn\b|\bserver\s*[:=]/i.test(q) || hostsIn(q),
  },
  {
    name: 'registration plate',
    asked: PLATE_ASKED,
    stated: (q) => /\b(?:reg|regn|registration|plates?|VRN|VRM)\b/i.test(q) || platesIn(q),
  },
  {
    name: 'date of birth',
    // (asked a date: "Dob" may be a telescope, "birthday lunch" a place's)
    asked:
      /\b(?:[Dd]ate of birth|[Bb]irth ?date|DOB|D\.O\.B)\b|\b(?:[Ww]hen|[Ww]hat date|[Ww]hich day)\b[^?]*\b(?:born|birthday)\b/,
    stated: says(/birth|born|\bnée\b|\bDOB\b|d\.o\.b|\bturn(?:s|ed)?\b|\baged?\b|\byears? old\b|\byo\b/i),
  },
  {
    name: 'version',
    // (not "the signed paper version of the certificate", nor "the billing software" by its name)
    asked: /\bfirmware\b|\bversion(?:s| number)?\b(?!\s+of\b)/i,
    stated: (q) =>
      /\b(?:versions?|ver|firmware|fw|software|release[sd]?|build|rev(?:ision)?|edition|update[sd]?|patch(?:ed)?)\b/i.test(
        q,
      ) || /\d\.\d|\bv\d/i.test(q),
  },
  {
    name: 'licence key',
    asked: /\b(?:licen[cs]e|product|activation|serial|registration|software|api|access) keys?\b/i,
    stated: (q) =>
      /\bkeys?\b|licen[cs]|activat|serial|token/i.test(q) || /\b[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){2,}\b/.test(q),
  },
  {
    name: 'fax number',
    asked: /\bfax\b/i,
    stated: says(/\bfax|\bf(?:ax)?\s*[:.]\s*[+(]?\d/i),
  },
  {
    name: 'power',
    asked: /\bhorse ?power\b|\bbhp\b|\bwattage\b|\bhow powerful\b|\bpower (?:output|rating)\b/i,
    stated: (q) =>
      /\b(?:power|horse ?power|output|rated|wattage)\b/i.test(q) ||
      /\d\s?(?:hp|bhp|ps|kw|mw|w|watts?|kilowatts?)(?![\p{L}\p{N}])/iu.test(q),
  },
  {
    name: 'memory size',
    asked:
      /\b(?:how much|amount of|what) (?:memory|RAM|disk space|storage)\b|\b(?:memory|RAM|storage) (?:limit|allowance|size|capacity)\b/i,
    stated: (q) =>
      /mem|\bram\b|storage|disk|heap|capacity/i.test(q) || /\d\s?(?:[kmgtp]i?b?|bytes?)(?![\p{L}\p{N}])/iu.test(q),
  },
];

/** The attribute of a shape of its own that `request` asks and `quote` neither names nor writes, or null. */
export function unstatedAttribute(request: string, quote: string): string | null {
  for (const a of ATTRIBUTES) if (a.asked.test(request)) return a.stated(quote) ? null : a.name;
  return null;
}
