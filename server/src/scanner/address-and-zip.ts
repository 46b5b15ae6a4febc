// Places smaller than a state (Safe Harbor identifier 2): a person's street address, town and ZIP code.
import {
  inSentences,
  isAllowed,
  makeFinding,
  sentenceHas,
  sentencesOf,
  SpanIndex,
  type ScanContext,
  type Span,
} from './context';
import type { Finding } from './types';

const STREET_SUFFIX =
  '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Loop|Trail|Trl|Square|Sq|Crescent|Close|Row|Alley|Pike|Run|Path|Heights)';
const UNIT = '(?:,?\\s*(?:Apt|Apartment|Unit|Suite|Ste|Room|Rm|#)\\.?\\s*#?[A-Z0-9-]{1,6})?';

const STREET_ADDRESS = new RegExp(
  `\\b\\d{1,6}[A-Z]?\\s+(?:[NSEW]{1,2}\\.?\\s+)?(?:(?:\\p{Lu}[\\p{Ll}'’-]*|\\d{1,3}(?:st|nd|rd|th))\\.?\\s+){1,4}${STREET_SUFFIX}\\b\\.?${UNIT}`,
  'gu',
);
const PO_BOX = /\bP\.?\s?O\.?\s+Box\s+\d{1,6}\b/gi;

const STATE =
  '(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)';

// A ZIP code counts after a state or a ZIP label, or in its ZIP+4 form; a bare five-digit number is a count.
const ZIP = /\b\d{5}(?:-\d{4})?\b/g;
const ZIP_LEAD = new RegExp(
  `(?:\\b${STATE}\\.?,?\\s{1,2}|\\b(?:zip|zip code|postal code|postcode)\\s*[:#]?\\s*)$`,
  'i',
);

function isZipCode(text: string, start: number, value: string): boolean {
  return value.length === 10 || ZIP_LEAD.test(text.slice(Math.max(0, start - 20), start));
}

const UK_POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\s?\d[ABD-HJLNP-UW-Z]{2}\b/g;

// Words that make an address someone's home rather than a clinic or a venue.
const RESIDENTIAL =
  /\b(?:lives?|living|home|house|resides?|residence|residing|apartment|apt|neighbou?rs?|moved|address|send (?:cards?|mail|letters?|flowers|gifts?|notes?)|mail (?:cards?|letters?))\b/i;

// "a 35-year-old man from Sweet Home", "Tom Briggs of Beaverton", "Doreen H. in Lebanon, OR".
const PERSON_NOUN =
  /\b(?:man|woman|boy|girl|teen|teenager|child|toddler|infant|baby|mother|father|mom|dad|grandmother|grandfather|patient|resident|native|veteran|student|driver|cyclist|hiker|pedestrian|couple|family|firefighter|farmer|teacher)\s*$/i;
const RESIDENCE_PLACE =
  /\b(?:from|of|in)\s+((?:the\s+(?:town|city|village) of\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?:,\s*(?:[A-Z]{2}\b|\p{Lu}[\p{Ll}]+))?)/gu;
const NOT_A_PLACE =
  /^(?:Our|The|This|That|His|Her|Their|My|Your|A|An|Riverbend|Room|Ward|Bed|Unit|ICU|NICU|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Dr|Mr|Mrs|Ms|Nurse|Level|Emergency|Oncology|Cardiology|Pediatrics)\b/;

function residentialSeverity(ctx: ScanContext, span: Span, patientSentences: Set<number>): 'block' | 'warn' {
  if (sentenceHas(ctx, RESIDENTIAL, span.start)) return 'block';
  return inSentences(ctx, patientSentences, span) ? 'block' : 'warn';
}

function findStreetAddresses(ctx: ScanContext, patientSentences: Set<number>): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of [STREET_ADDRESS, PO_BOX]) {
    for (const match of ctx.text.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (isAllowed(ctx, span.start, span.end)) continue;
      const severity = residentialSeverity(ctx, span, patientSentences);
      const reason =
        severity === 'block' ? "a person's street address" : 'a street address: check it is a public place';
      findings.push(makeFinding(ctx, 'address', span.start, span.end, severity, reason));
    }
  }
  return findings;
}

function findZipCodes(ctx: ScanContext, patientSentences: Set<number>, addresses: Finding[]): Finding[] {
  const findings: Finding[] = [];
  const blockedAddressSentences = sentencesOf(
    ctx,
    addresses.filter((address) => address.severity === 'block'),
  );
  for (const pattern of [ZIP, UK_POSTCODE]) {
    for (const match of ctx.text.matchAll(pattern)) {
      if (pattern === ZIP && !isZipCode(ctx.text, match.index, match[0])) continue;
      const span = { start: match.index, end: match.index + match[0].length };
      if (isAllowed(ctx, span.start, span.end)) continue;
      const nearBlockedAddress = inSentences(ctx, blockedAddressSentences, span);
      const severity = nearBlockedAddress ? 'block' : residentialSeverity(ctx, span, patientSentences);
      const reason = severity === 'block' ? "a person's ZIP code" : 'a ZIP code: check it is a public place';
      findings.push(makeFinding(ctx, 'zip', span.start, span.end, severity, reason));
    }
  }
  return findings;
}

function findHometowns(ctx: ScanContext, patients: Span[]): Finding[] {
  const findings: Finding[] = [];
  const patientEnds = new Set(patients.map((patient) => patient.end));
  for (const match of ctx.text.matchAll(RESIDENCE_PLACE)) {
    const place = match[1];
    const span = { start: match.index + match[0].length - place.length, end: match.index + match[0].length };
    if (NOT_A_PLACE.test(place) || isAllowed(ctx, span.start, span.end)) continue;
    const lead = match.index;
    const before = ctx.text.slice(Math.max(0, lead - 40), lead);
    // "Tom Briggs of Beaverton", "(hi, Doreen H. in Lebanon": right after a patient's name.
    let from = lead;
    while (from > 0 && /[\s,]/.test(ctx.text[from - 1]) && !patientEnds.has(from)) from -= 1;
    const afterPatient = patientEnds.has(from);
    if (afterPatient || PERSON_NOUN.test(before)) {
      findings.push(
        makeFinding(ctx, 'address', span.start, span.end, 'block', "a person's town: smaller than a state"),
      );
    }
  }
  return findings;
}

export function findAddressesAndZipCodes(ctx: ScanContext, patients: Span[]): Finding[] {
  const patientSentences = sentencesOf(ctx, patients);
  const addresses = findStreetAddresses(ctx, patientSentences);
  const addressIndex = new SpanIndex(addresses);
  const towns = findHometowns(ctx, patients).filter((town) => !addressIndex.overlaps(town.start, town.end));
  return [...addresses, ...towns, ...findZipCodes(ctx, patientSentences, addresses)];
}
