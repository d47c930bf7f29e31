// The kind of value a request asks for (issue 16, answer copy — src/core/answer-copy.ts), read
// from the question words English asks it with, as extractive readers type their answers: "Who …"
// asks for a name, "… e-mail …" or "… URL …" for an address, "When …", "What time …" for a date
// or time, "How many …", "Which version …", "… number …" for a count, "… code …", "… ID …" for a
// code (a word with a digit: "A4M38", not the "log" of "A4M38 recorded as project code for Poaskoa
// (log)"), "… called?", "the name of …" for a name — of the names, the one a naming word introduces
// ("a spaniel named Brisket", not the "Uppercross" before it); "What time …", "… leaves at" for a
// clock time ("14:40", not the "9 Oct" beside it); "What colour …" for a colour word and the words
// that qualify it ("deep saffron yellow"); a completion that opens with a quantity or a person's
// role ("The number of fans who …", "The technician looking after … is") or ends on one ("… once
// every", "… comes to EUR"). A name is no sentence's opener ("Please"), no heading's capitals
// ("REPAIR") and no weekday; a count is no date. Answer copy then opens a
// value only at a word of that kind, when the source holds one (a date may open with a month's
// name, a count may not: "How many brace did Charles shoot?" is not "It is September." of "… on the
// first of September"): the demo model, free to start anywhere in the quoted sentence,
// answered "It is Please." for `"Please bump the minimum to v20.11 …"`, "It is Maintainer." for
// `// Maintainer of this module: Ingrid Solvang (ingrid.solvang@example.org)` and "It is called."
// for "… hired from a man called Tobias Wren". A request of no kind (most: "What is the motto …")
// leaves every start open. Where: "Where …", "In which city …" (`asksWhere`, `placeStarts`).
// Writers who never saw these rules (training/recall/guard.py OTHER4–6) added: a number that
// identifies a thing is a code, letters and all ("the plate number" → "YK19 WZT"), a carrier's or
// a currency's code is copied whole ("VY 7314", "CHF 236.40"), "how many / how much" ask a count
// whatever date word follows ("… this year?"), "when" a date as dates are written ("2003-09-02",
// not the "312" beside it); which quantity a count asks (a price, a duration): answer-quantity.ts.
// Writers 6–9 added: the kind is read in the question's own clause ("What colour does the screen show
// | when a replica is behind?" asks a colour, not a date), "how old / long / tall …" ask a count
// before any date word, "which firm / dentist / brig" a name. Writers 11 and 14 added: any
// "address" asks one — an e-mail's, a web page's, a server's ("10.4.7.19:5672") or a street's
// ("3 Mill Lane", not the "9:30" beside it) —, "the cell number" identifies, and an abbreviation
// ("Review on PR #2291 by Priya Raman") is no name. Writers 1–38's misses, sorted by the grammar's
// step that lost the answer (docs/memory-check.md, "What a question asks about"), added: the scene an
// opening phrase sets before a comma is not what is asked ("When VAN-117 had its brake job, the
// mileage recorded was"), "What/Which" asks about the words after it ("What ticket tier … for the KV
// 318 flight?" asks no flight's code), a relative "whose" or "anyone who" asks no name, "where" no
// count or date, "each year" no date, a completion's last words how long ("… ran for"), how many
// ("… came to", "… held about", "… an altitude of") or who ("… chaired by"). The sixteenth session's
// trace of writers 1–92's answers at no opening added: any thing's number is a label ("the reservation
// number", "the job number"), a number that names a thing asks nothing ("incubator number three", "bug
// #88217"), what a request asks to be told says its kind ("Can you tell me the ID of the warden who
// …?" asks a code, not who), a question's clause stays a question, a completion may end on a code's
// word ("… mention the code", "… drawn from batch"), capitals joined by a hyphen are a code
// ("WED-PARRISH"), a clock time may be said in words ("a quarter before six"). Writers 123–128 added: an
// e-mail asked as the way to reach someone ("… by email?", "… can be e-mailed at", "… you write to"), a
// moment ("At what exact moment …", "… was logged at": a log's time stamp), "for the first time" (an
// occasion, no hour), a network's key (a password), "tips the scales at" (a weight), "was fixed for" (a
// date); a pronoun's "one" counts nothing, "10 boxes" is no code, "n.o.s." no identifier; asked no
// weekday, a weekday naming a meeting is no date beside one. Writers 1–182's requests that asked no kind
// added: where nothing else says one, a verb does (answer-verb-kind.ts) — something happening "at" asks
// the hour ("… kicks off at"), a message sent "to" an address ("… send it to", "… her mailbox is"), what
// was paid, charged or spent a sum ("What did Hollis & Sons charge me …?"). Pure logic over words.

import { asksPlate } from './unstated-attribute.ts';
import {
  CURRENCY_CODES,
  FUNCTION_WORDS,
  MONTHS,
  NUMBER_WORDS,
  STREET_AT,
  WEEKDAYS,
  WEEKDAYS_SHORT,
} from './answer-value-bounds.ts';
import { articleQuantityAt } from './answer-quantity.ts';
import { verbKind } from './answer-verb-kind.ts';

export type AnswerKind = 'name' | 'address' | 'time' | 'date' | 'count' | 'code' | 'colour';

// (not a relative "who" after a plural: "The number of fans who turned up …")
// (nor one after an indefinite pronoun: "Anyone who found the terrier was asked to return him to")
const NAME =
  /(?<!\p{L}s\s)(?<!\b(?:anyone|anybody|someone|somebody|everyone|everybody|whoever|those|one)\s)\b(?:who|whom|whose)\b/iu;
// In a completion (no question mark), "who" or "whose" after a word opens a relative clause about
// that word, not a question ("The one sample whose gel lane didn't look clean was"); the person it
// may ask for is the completion's own subject ("The technician who …": OPENS_WITH_PERSON).
const RELATIVE_NAME = /[\p{L}\p{N}]\s+(?:who|whom|whose)\b/iu;
/** Does `request` ask who: a question's "who/whom/whose", or a completion's first word — not its relative clause? */
const asksWho = (request: string) =>
  NAME.test(request) &&
  (request.includes('?') || /^\s*(?:who|whom|whose)\b/i.test(request) || !RELATIVE_NAME.test(request));
const OPENS_WITH_WHO =
  /^\s*(?:(?:remind me|tell me|do you (?:know|remember)|can you (?:tell me|remind me)|any idea)\s+)?(?:who|whom)\b/i;
// (any address: a street's, a server's — "Which address was the listener failing to reach?")
// (or where one writes: "Where should I write if I have a query about a purchase order?" → an e-mail address;
// a completion's "… should be mailed to", "… should send a message to": writers 118 and 121; "… can be
// e-mailed at", "To reach the produce supplier …, you write to", "Pet owners wanting to book online should
// visit": writers 123, 125 and 126)
const ADDRESS =
  /\b(?:e-?mail|url|web ?site|web ?page|homepage|link|address(?:es)?)\b|\b(?:e-?mailed|mailed|send (?:a|an|your|their|his|her) (?:message|note|e-?mail|query|request)) to\s*$|\be-?mailed at\s*$|\b(?:write|writes|writing) to\s*$|\bonline\b.*\b(?:visit|go to|head to|browse to)\s*$|\bwhere (?:should|do|can|shall|must|would) (?:i|we|they|you|one) (?:write|e-?mail|send (?:a|an|my|our|the) (?:note|message|query|queries|question|complaint|request|form|application|report|e-?mail|letter))\b/i;
// A time or date may be written with a month's or a day's name ("September 19, 1850", "on Friday").
// (a month too, asked which: "During which months can plot holders have a bonfire now?" — not "For the
// winter months the yacht … will be tied up at", nor "month-end")
const DATE = /\b(?:when|what time|dates?|years?|birthday|born|day|deadline|time)\b|\b(?:which|what) months?\b/i;
// A day, a year or a time that says how often or which one by its number asks no date: "the most
// … each year", "in a day", "the same day", "Year 9 Set 3", "Day 3"; nor a day that sets the scene
// ("What did the barometer read on the day the bosun was flogged?"), nor a birthday's cake or a year's
// membership ("The message to write on top of the birthday cake reads", "… a full year's membership"),
// nor a length of time said as a modifier ("the 12-month plan", "a two-year contract").
const NO_DATE_ASKED =
  /\b(?:each|every|per|a|an|one|the same|that|this)\s+(?:day|year|week|month|time)\b|\b(?:years?|days?)\s+\d+\b|\bon the (?:day|night|morning|evening|afternoon)\s+(?:the|that|when|we|i|he|she|they|it|my|our|his|her|their)\b|\bbirthday\s+(?:cake|card|party|present|gift|dinner|lunch|meal|message|tea|treat|balloons?)\b|\b(?:a|one|full|whole|half|each|every)\s+(?:day|week|month|year)['’]s\b|(?<![\p{L}\p{N}])[\p{L}\p{N}]+-(?:day|week|month|year)s?\b/giu;
// A completion that ends on how long a thing holds or when it falls due asks a date: "… remains valid
// until", "The orange smoke … is good until", "… has been pencilled in for", "… expires on", "… was
// fixed for" (writer 127; not "… is booked for", a time as often: "The family meal … is booked for" 7:45 pm).
// (or on "on", which mostly says when — "… is scheduled to land on", "… invited to come in on" (81 of
// writers 1–116's 102 completions ending so) — unless a verb or a word before it takes a place or a
// number: "can be found on", "put their cars on", "should now wait on", "finished unbeaten on")
const ENDS_WITH_DATE =
  /\b(?:(?:valid|good|usable|in date|insured|covered|guaranteed|licensed|registered|current) (?:until|till|through)|(?:expires?|expired|expiring|lapses?|lapsed|renews?|renewed|falls due|is due|are due|was due)(?: on)?|(?:pencilled|penciled|slated) in for|(?:scheduled|rescheduled|fixed|arranged|planned) for|no later than|(?<!\b(?:found|placed|held|played|buried|place|put|cars|wait|waiting|run|runs|unbeaten|casting|after|reached|reachable|call|ring|phone|text|him|her|them|me|us|it|based|printed|written|listed|shown|stored|kept|parked|moored|sitting|sits|sat|stand|stands|standing|live|lives|lived|located|situated|depend|depends|rely|relies|work|works|working|focus|focuses|spent|spend|spends|paid|charged|going|carry|carries|carried|page|read|hang|hangs|hung|sold|available|selling|stocked|shelved|filed|logged|posted)\s)on)\s*$/i;
// A time of day is written with its hours and minutes ("14:40", "9.30", "7 pm"): "What time …
// starts?" is not "It is 9 Oct." of "Thu 9 Oct | 14:40–15:25 | Dentist".
// (or when a thing starts or arrives: "When will the headline band actually start playing …?"; not
// when it did: "When did Dad close the hardware store?" asks a date; a completion's "… was back
// online at", "… starting at", "… got going at", "… spun tomorrow morning at", "… happens at")
const TIME =
  /\bwhen(?:['’]s|\s+(?:will|does|do|is|are|we['’]re|we are|they['’]re|they are|you['’]re|you are|I['’]m|I am|should|must|can))\b.*\b(?:(?:start|begin|open|kick off|depart|land|finish)(?:s|ing|ed)?|(?:clos|leav|arriv)(?:e|es|ing|ed))\b|\b(?:what time|(?:at )?what hour|hour and minute|times?|o'clock|how early|how late|(?:what|which|exact|precise) moment|timestamp)\b|\b(?:morning|afternoon|evening|tonight|today|tomorrow|midnight|night|happens?|happened|occurs?|occurred)\s+at\s*$|\b(?:leaves?|departs?|arrives?|starts?|started|begins?|began|commenced|kicked off|got going|gets going|got underway|got started|opens?|closes?|ends?|finishes?|descends?|runs?|run|scheduled|starting|beginning|online|restored|resumed|reopen(?:s|ed)?|wrapped up|finished|completed|ended|concluded|stopped|departed|landed|arrived|set off|went off|paged|called out|logged|timestamped)\s+at\s*$/i;
// Asked when, on a day it names, asks the hour ("Could you remind me when we're due to start the tech run
// on the Thursday?" of a rehearsal schedule's "Thu 14 Mar  Technical run ... 6:45 pm": writer 118).
const WHEN_ON_DAY =
  /\bwhen\b(?!.*\b(?:date|day|week|month|year)\b).*\b(?:on (?:the )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|this (?:morning|afternoon|evening))\b/i;
const TIMES_COUNTED = /\b(?:most|fewest|many|several|maximum|max|minimum|number of)\s+(?:\p{L}+\s+)?times\b/iu;
const DURATION_TIME =
  /\b(?:average|mean|median|lap|finish(?:ing)?|race|best|fastest|slowest|total|cooking|baking|waiting|wait|journey|travel|load(?:ing)?|response|boot|build|recovery|split|transit|turnaround|processing|reaction|solve|completion) times?\b/i;
const CLOCK_IN_WORDS =
  /^(?:a\s+)?(?:quarter|half|twenty(?:-five)?|ten|five|\d{1,2})\s+(?:past|to|before|after)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|\d{1,2})\b/i;
// (not an ISO stamp's "T": its time opens a value of its own — answer-value-bounds.ts)
const TIME_STAMP = /^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}/;
const TIME_VALUE = /^(?:\d{1,2}[:.h]\d{2}|\d{1,2}\s*[ap]\.?m\b|noon\b|midnight\b)/i;
// A completion that asks a quantity by its last words: "… once every", "… comes to EUR", "… lasted",
// "… ran for" (how long: answer-quantity.ts reads which), "… came in at", "… covered", "… fell to",
// what one pays ("A pensioner wanting a full year's membership would pay"), a level reached ("… want to
// see the car again once the odometer reaches").
const ENDS_WITH_COUNT = new RegExp(
  `(?:\\b(?:(?:would|will|to|must|should|did|do|does|can|could) pay|(?:ran|runs|run|lasted|lasts|kept(?: around)?|stored|retained|held|valid|stays?|stayed|went on|goes on|continued|waited|open) for|every|each|lasted|took|takes|costs?|weighs|measures|totals?|totall?ed|worth|(?:came|comes|amounts?|amounted|amounting|adds up|added up) to|about|around|roughly|approximately|nearly|almost|(?:stood|stands|standing) at|rated|ranked|(?:came|comes|coming) in at|covered|scaled to|reaches|reached|hits|exceeds|exceeded|priced at|rang up at|measured|tips the scales at|weighs in at|spans|spanned|stretches|stretched|(?:fell|falls|rose|rises|dropped|drops|climbed|dipped|jumped|went up|went down|increased|decreased|reduced|lowered|raised) to|(?:raised|increased|reduced|cut|lowered|dropped|fell|rose|went up|went down|grew|shrank) by|${CURRENCY_CODES.join('|')})|[$£€¥])\\s*$`,
  'u',
);
const COUNT = new RegExp(
  '\\b(?:how (?:many|much|old|long|far|tall|high|deep|wide|big|large|heavy|often|fast|strong|hot|cold|warm|loud|steep|thick)|' +
    'numbers?|versions?|releases?|total|count|amount|quantity|quantities|price|costs?|age|height|width|' +
    'length|depth|weight|speed|temperature|altitude|elevation|percent(?:age)?|score|frequency|capacity|size|distance|' +
    'spacing|diameter|radius|thickness|concentration|' +
    'duration|interval|attendance|population|salary|fee|rate|balance|volume|turnout|tally|headcount|' +
    'rent|fares?|fees|wages?|proportion|share|fraction|ratio|latency|lag|delay|timeout|throughput|limit|threshold|' +
    'uptime|downtime|mileage|dosage|dose|pressure|humidity|rainfall|barometer|barometric|reading(?!\\s+(?:rooms?|lists?|groups?|glasses|lamps?|clubs?)))\\b',
  'i',
);

// A code, key or identifier is written with digits ("A4M38", "G6M84", "4.20.6", a uuid), as are
// a flight's, a train's, a route's ("VY 7314", "TGV 6611"), and what a completion says to dial
// or key in ("To reach Dorota, you should dial", "… the cabin these days you punch in"; "What should I
// key in for the side door?").
const CODE =
  /\b(?:(?:pass|access|secret|project|zip|post(?:al)?|area|colou?r|error|status|country|promo|discount|door|gate)?\s?code(?!\s*name)|(?:phone|telephone|help|hot|land|direct|fax) ?lines?|reg|(?:number|licen[cs]e|registration) plate|postcode|id|identifier|revision|pin|passcode|passkey|pass key|password|passphrase|(?:network|wi-?fi|wireless|wlan)\s+key|key\s+(?:for|to)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:network|wi-?fi|wireless|wlan)|combination|registration|serial|uuid|hash|checksum|sku|digits|flight|train|bus|tram|route|platform|berth)\b|\b(?:dial|ring|phone|call|text|(?:punch|punching|key|keying|type|typing|tap|tapping) in|enter|entering|numbered|batch|lot)\s*$|\b(?:call|ring|phone|text|reach)\s+(?:\p{L}+\s+)?on\s*$|\b(?:punch|punching|key|keying) in(?=\s+(?:to|at|on|for|when)\b|\s*\?)/iu;
// Asked which seat, gate or machine: things known by a number or a code ("Which server …?" →
// "pg-replica-05", "What seat …?" → "31F"); not such a word anywhere else ("The purge on the
// analytics machine is set to run at" asks a time).
// (or a completion says it first or last: "… the traveller's new seat on the Madrid leg was", "… are
// now executed on the host")
const THING = '(?:seats?|gates?|lockers?|cabins?|servers?|hosts?|machines?|box(?:es)?|nodes?|instances?)';
const NUMBERED_THING = new RegExp(`^\\s*(?:what|which)\\s+(?:[\\p{L}-]+\\s+)?${THING}\\b`, 'iu');
const COMPLETION_THING = new RegExp(
  `^\\s*(?:(?:the|a|an|my|our|his|her|their|its)\\s+|[\\p{L}-]+['’]s\\s+)(?:[\\p{L}'’-]+\\s+){0,2}?${THING}\\b|\\b(?:the|a)\\s+${THING}\\s*$`,
  'iu',
);
// A number that identifies a thing is a code, even with letters ("YK19 WZT", "BCX-88120-Q"): "the plate
// number", "the order reference", "the container number", "the number on the … certificate" (not "the
// number of orders").
const IDENTIFYING =
  /\b(?:plate|registration|reg|phone|telephone|mobile|cell|account|order|ticket|serial|policy|container|invoice|tracking|booking|confirmation|case|claim|membership|passport|licen[cs]e|vehicle|part|model|lot|batch)\s+(?:no\.?|number|#)(?!\p{L})|\b(?:reference|ref)\b|\bnumbers? (?:(?:printed|written|stamped|shown) )?on\b/iu;
// (and so does any thing's number: "the reservation number", "the job number", "the asset number",
// "the requisition no." — a label's, not a quantity's: not "the total number", "what number", "the
// earliest number 47 bus", "incubator number three", "the number of …")
const THINGS_NUMBER = /\b(\p{L}[\p{L}-]*)\s+(?:number|no\.|#)(?!\p{L})(?!\s*(?:\p{N}|#)|\s+of\b)/giu;
const NOT_A_LABEL: ReadonlySet<string> = new Set(
  'total exact same whole large small big huge rough approximate average overall final actual round odd even right wrong any some great growing record lucky magic'.split(
    ' ',
  ),
);
const namesThingsNumber = (request: string) =>
  [...request.matchAll(THINGS_NUMBER)].some((m) => {
    const w = m[1]!.toLowerCase();
    const numberFollows = NUMBER_WORDS.has(
      /^\s*(\p{L}+)/u.exec(request.slice(m.index + m[0].length))?.[1]?.toLowerCase() ?? '',
    );
    return !numberFollows && !FUNCTION_WORDS.has(w) && !QUESTION_WORD.test(w) && !NOT_A_LABEL.has(w) && !/est$/.test(w);
  });
// A completion that ends on a number's, a code's or a clause's word asks a code: "… is filed under
// number", "… mention the code", "… are set out in clause", "… was raised for vehicle", "… when the office is
// closed, you key in" — and so do the words "What/Which" asks about ("Which flight number …",
// "What security tag number …", "Which running number …"; not "the number of …").
const ENDS_WITH_CODE =
  /\b(?:number|no\.?|clause|section|ref(?:erence)?|code|id|pin|passcode|password|batch|lot|serial|port|bib|quote|extension|ext\.?|locker|seat|booth|stall|plot|pitch|desk|vehicle|truck|van|lorry|trailer|unit|asset|designation|(?:punch|punching|key|keying|type|typing|tap|tapping) in|entering|dial)\s*$/i;
// A number to call is a phone's ("What number will the gas engineer call me from …?"), read before
// the words "What number" ask (a count).
// (or a completion that ends on how to reach someone: "… can be reached on")
const REACHED_ON = /\b(?:reached|contacted|called|rung|phoned|texted|reachable) (?:on|at)\s*$/i;
const CALL_NUMBER = /\b(?:what|which) number\b.*\b(?:call|calls|ring|rings|text|phone|dial|reach|contact)\b/i;

// Asked by what it is called: "What was the Musgroves' dog called?", "the name of the footman";
// not a file's, a user's or a package's name, which are written in lower case.
const CALLED =
  /\b(?:called|named|call|calling|the name of|names?|(?:known|listed|registered|entered|recorded) (?:as|under)|goes by)\b|\bthe name\s*$/i;
const TO_BE_CALLED =
  /\b(?:be|been|is|are|was|were|being|get|gets|got) (?:called|named|renamed|christened|dubbed|known as)\b/i;
const LOWER_CASE_NAMES =
  /\b(?:file|user|host|variable|function|package|module|field|column|branch|domain|repo|repository|tag|command|method|property|attribute|env|environment|code)\s+name\b/i;

// (or "how old", "how long", …: "How old is Freddie going to be on his birthday?" asks no date; any
// "how" and a word before the question's verb asks how much of it: "How damp was the air …?" → "RH
// 94%", "How hard do I need to spin the lysate …?" — not "how well", "how come")
const HOW_MANY = new RegExp(
  '\\bhow (?:many|much|old|long|far|tall|high|deep|wide|big|large|heavy|often|fast|strong)\\b|' +
    '\\bhow (?!come\\b|early\\b|late\\b|soon\\b|well\\b|badly\\b|about\\b|so\\b)\\p{L}+ (?:is|are|was|were|do|does|did|will|would|can|could|should|must)\\b',
  'iu',
);
// A completion about a quantity: "The number of fans who … was", "The total price of … is".
const OPENS_WITH_COUNT = new RegExp(`^\\s*(?:the|a|an)\\s+(?:\\p{L}+\\s+)?${COUNT.source.slice(2)}`, 'iu');

// People named by their role or their relation (a completion's subject, "Which … ?"'s noun).
const PERSON_NOUNS =
  'person|man|woman|technician|mechanic|engineer|electrician|plumber|builder|manager|owner|author|writer|architect|designer|secretary|contact|chair(?:man|woman|person)?|president|director|teacher|tutor|doctor|dentist|vet|nurse|carer|dietitian|surgeon|lawyer|solicitor|driver|captain|keeper|ranger|warden|officer|inspector|assessor|adjuster|clerk|landlord|landlady|tenant|buyer|seller|customer|client|patient|guest|winner|lead|leader|head|founder|editor|reviewer|agent|scorer|run-scorer|goalscorer|top-scorer|player|champion|runner-up|referee|umpire|coach|candidate|nominee|recipient|actor|actress|singer|artist|painter|photographer|speaker|colleague|neighbou?r|friend|relative|cousin|aunt|uncle|member|volunteer|councillor|minister|priest|vicar|witness|assignee|reporter|supervisor|treasurer|runner(?![- ](?:beans?|up)\\b)|presenter|organi[sz]er|chef|cook|baker|pilot|skipper|conductor|soloist|accompanist|organist|instructor|trainer|therapist|physio(?:therapist)?|pharmacist|receptionist|administrator|caretaker|gardener|courier|fitter|installer|surveyor|auditor|examiner|invigilator|steward|marshal|announcer|commentator|narrator|trustee|governor|mayor|pastor|midwife|paramedic|firefighter|constable|sergeant|detective|judge|magistrate|accountant|bookkeeper|applicant|student|pupil|apprentice|intern|trainee|employee|executive|ceo|boss|point of contact';
// A completion about a person by their role: "The technician looking after … is", "The architect of … was".
// (a thing of theirs is no person: "The member ID …", "The contact number …"; and the completion ends
// on its verb "is": "a client waits" asks how long)
const THEIR_THING =
  '(?!\\s+(?:address|e-?mail|number|phone|id|ids|no|code|card|ref|reference|details|time|office|count|list|rota|fee|price|rate)\\b)';
const OPENS_WITH_PERSON = new RegExp(
  `^\\s*(?:the|a|an|our|my|your|their|his|her)\\s+(?:\\p{L}+\\s+){0,2}?(?:${PERSON_NOUNS})\\b(?!['’]s\\b)${THEIR_THING}.*\\b(?:is|was|are|were|be)\\s*$`,
  'iu',
);
// A completion that ends on whom to turn to: "… should first consult", "… check with".
// (or on who does it: "… the cash box is being handled by", "… the panel is chaired by", any passive's
// agent: "The decisive strike … was scored by"; whom a thing goes to: "… should be dropped off with",
// "… the wooden desk passed to")
const ENDS_WITH_PERSON =
  /\b(?:consult|ask|contact|talk to|speak to|speak with|talk with|check with|report to|(?:published|produced|manufactured|made|built|supplied|sponsored|owned|operated|funded|commissioned|released|issued|arranged|translated|handled|run|managed|chaired|led|signed|approved|organi[sz]ed|hosted|written|painted|taught|coached|refereed|presented|directed|composed|designed|edited|illustrated|photographed|inspected|examined|treated|prescribed|supervised|authori[sz]ed|countersigned|witnessed) by|(?:is|was|are|were) (?:named|called)|(?:is|was|are|were|been|being) \p{L}+ed by|(?:dropped off|left|handed|given|passed|entrusted|lent|loaned|sold|bequeathed) (?:with|to))\s*$/iu;

// Asked which firm, team or vessel: what answers is its name ("Which outside firm did the repair …?"
// is "Orlith Mechanical", not the "02:14" beside it).
const WHICH_NAMED =
  /\b(?:which|what) (?:\p{L}+ )?(?:firms?|dentists?|doctors?|vets?|teachers?|tutors?|surgeons?|lawyers?|solicitors?|plumbers?|builders?|engineers?|drivers?|company|companies|contractors?|suppliers?|vendors?|teams?|clubs?|bands?|brands?|manufacturers?|makers?|agency|agencies|banks?|publishers?|ships?|vessels?|boats?|brigs?|schooners?|horses?|hotels?|restaurants?|pubs?|inns?|caf[eé]s?|charit(?:y|ies)|garages?|salons?|kennels?|cooperages?|wineries|winery|breweries|brewery|dogs?|cats?|ponies|pony)\b/iu;

// A completion about a firm, a team or a vessel by what it does: "The company lined up to fit new door
// locks is" asks its name (writer 101), read after every quantity's, time's and date's word ("The club
// membership fee is" asks a count).
const OPENS_WITH_FIRM = new RegExp(
  `^\\s*(?:the|a|an|our|my|their)\\s+(?:\\p{L}+\\s+)?(?:firm|company|contractor|supplier|vendor|team|club|band|brand|manufacturer|maker|agency|bank|publisher|printer|caterer|garage|workshop|studio|salon|clinic|practice|surgery|restaurant|pub|hotel|shop|store|dealer(?:ship)?|charity|ship|vessel|boat)\\b(?!['’]s\\b)${THEIR_THING}.*\\b(?:is|was|are|were|be)\\s*$`,
  'iu',
);

// Asked which person by their role: "Which dentist …", "What actress …", "Which fire officer …"
// (`asksPerson`: of the names, the people's — answer-person.ts).
// (not "What lead time …", "What contact number …": a role's word before a thing's; nor "What did
// Inspector Halloran turn over?": a title after the question's verb)
const AUX = '(?:is|are|was|were|do|does|did|will|would|can|could|should|shall|has|have|had|may|might|must)';
const WHICH_PERSON = new RegExp(
  `\\b(?:which|what) (?:(?!${AUX}\\b)\\p{L}+ )?(?!lead\\b|head\\b|keeper\\b)(?:${PERSON_NOUNS})s?\\b(?!['’])${THEIR_THING}`,
  'iu',
);

/**
 * Does the request ask for a person: "Who …", "Whose …" in its question's own clause, "Which dentist
 * …", or a completion about one ("The ranger responsible for … was", "… is chaired by")?
 */
export function asksPerson(request: string): boolean {
  const clause = questionClause(request);
  return (
    /\b(?:who|whom|whose)\b/i.test(clause) ||
    WHICH_PERSON.test(clause) ||
    (!request.includes('?') && (OPENS_WITH_PERSON.test(request) || ENDS_WITH_PERSON.test(request)))
  );
}

// A question asks with its own clause: "What colour does the screen show | when a replica is behind?"
// asks a colour, not a date; "Which release got rid of the bug | where …" asks no place.
const QUESTION_WORD = /\b(?:what|which|who|whom|whose|where|when|how|why)\b/i;
const SUBORDINATE =
  /\s(?:when|whenever|where|while|who|whom|whose|which|that|if|once|after|before|until|because|since)\b/gi;

// A request may open with a clause or phrase that sets the scene before a comma ("When Hal got to
// the inn, who was he supposed to ask for?", "When VAN-117 had its brake job, the distance reading
// … was", "Despite what Cousin Barnaby claims, Aunt Wilhelmina's birthday is on", "At the most
// recent census, the number of people living there was"): what it asks is said after the comma. Not
// a question word's own clause ("When is the fete happening now, according to Gran?": an auxiliary
// follows it).
const SCENE_OPENING =
  /^\s*(?:when|whenever|after|before|once|if|although|though|despite|while|since|until|because|for|during|according to|in|on|at|by|with|without|given|measured|as|from|of|out of|apart from|besides|between|among|over|under|throughout|within|upon)\b(?!\s+(?:is|are|was|were|do|does|did|will|would|can|could|should|shall|has|have|had|may|might|must)\b)[^,?]*,\s*/i;

/** `request` after the scene its opening phrase sets before a comma, when what follows says enough (three words or more). */
function sceneLess(request: string): string {
  const m = SCENE_OPENING.exec(request);
  // (a question word past the opening's first word asks there: "At what time does the boat leave
  // Lyme, according to Captain Benwick?")
  if (m === null || QUESTION_WORD.test(m[0].replace(/^\s*\S+/, ''))) return request;
  const rest = request.slice(m[0].length);
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3 ? sceneLess(rest) : request;
}

/** `request` up to the subordinate clause after its question word (all of it when it has none), after the scene its opening sets. */
export function questionClause(message: string): string {
  const request = sceneLess(message);
  const first = QUESTION_WORD.exec(request);
  if (first === null) return request;
  for (const m of request.matchAll(SUBORDINATE)) if (m.index > first.index + 2) return request.slice(0, m.index);
  return request;
}

// The words a request asks about, the attribute whose value answers it: "What/Which" and its words
// before the verb ("What's the container number holding the ceramic tiles …?" → container, number),
// "What's the …" up to a preposition or the question's end ("What is the retention period for …"),
// a completion's subject ("The confirmation code for my lodging … is", "Aunt Wilhelmina's birthday
// is on"). The words around the value say it ("Container: TGHU-5520193"); the request's other words
// say which record (the "ceramic tiles" beside another value, "340 crates").
const NP = '((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)';
const ATTRIBUTE_AFTER_IS = new RegExp(
  `\\b(?:what|which)(?:['’]s|\\s+(?:is|was|are|were))\\s+(?:the|your|my|our|his|her|their|its)\\s+${NP}(?=\\s+(?:of|for|on|in|at|to|from|that|which|who|with|when|where|by)\\b|\\s+\\p{L}+ing\\b|\\s*\\?|\\s*$)`,
  'iu',
);
const SUBJECT_OF_COMPLETION = new RegExp(
  `(?:^\\s*(?:the|a|an|my|our|his|her|their|its)\\s+|['’]s\\s+)${NP}(?=\\s+(?:of|for|is|was|are|were)\\b)`,
  'iu',
);

const WHICH_ONE: ReadonlySet<string> = new Set(
  'new old current latest first last next final previous original usual main exact overall total full'.split(' '),
);

/** The request's attribute words (lower case, no function or asking word): [] when its shape says none. */
export function attributeAsked(request: string): string[] {
  const clause = questionClause(request);
  const head = HEAD_ASKED.exec(clause);
  const np = head
    ? head[2]!
    : (ATTRIBUTE_AFTER_IS.exec(clause)?.[1] ??
      (request.includes('?') ? undefined : SUBJECT_OF_COMPLETION.exec(sceneLess(request))?.[1]));
  if (np === undefined) return [];
  const words = np.toLowerCase().split(/\s+/);
  if (words.some((w) => FUNCTION_WORDS.has(w) || QUESTION_WORD.test(w))) return [];
  // (not the words that say which one: "new", "current", "last")
  return words.filter((w) => !WHICH_ONE.has(w));
}

// A request that joins several ("… and …", "both", "plus") may ask several values: answer copy offers
// it a reply of two ("They are {value} and {value}."), copied from the whole quote.
const JOINS_SEVERAL = /\b(?:and|both|plus)\b|&/i;
// (not the "and" of one quantity — "the hour and a half the plumber spent", "two and a quarter miles"
// — nor the "&" of a firm's name: "Halloran & Sons", "Homely & Co")
const ONE_VALUE_AND = /\band an? (?:half|quarter)\b|&\s*(?:Co|Sons|Daughters|Partners)\b/gi;

/** May `request` ask several values at once? */
export const joinsSeveral = (request: string): boolean => JOINS_SEVERAL.test(request.replace(ONE_VALUE_AND, ' '));

/** The kind of value `request` asks for, or null when its words name none (read in its question's own clause). */
export function answerKind(request: string): AnswerKind | null {
  const clause = askedClause(request);
  const stated = statedKindOf(request, clause);
  // (where nothing states one, the verb: answer-verb-kind.ts — not of a request that asks where)
  return stated ?? (WHERE.test(clause) ? null : verbKind(clause));
}

/**
 * The kind a request states — by its question words, an attribute or its last words, the rules of
 * this file — without the kind a verb some words back suggests (answer-verb-kind.ts): the memory check
 * calls a value unstated only where the request states what it asks ("What time …", "… e-mail
 * address"), not where a verb suggests it ("… reached the scene on Mill Lane at" of a quote whose line
 * holding the times was not quoted: writer 183).
 */
export function statedKind(request: string): AnswerKind | null {
  return statedKindOf(request, askedClause(request));
}

function statedKindOf(request: string, clause: string): AnswerKind | null {
  // ("How can I tell which cat is Pickle - what colour is the thing round its neck?", "What colour
  // bands are the swimmers … getting?": a colour, wherever the request asks it, not which band)
  if (WHAT_COLOUR.test(request)) return 'colour';
  // (an e-mail asked as the way to reach one: "How can I reach the person who runs the ICP-MS by
  // email?" — its clause "who runs …" asks no one's name: writer 125)
  if (BY_EMAIL.test(request)) return 'address';
  // (a vehicle's plate is a code, whatever "number" says: "Which number plate did Graham Oduya write down?")
  if (asksPlate(request)) return 'code';
  return kindOf(clause);
}

// The clause a request asks in: "for the first time" says which occasion, not the hour ("When did
// Amara go up on her own for the very first time?" asks the date — writer 124); a question's clause
// is still a question ("Which fire officer gave the statement about | that overnight fire?" does not
// end a completion on "about", which asks how many).
function askedClause(request: string): string {
  const asked = request.replace(OCCASION_TIME, ' ');
  const clause = questionClause(asked).replace(NUMBER_LABEL, ' ');
  return request.includes('?') && !clause.includes('?') ? `${clause}?` : clause;
}

const BY_EMAIL = /\b(?:by|via|over|through) e-?mail\b|\be-?mail address(?:es)?\b/i;
const OCCASION_TIME = /\b(?:for|at) the (?:very )?(?:first|last|second|third|next|only|final) time\b/gi;

// A number that names a thing asks nothing: "the calibration of incubator number three took place
// on" asks a date, "the earliest number 47 bus" a time, "Who … reported bug #88217?" a name.
const NUMBER_LABEL = new RegExp(
  `\\b(?:number|no\\.)\\s+(?:\\p{N}+\\p{L}?|${[...NUMBER_WORDS].join('|')})\\b|#\\s?\\p{N}+\\b`,
  'giu',
);

// "What/Which" and the words it asks about, before the question's verb ("What ticket tier did the
// agent put me on for the KV 318 flight?" asks a tier, not the flight's code; "Which room is Year 9
// Set 3's Tuesday chemistry lesson in?" a room, not a date).
const HEAD_ASKED =
  /\b(what|which)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had|may|might|must)\b/iu;

// What a request asks to be told, found or reminded of: "Can you tell me the ID of …", "Remind me of
// the reservation number for …", "Could you look up Tobias's club number …".
const TOLD =
  /^\s*(?:(?:can|could|would|will) you\s+|please\s+)?(?:tell me|remind me(?: of)?|give me|find(?: me)?|pull|look up|get(?: me)?|check)\s+(?:the|my|our|his|her|their|\p{L}+['’]s)\s+((?:(?!(?:the|a|an)\s)[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:of|for|on|from|off|at|in|that|which|who|whose|is|was|the|a|an)\b|\s*[?.!]?\s*$)/iu;

// (a word that names no attribute leaves the kind to the rest of the question: "What millisecond
// value should the statement timeout stay at …?")
const GENERIC_HEAD = /\b(?:value|thing|one|item|entry|setting|figure|detail|info|information|bit|part)s?$/i;

function kindOf(request: string): AnswerKind | null {
  // (a quantity's word and "of" end a completion: "… showed an altitude of", "… a total of")
  const endsOf = /\b(\p{L}+) of\s*$/u.exec(request);
  if (endsOf && !request.includes('?') && COUNT.test(endsOf[1]!)) return 'count';
  if (CALL_NUMBER.test(request) || REACHED_ON.test(request)) return 'code';
  // the kind of the words "What/Which" asks about, where they say one: else none
  const head = HEAD_ASKED.exec(request);
  if (head && !head[2]!.split(/\s+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase())) && !GENERIC_HEAD.test(head[2]!))
    return kindOf(`${head[1]} ${head[2]}`);
  // the kind of what a request asks to be told ("Can you tell me the ID of the warden who …?" asks a
  // code, not who), where it says one
  const told = TOLD.exec(request);
  if (told) {
    const k = kindOf(`which ${told[1]}`);
    if (k !== null) return k;
  }
  if (
    IDENTIFYING.test(request) ||
    namesThingsNumber(request) ||
    (!request.includes('?') && ENDS_WITH_CODE.test(request))
  )
    return 'code';
  if (NUMBERED_THING.test(request) || (!request.includes('?') && COMPLETION_THING.test(request))) return 'code';
  // (a request that opens with "who" asks a person, whatever quantity its clause names: "Who got the
  // job of measuring how fast the caching tier performs?")
  if (OPENS_WITH_WHO.test(request)) return 'name';
  // (what a thing is or will be called asks its name, whatever it measures: "What are the kids' reading
  // area going to be called from now on?" — writer 122)
  if (TO_BE_CALLED.test(request) && !LOWER_CASE_NAMES.test(request)) return 'name';
  // ("How many people came … this year?" asks a count, not a date)
  if (OPENS_WITH_COUNT.test(request) || ENDS_WITH_COUNT.test(request) || HOW_MANY.test(request)) return 'count';
  if (
    asksWho(request) ||
    OPENS_WITH_PERSON.test(request) ||
    ENDS_WITH_PERSON.test(request) ||
    WHICH_NAMED.test(request) ||
    WHICH_PERSON.test(request)
  )
    return 'name';
  if (ADDRESS.test(request)) return 'address';
  // asked where, a place: no date, count or code ("Where does Martin pick me up for our car share?",
  // "Which street is the 47 bus dropping …?"): asksWhere, placeStarts
  if (WHERE.test(request)) return null;
  // (a duration's "time" asks how long: "What was my average time on the 400m repeats …?" → "71 seconds")
  if (DURATION_TIME.test(request)) return 'count';
  // ("The most times harbor_relay will try again …" counts, it asks no time)
  if (TIMES_COUNTED.test(request)) return 'count';
  if (TIME.test(request) || WHEN_ON_DAY.test(request)) return 'time';
  if (DATE.test(request.replace(NO_DATE_ASKED, '')) || (!request.includes('?') && ENDS_WITH_DATE.test(request)))
    return 'date';
  if (COUNT.test(request)) return 'count';
  if (CODE.test(request)) return 'code';
  if (CALLED.test(request) && !LOWER_CASE_NAMES.test(request)) return 'name';
  if (!request.includes('?') && OPENS_WITH_FIRM.test(request)) return 'name';
  if (COLOUR_ASKED.test(request)) return 'colour';
  return null;
}

// Asked a colour: "What colour is the door …?", "… in what shade?". A colour is said with
// its colour word, perhaps after words that qualify it ("a deep saffron yellow", "pale sea green").
// (or a completion ends on the painting: "… wanted the door painted")
const WHAT_COLOUR = /\b(?:what|which)\s+(?:colou?rs?|shade|hue)\b/i;
const COLOUR_ASKED = /\b(?:colou?rs?|shade|hue)\b|\b(?:painted|dyed|colou?red)\s*$/i;
export const COLOUR_WORDS: ReadonlySet<string> = new Set(
  [
    'red orange yellow green blue purple violet indigo pink brown black white grey gray silver gold',
    'golden beige cream ivory crimson scarlet maroon navy teal turquoise cyan magenta lilac lavender',
    'mauve amber ochre olive khaki tan bronze copper rust burgundy charcoal saffron emerald sapphire',
    'ruby coral peach plum garnet oxblood claret mint lime aqua cobalt jade mustard lemon cerulean',
    'vermilion vermillion fuchsia chartreuse taupe mahogany chestnut auburn russet tangerine apricot',
    'cerise azure ultramarine periwinkle celadon sepia umber sienna gunmetal pewter graphite ebony',
  ]
    .join(' ')
    .split(' '),
);
// a colour word within the value's first three words, none after punctuation
const COLOUR_AHEAD = /^(?:[\p{L}-]+ ){0,2}([\p{L}-]+)/u;
const colourOpens = (text: string) => {
  const m = COLOUR_AHEAD.exec(text);
  if (m === null) return false;
  // (the words before the colour qualify it: no function word, "set to beige" opens at "beige")
  const words = m[0].toLowerCase().split(' ');
  const at = words.findIndex((w) => w.split('-').some((p) => COLOUR_WORDS.has(p)));
  return at >= 0 && words.slice(0, at).every((w) => !FUNCTION_WORDS.has(w) && !QUALIFIES_NOT.has(w));
};
const QUALIFIES_NOT: ReadonlySet<string> = new Set(
  'set changed turned turns turn becomes became goes went shows showed glows painted is was are were be now'.split(' '),
);

// What introduces a name: "a spaniel named Brisket", "a man called Tobias Wren", "known as
// Pebblestone", "answers to the name of Osric".
const NAMING =
  /\b(?:named|called|known as|nicknamed|christened|the name of|name is|name was)\s+(?:(?:her|him|it|them)\s+)?["'“‘]?$/i;

/**
 * The starts of `starts` a naming word introduces in `source` ("… dog at Uppercross was a spaniel
 * named Brisket" → Brisket, not Uppercross); [] when none.
 */
export function namedStarts(source: string, starts: readonly number[]): number[] {
  return starts.filter((q) => NAMING.test(source.slice(Math.max(0, q - 24), q)));
}

const DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);
// An IPv4 address, with its port or not ("10.4.7.19:5672").
const IP_ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/;
// A street's address: a house number, capitalised words and a street's word ("3 Mill Lane", "220 Harbor Street").
const CARRIER_CODE = /^\p{Lu}{1,4} \p{Nd}/u;
const CURRENCY_CODE = new RegExp(`^(?:${CURRENCY_CODES.join('|')}) ?\\p{Nd}`, 'u');
// A day of a month ("2 February", "19th of November").
const DAY_MONTH = `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${[...MONTHS].join('|')})\\b`;
const DATE_SHAPED = new RegExp(
  `^(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|(?:1[0-9]|20)\\d{2}\\b|${DAY_MONTH}|(?:${[...MONTHS, ...WEEKDAYS].join('|')})\\b)`,
  'i',
);
/** Is the value at `q` the number of a code `code` opens with the word right before it ("7314" of "VY 7314")? */
const afterCode = (source: string, q: number, code: RegExp) => {
  const n = codeLength(source, q);
  return n > 0 && code.test(source.slice(q - n - 1, q + 12));
};
// "one" after a determiner or an adjective stands for a thing, it counts nothing: "[Dev] new one is 80293",
// "I'm getting the one at 4:45 instead" (writers 125 and 128).
const ONE_PRONOUN =
  /\b(?:the|this|that|which|each|every|another|any|no|new|old|first|last|next|same|other|right|wrong|earlier|later|current|latest|previous|only|blue|red|green|big|small|little)\s+one$/i;

// A quantity of things, a sum or a measure is no code where another remains: "10 boxes", "4 x 2.5 L",
// "312.40" (not "942.38 BEN", a library's call number).
const QUANTITY_NOT_CODE =
  /^\p{N}+(?:[.,]\p{N}+)?(?:\s*[x×]\s|\s+\p{Ll}{2,}s\b(?!\s*[-:=]))|^\p{N}{1,5}\.\p{N}{2}(?![\p{N}.]|[ \t]+\p{Lu})|^\p{N}+(?:[.,]\p{N}+)?\s*(?:mg|g|kg|ml|cl|l|L|m|cm|mm|km|oz|lbs?|qt|pt|gal)(?![\p{L}\p{N}])/u;

/** The length of the word of letters right before `q` and one space (0 when none). */
const codeLength = (source: string, q: number) =>
  /(?:^|[^\p{L}])(\p{L}+) $/u.exec(source.slice(Math.max(0, q - 8), q))?.[1]!.length ?? 0;
const DAY_OF_MONTH = new RegExp(`^${DAY_MONTH}`, 'i');
// An identifier: a file's name with an underscore ("water_caustics.gdshader"), or three or more words joined by dots
// ("com.brassfinch.hollowtide"); not a function's name of a manual ("dblink_build_sql_update"), nor an
// abbreviation's letters ("n.o.s." of a safety data sheet's "Toxic liquid, organic, n.o.s.": writer 125).
const IDENTIFIER = /^[A-Za-z][\w-]+(?:_[\w-]*\.[A-Za-z][\w-]*|(?:\.[A-Za-z][\w-]+){2,})$/u;
/**
 * Where a day of a month at `q` opens with the weekday right before it, if `open` holds that weekday's
 * start: a date is copied whole ("Thursday 14 March" — writer 120's was answered "14 March"); not an
 * abbreviation's, where the model stops ("It is Thu." of "Thu 11 April"), nor a clock time's ("Sunday
 * 04:30" asked what time). Else `q`.
 */
export function withWeekday(source: string, q: number, open: ReadonlySet<number>): number {
  if (!DAY_OF_MONTH.test(source.slice(q, q + 24))) return q;
  const m = /(?:^|[^\p{L}])((?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s)$/iu.exec(
    source.slice(Math.max(0, q - 12), q),
  );
  return m !== null && open.has(q - m[1]!.length) ? q - m[1]!.length : q;
}
const DATE_IN_DIGITS = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})(?![\p{L}\p{N}/-])/u;
const DATE_OR_TIME_WORD = /^\d{4}-\d{2}-\d{2}|^\d{1,2}:\d{2}|^\d{1,2}\/\d{1,2}\/\d{2,4}\b/;
const DAYS = new Set([...WEEKDAYS, 'noon', 'midnight']);

/** Whether a value opening with `word` (the text at its start up to the next space) is of `kind`. */
export function opensKind(word: string, kind: AnswerKind): boolean {
  switch (kind) {
    case 'name': // (not a weekday's or a month's: "Estimated completion: Thursday"; nor a heading's capitals: "REPAIR", nor an abbreviation's: "PR")
      return (
        /^\p{Lu}/u.test(word) &&
        !/^\p{Lu}{2,}\b/u.test(word) &&
        !DATE_WORDS.has(
          word
            .toLowerCase()
            .replace(/['’]s(?!\p{L})/u, '')
            .replace(/[^\p{L}]+/gu, ''),
        )
      );
    case 'colour':
      return COLOUR_WORDS.has(word.toLowerCase().replace(/[^\p{L}]+/gu, ''));
    case 'address': // (an e-mail's, a web page's, a server's: "priya@example.org", "www.…", "10.4.7.19:5672")
      return /@|:\/\/|^www\./i.test(word) || IP_ADDRESS.test(word);
    case 'code': // (a digit, not a footnote's "³" nor a clock time: "9:47am"; or capitals joined by a hyphen: "WED-PARRISH";
      // or an identifier: "com.brassfinch.hollowtide", "water_caustics.gdshader"; not a key: "seat_map:")
      return (
        (/\p{Nd}/u.test(word) && !TIME_VALUE.test(word)) ||
        /^\p{Lu}{2,}(?:-\p{Lu}{2,})+(?![\p{L}_])/u.test(word) ||
        (!/[:=]$/.test(word) && IDENTIFIER.test(word.replace(/[.,;'")\]]+$/u, '')))
      );
    case 'time':
      return TIME_VALUE.test(word);
    case 'count':
    case 'date': {
      // (a count opens with its number or its currency: "48,300", "$12", not "db-mirror-07.kestrel.internal")
      // (nor a date or a clock time: "2023-04-11", "25/3/1862", "14:40")
      if (
        kind === 'date'
          ? /\p{Nd}/u.test(word)
          : /^(?:[#№$£€¥₹]|[-−](?=\p{Nd}))?\p{Nd}/u.test(word) && !DATE_OR_TIME_WORD.test(word)
      )
        return true;
      const letters = word.toLowerCase().replace(/[^\p{L}-]+/gu, '');
      // (a number in words, hyphenated or not: "thirty-five")
      return (
        letters.split('-').every((w) => NUMBER_WORDS.has(w)) ||
        (kind === 'date' && (MONTHS.has(letters) || DAYS.has(letters) || DAYS.has(letters.replace(/s$/, ''))))
      );
    }
  }
}

// A capitalised word opening a sentence ("Please ring our secretary …", "<p>Queries about …") is
// capitalised by grammar: a name there goes on with another capitalised word ("Noel Silva is …").
// (or a line's, after a comment's or a list's mark: "# Check with Ilse Marrowby …")
// (and what is said opens a sentence: '“We called her …'))
const SENTENCE_BEFORE = /(?:^|\n[ \t]*(?:[#*>-]+|\/\/+)?[ \t]*|[.!?]["'”’)]?\s+|>)["“‘]?$/u;
const CAPITALISED_NEXT = /^\S+\s+\p{Lu}/u;

/**
 * The starts of `starts` (of the name kind) that are no sentence's first word, unless a capitalised
 * word follows it: asked "Who should I phone …?", the model answered "It is Please." of "… Club?
 * Please ring our secretary, Milena Osterhaus, …".
 */
export function nameStartsInSentence(source: string, starts: readonly number[]): number[] {
  return starts.filter(
    (q) => !SENTENCE_BEFORE.test(source.slice(Math.max(0, q - 6), q)) || CAPITALISED_NEXT.test(source.slice(q, q + 64)),
  );
}

// Asked where: "Where …", "In which city …", "Which port …", "In what town …".
// (or a completion ends on where to go or where a thing is: "Visitors to the open day should head to",
// "The reunion will be held at"; where a thing is sent: "The signed original has to be posted to"; where a
// group meets or a thing was left: "… the lace-making guild gathers in the", "… Dougie left the vehicle in")
const WHERE =
  /\b(?:head|go|walk|drive|report|return|come|make (?:their|your|our|his|her|my) way) to\s*$|\b(?:posted|sent|mailed|shipped|delivered|forwarded|addressed|returned|taken|brought|moved|relocated|transferred) to\s*$|\b(?:held|located|based|situated|staying|stationed|hosted|housed|lives?|lived|living|made|manufactured|grown) (?:at|in)\s*$|\b(?:meets?|met|gathers?|gathered|takes? place|took place|parked|stored|kept|left (?:the |a |an |his |her |their |our |my )?[\p{L}-]+) (?:at|in)(?: the)?\s*$|\bwhere(?:abouts)?\b|\b(?:birthplace|hometown|destination|venue|location)\b|\b(?:which|what) (?:city|town|village|country|county|state|province|region|place|port|harbou?r|island|street|road|building|venue|station|room|hall|office|hotel|address)\b/iu;

/** Does `request` ask where something is, happens or goes? */
export function asksWhere(request: string): boolean {
  return WHERE.test(questionClause(request));
}

// A place's preposition and article before a value: "seated in Valletta", "at the Birchwater ranger station".
const PLACE_BEFORE = /\b(?:in|at|on|inside|near|beside|from|to|into|outside)\s+(?:the\s+|a\s+|an\s+)?$/i;

/** The starts of `starts` said right after a place's preposition (and article): no date, time or span of time ("on 2 September", "by 18:00", "review in 10 days"). */
export function placeStarts(source: string, starts: readonly number[]): number[] {
  return starts.filter(
    (q) =>
      PLACE_BEFORE.test(source.slice(Math.max(0, q - 16), q)) &&
      !DATE_SHAPED.test(source.slice(q, q + 24)) &&
      !TIME_VALUE.test(source.slice(q, q + 12)) &&
      !TIME_SPAN.test(source.slice(q, q + 24)),
  );
}
const TIME_SPAN =
  /^(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b/i;

// A number that numbers a place: after the place's noun ("table 11", "bench C3", "platform 6", "Unit
// 14", "No. 60"), or a street's house number ("3 Mill Lane").
const NUMBERED_PLACE_BEFORE =
  /\b(?:table|room|platform|bench|desk|gate|unit|bay|dock|plot|bed|shelf|bin|locker|seat|row|stand|pitch|berth|aisle|level|floor|block|flat|apartment|suite|ward|lab|no|number|pier|stall|cabin|carriage|coach|house|site|zone|area|section|court|door|tunnel|shed|rack|hall|building|studio|terminal|lane|track|stage|booth|pod|wing|office)\.?\s*#?$/i;

/**
 * The starts of `starts` that may name a place, asked "where": not a clock time, a date, a sum, a share
 * or a quantity — "It is 1:30." of "ceremony at St Brannock's at 1:30, … we're on table 11", "It is
 * 80th." of "all sorted for Grandad's 80th! Table for 11 at The Old Mill" — a number only where it
 * numbers a place; all of `starts` when none may, or when the request asks by a place's noun ("Which
 * port …", "Which room number …": a number answers).
 */
export function placeKindStarts(source: string, request: string, starts: readonly number[]): number[] {
  if (!/\bwhere(?:abouts)?\b/i.test(questionClause(request))) return [...starts];
  const kept = starts.filter((q) => {
    const at = source.slice(q, q + 48);
    if (!/^[-−#№$£€¥₹]?\p{Nd}/u.test(at)) return true;
    if (STREET_AT.test(at)) return true;
    if (DATE_SHAPED.test(at) || TIME_VALUE.test(at)) return false;
    return NUMBERED_PLACE_BEFORE.test(source.slice(Math.max(0, q - 16), q).trimEnd() + ' ');
  });
  return kept.length > 0 ? kept : [...starts];
}

// Asked which day of the week: "On which day of the week do Bramble Points count twice?", "Which days
// is the tip open?", "What day does the bin go out every week?" — a weekday answers ("Wednesdays", not
// a date beside it); not "Which day will the practice be shut for the public holiday?", which a date
// answers ("Monday 26 August 2024", not "Tuesday at 8:00" when it reopens).
const WEEKDAY_ASKED =
  /\bday of the week\b|\bweekdays?\b|\b(?:what|which) days\b|\b(?:what|which) day\b.*\b(?:every|each|usually|normally|regularly|weekly)\b/i;
// (a weekday said as a day: after a preposition or a determiner — "on Tuesday", "from Tuesday to Thursday")
const WEEKDAY_SAID =
  /\b(?:on|from|to|until|till|by|every|each|next|this|last|before|after|since|of|the|a|and|or|between)\s+$/i;
// (a weekday with its date: "Thursday 14 March", "Tue, 9 April", "Friday the 21st")
const WEEKDAY_DATED = /^\p{L}+\.?,?\s+(?:the\s+)?\p{Nd}/u;
const WEEKDAY_AT = new RegExp(`^(?:${WEEKDAYS.join('|')}|(?:${WEEKDAYS_SHORT.join('|')})\\b)`, 'i');

/**
 * Of `starts`, those opening at a weekday's name when `request` asks which day and some do; asked no
 * weekday, not a weekday's name that names a thing, where a date with its day's number remains
 * ("Minutes, Tuesday leads meeting: Agreed to move the Hollowtide launch from 28 February 2025 to 14
 * March 2025" asked the new release day: writer 119; not "moves from Tuesday to Thursday", nor a rota's
 * "Thu:"); else `starts`.
 */
export function weekdayStarts(source: string, request: string, starts: readonly number[]): number[] {
  if (!WEEKDAY_ASKED.test(request)) {
    const bare = (q: number) =>
      WEEKDAY_AT.test(source.slice(q, q + 12)) &&
      !WEEKDAY_DATED.test(source.slice(q, q + 20)) &&
      !WEEKDAY_SAID.test(source.slice(Math.max(0, q - 12), q)) &&
      !/^\p{L}+\s*:/u.test(source.slice(q, q + 14));
    const kept = starts.filter((q) => !bare(q));
    return kept.some((q) => /\p{Nd}/u.test(source.slice(q, q + 3))) ? kept : [...starts];
  }
  const days = starts.filter((q) => WEEKDAY_AT.test(source.slice(q, q + 12)));
  return days.length > 0 ? days : [...starts];
}

/**
 * The starts of `starts` that open a value of `kind` in `source` (of the names, none a sentence
 * opens with, when others remain): where answer copy opens a value of the kind asked for, and
 * (`strict`: no date's day nor street's number as a count, no digit but a date's as a date, even when
 * the source has no other)
 * whether a quoted piece holds one at all.
 */
/**
 * The word a value opens with at `q`: up to a space, or a comma, semicolon or bar between cells
 * ("sale" of "Firewood for sale,35,$19.50" — no code: writer 104's classifieds), not a number's
 * thousands' comma ("1,290").
 */
const cellAt = (source: string, q: number) => /^(?:[^\s,;|]|(?<=\p{N}),(?=\p{N}))*/u.exec(source.slice(q))![0];

export function startsOfKind(
  source: string,
  starts: readonly number[],
  kind: AnswerKind,
  { strict = false }: { strict?: boolean } = {},
): number[] {
  if (kind === 'colour') {
    // the colour's whole phrase: "deep saffron yellow", not "yellow" after its qualifiers
    const of = starts.filter((q) => colourOpens(source.slice(q, q + 64)));
    const at = new Set(of);
    return of.filter((q) => {
      const before = /(?:^|[^\p{L}-])([\p{L}-]+) $/u.exec(source.slice(Math.max(0, q - 40), q));
      return !(before && at.has(q - before[1]!.length - 1));
    });
  }
  const of = starts.filter(
    (q) =>
      opensKind(cellAt(source, q), kind) ||
      // a carrier's letters before the number ("VY 7314", "TGV 6611"), a currency's code before a price ("CHF 236.40")
      (kind === 'code' && CARRIER_CODE.test(source.slice(q, q + 12))) ||
      (kind === 'count' && CURRENCY_CODE.test(source.slice(q, q + 12))) ||
      // a quantity said with an article ("an hour and three quarters"), a street's number and name ("3 Mill Lane")
      (kind === 'count' && articleQuantityAt(source, q)) ||
      (kind === 'address' && STREET_AT.test(source.slice(q, q + 48))) ||
      // a clock time said in words ("a quarter before six", "half past eight")
      (kind === 'time' && CLOCK_IN_WORDS.test(source.slice(q, q + 40))) ||
      // a log's time stamp, its date and its time ("2024-06-14 05:52:09 WARN blast_chiller[BC2] door open":
      // the time opens no value of its own there — answer-value-bounds.ts; writer 126)
      (kind === 'time' && TIME_STAMP.test(source.slice(q, q + 24))),
  );
  // a count is no day of a month ("revised on 2 February 2019"), where the source says another —
  // `strict`: none at all, nor a street's number ("14 Aldgrave Lane"): whether a piece holds a count
  // (a log's time stamp only where its line holds no other clock time: "2024-07-09 06:42 TRAILHEAD Kessock Gap |
  // … | planned return 19:30" asked when the group was expected back — writer 80)
  if (kind === 'time') {
    const line = (q: number) => source.lastIndexOf('\n', q - 1);
    const stamps = of.filter((q) => TIME_STAMP.test(source.slice(q, q + 24)));
    const others = new Set(of.filter((q) => !stamps.includes(q)).map(line));
    return of.filter((q) => !stamps.includes(q) || !others.has(line(q)));
  }
  if (kind === 'count') {
    const counts = of.filter(
      (q) =>
        !DAY_OF_MONTH.test(source.slice(q, q + 16)) &&
        !afterCode(source, q, CURRENCY_CODE) &&
        !(strict && STREET_AT.test(source.slice(q, q + 48))) &&
        !ONE_PRONOUN.test(source.slice(Math.max(0, q - 12), q + 4).replace(/\s+$/, '')),
    );
    return counts.length > 0 || strict ? counts : of;
  }
  // a date as dates are written ("2003-09-02", "19 November", "on Friday", "1822"), where the source has one, not "312"
  // (`strict`: none at all, nor a code's digit — "Site: Quennell Marsh (QM-2)" holds no date)
  if (kind === 'date') {
    const dates = of.filter((q) => DATE_SHAPED.test(source.slice(q, q + 24)));
    if (dates.length > 0 || strict) return dates;
    // where it has none, a clock time says when, and a street's number does not ("11:15 | 3 Quarry Row,
    // Kembury" of "when are we looking round the Quarry Row one?": writer 101's viewings)
    const times = of.filter((q) => opensKind(cellAt(source, q), 'time'));
    const notStreets = of.filter((q) => !STREET_AT.test(source.slice(q, q + 48)));
    return times.length > 0 ? times : notStreets.length > 0 ? notStreets : of;
  }
  // a carrier's code is copied whole ("VY 7314", not "7314"); a code is no day of a month ("rebooked
  // onto Kestrel Air KH 9081, departing at 23:15 on 9 October"), where the source says another
  if (kind === 'code') {
    // (only where the carrier's letters open a value themselves: "Kestrel Air KH 9081" opens at "9081")
    const open = new Set(starts);
    const codes = of.filter((q) => !afterCode(source, q, CARRIER_CODE) || !open.has(q - codeLength(source, q) - 1));
    // (nor a date written in digits: "DOB: 02/11/2021" beside "Microchip: 981020004417263")
    // (nor a price: "$19.50" of a classified's row beside its "CL-1103", nor its number after the sign: "€640")
    const notDays = codes.filter(
      (q) =>
        !DAY_OF_MONTH.test(source.slice(q, q + 16)) &&
        !DATE_IN_DIGITS.test(source.slice(q, q + 12)) &&
        !/^[$£€¥₹]\p{N}/u.test(source.slice(q, q + 2)) &&
        !(q > 0 && /[$£€¥₹]/u.test(source[q - 1]!)) &&
        // (nor a code without its "#" where it opens with it too: "#2E5E4E", not "2E5E4E")
        !(q > 0 && source[q - 1] === '#' && open.has(q - 1)) &&
        // (nor a quantity of things or a sum: "10 boxes", "4 x 2.5 L", "312.40" of a receipt's lines beside its
        // "Order no.: 4471902635" — writer 125)
        !QUANTITY_NOT_CODE.test(source.slice(q, q + 24)),
    );
    return notDays.length > 0 ? notDays : codes;
  }
  if (kind !== 'name') return of;
  const inSentence = nameStartsInSentence(source, of);
  return inSentence.length > 0 ? inSentence : of;
}
