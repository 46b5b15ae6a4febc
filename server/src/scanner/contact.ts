// Contact details (Safe Harbor identifiers 4, 5, 6, 14, 15): phone, fax, e-mail, web address, IP address.
import { isIP } from 'node:net';

import {
  findPhoneNumbersInText,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';

import {
  countDigits,
  isAllowed,
  makeFinding,
  matchesOf,
  sentenceStartAt,
  SpanIndex,
  type ScanContext,
} from './context';
import { IDENTITY_BEFORE } from './names/cues';
import type { Finding } from './types';

// Written for a dash between digit groups, often to hide a number: tildes, underscores, stars, dots, bullets.
const ODD_SEPARATORS = '~⁓∼_*·•';
// Stretches that may hold a phone number: only these are handed to libphonenumber, which keeps it fast.
const PHONE_CANDIDATE = new RegExp(
  `(?:\\+|[([]\\s*)?\\d[\\d\\s()[\\].\\-‐-―/${ODD_SEPARATORS}]{5,22}\\d`,
  'g',
);
// libphonenumber reads tildes and square brackets but not these: it is given a space in their place.
const UNREAD_SEPARATOR = /[_*·•]/g;

// "Fax", "Telefax", "Fax no.:", "F:" before a number.
const FAX_LABEL =
  /\b(?:(?:tele)?fax|facsimile|telecopier)\b\.?(?:[\s-]*(?:number|no\.?|nr\.?|#))?\s*[:#]?\s*$|\bf\s*:\s*$/i;
const FAX_LABEL_AFTER = /^\s*\(?\s*fax\b/i;

// A number said to be a person's: theirs, their family's, their mobile.
const PERSONAL_NUMBER =
  /\b(?:his|her|their|my)\b[^.!?]{0,30}$|\b(?:daughter|son|wife|husband|mom|mum|dad|mother|father|sister|brother|family|cell|mobile|home|patient)(?:'s|’s)?\b[^.!?]{0,30}$/i;

// A number given as an organisation's, not a person's.
const ORGANISATION_NUMBER =
  /\b(?:department|dept|line|center|centre|services|society|association|clinic|office|hotline|lifeline|helpline|program|agency|county|state|health|foundation|cross|bank|pharmacy|shelter|network|coalition|hospital)\b[^.!?]{0,40}$/i;

function phoneCountry(ctx: ScanContext): CountryCode {
  const wanted = (ctx.options.defaultCountry ?? 'US').toUpperCase();
  return isSupportedCountry(wanted) ? wanted : 'US';
}

// North American numbers have ten digits; elsewhere and in international form they may have fewer.
const NORTH_AMERICAN = new Set(['US', 'CA', 'PR', 'GU', 'VI', 'AS', 'MP', 'BS', 'BB', 'JM', 'TT', 'DO']);

function minimumDigits(candidate: string, country: CountryCode): number {
  if (candidate.startsWith('+')) return 7;
  return NORTH_AMERICAN.has(country) ? 10 : 7;
}

/** A phone's last ten digits, however it is written: how the organisation's own numbers are matched. */
export const lastTen = (text: string) => text.replace(/\D/g, '').slice(-10);

interface AllowedPhones {
  /** The organisation's numbers as libphonenumber reads them (E.164), or their digits where it cannot. */
  numbers: Set<string>;
  /** The last ten digits of each, however written (`findUnlistedPhones`). */
  lastTenDigits: Set<string>;
}

const allowedPhonesByList = new Map<string, AllowedPhones>();

function allowedPhones(ctx: ScanContext, country: CountryCode): AllowedPhones {
  const phones = ctx.options.allow?.phones ?? [];
  const key = `${country}\n${phones.join('\n')}`;
  let allowed = allowedPhonesByList.get(key);
  if (!allowed) {
    allowed = {
      numbers: new Set<string>(),
      lastTenDigits: new Set(phones.map(lastTen)),
    };
    for (const phone of phones) {
      const parsed = parsePhoneNumberFromString(phone, country);
      allowed.numbers.add(parsed ? parsed.number : phone.replace(/\D/g, ''));
    }
    // A policy changes rarely: keep the last few lists parsed, not every list ever seen.
    if (allowedPhonesByList.size > 32) allowedPhonesByList.clear();
    allowedPhonesByList.set(key, allowed);
  }
  return allowed;
}

// A lookup costs about a tenth of a millisecond. No post holds this many number-like stretches; past them a
// stretch blocks unread, so a hostile text costs a bounded time and still cannot be published.
const PHONE_LOOKUPS_PER_TEXT = 2000;
const UNCHECKED = 'one of more number-like stretches than a post holds: each may be a phone number';

// An extension written after the number belongs to it ("345-899-3560x4587").
const EXTENSION = /\s*(?:x|ext\.?|extension)\s*\d{1,5}/iy;

// Asked only of a number not said to be a person's: reading the type costs several more metadata patterns.
function isTollFree(number: PhoneNumber): boolean {
  const type = number.getType();
  return type === 'TOLL_FREE' || type === 'SHARED_COST' || type === 'PREMIUM_RATE';
}

// A label's reach: the `reach` characters (from `from` on) before the white space that precedes the number.
function textBefore(text: string, start: number, reach: number, from = 0): string {
  let end = start;
  while (end > from && /\s/.test(text[end - 1])) end -= 1;
  return text.slice(Math.max(from, end - reach), end);
}

// Whether `at` falls between two digits of one run.
const splitsDigits = (text: string, at: number): boolean =>
  /\d\d/.test(text.slice(Math.max(0, at - 1), at + 1));

function findPhones(ctx: ScanContext, candidates: RegExpExecArray[]): Finding[] {
  const text = ctx.text;
  const country = phoneCountry(ctx);
  const allowed = allowedPhones(ctx, country).numbers;
  const findings: Finding[] = [];
  const seen = new Set<number>();
  // libphonenumber is the costly part: a stretch repeated in the text is handed to it once.
  const numbersIn = new Map<string, ReturnType<typeof findPhoneNumbersInText>>();
  for (const candidate of candidates) {
    if (countDigits(candidate[0]) < minimumDigits(candidate[0], country)) continue;
    const from = Math.max(0, candidate.index - 4);
    const slice = text.slice(from, candidate.index + candidate[0].length + 12);
    let numbers = numbersIn.get(slice);
    if (!numbers && numbersIn.size >= PHONE_LOOKUPS_PER_TEXT) {
      const start = candidate.index;
      const end = start + candidate[0].length;
      if (!isAllowed(ctx, start, end))
        findings.push(makeFinding(ctx, 'phone', start, end, 'block', UNCHECKED));
      continue;
    }
    if (!numbers) {
      numbers = findPhoneNumbersInText(slice.replace(UNREAD_SEPARATOR, ' '), country);
      numbersIn.set(slice, numbers);
    }
    for (const found of numbers) {
      const start = from + found.startsAt;
      let end = from + found.endsAt;
      // The lookup's slice may cut a longer run of digits: a number read inside one is none.
      if (!found.number.ext && (splitsDigits(text, start) || splitsDigits(text, end))) continue;
      // The lookup reads 12 characters past the stretch: an extension it cut there ends at its last digit.
      if (found.number.ext) while (/\d/.test(text.charAt(end))) end += 1;
      EXTENSION.lastIndex = end;
      if (EXTENSION.test(text)) end = EXTENSION.lastIndex;
      if (seen.has(start)) continue;
      seen.add(start);
      if (allowed.has(found.number.number) || isAllowed(ctx, start, end)) continue;
      const before = textBefore(text, start, 60, sentenceStartAt(ctx, start));
      // A label right before the number is its own, even on the line before: read past the sentence's start.
      const fax =
        FAX_LABEL.test(textBefore(text, start, 24)) || FAX_LABEL_AFTER.test(text.slice(end, end + 8));
      const category = fax ? 'fax' : 'phone';
      if (PERSONAL_NUMBER.test(before)) {
        findings.push(makeFinding(ctx, category, start, end, 'block', `a person's ${category} number`));
      } else if (isTollFree(found.number)) {
        findings.push(
          makeFinding(
            ctx,
            category,
            start,
            end,
            'warn',
            `a toll-free ${category} number that is not the organisation's`,
          ),
        );
      } else if (ORGANISATION_NUMBER.test(before)) {
        findings.push(
          makeFinding(
            ctx,
            category,
            start,
            end,
            'warn',
            `another organisation's ${category} number: check it is theirs`,
          ),
        );
      } else {
        findings.push(
          makeFinding(
            ctx,
            category,
            start,
            end,
            'block',
            `a ${category} number that is not the organisation's`,
          ),
        );
      }
    }
  }
  return findings;
}

// A number said to be a phone number: labelled ("Phone:", "Mobile:", "Fax:", "call me on") or tagged after
// ("-Office", " fax"). libphonenumber rejects many of them (fictional 555 ranges, unassigned prefixes,
// national forms of another country), yet they are plainly phone numbers.
const PHONE_LABEL_BEFORE =
  /(?:\b(?:phone|ph|tel|telephone|telefon|telefone|telefono|teléfono|téléphone|tél|tlf|fon|mobile|mobil|mob|móvil|movil|cell|cellphone|cel|celular|fax|telefax|facsimile|landline|voicemail|sms|hotline|helpline|desk|office|home|work|whatsapp|contact|dial|pager|beeper)\b\.?(?:[\s-]*(?:number|no\.?|nr\.?|#))?|\b(?:phone|telephone|mobile|cell|cellphone|landline|whatsapp|fax)(?:\s+(?:number|no\.?|#))?\s+(?:is|was)|\b(?:call|text|ring|reach|phone)(?:\s+(?:me|us|him|her|them|(?:his|her|their|my|your|the)\s+[\w'’]+(?:\s+\w+)?))?\s+(?:at|on)|\bnumber\s+(?:is|was)|\bmessages\s+to|\banswering\s+at)\s*[:#.]?[\s>]*$/i;
const PHONE_TAG_AFTER = /^[ \t]*-?[ \t]*(?:office|fax|mobile|cell|home|work|desk|phone)\b/i;
const NANP_SHAPE = new RegExp(
  `^(?:\\+?1[-. ]?)?[([]?\\d{3}[)\\]]?[-. ${ODD_SEPARATORS}]?\\d{3}[-. ${ODD_SEPARATORS}]\\d{4}$`,
);
// A date opening a stretch: a year, a month and a day, each whole ("0123-45-6789" is none).
const DATE_FIRST = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)/;

function findUnlistedPhones(ctx: ScanContext, candidates: RegExpExecArray[], found: Finding[]): Finding[] {
  const text = ctx.text;
  const findings: Finding[] = [];
  const known = new SpanIndex(found);
  // The organisation's own numbers, however written: compared by their last ten digits (read once per
  // list of numbers, with the numbers `findPhones` reads).
  const allowedDigits = allowedPhones(ctx, phoneCountry(ctx)).lastTenDigits;
  for (const candidate of candidates) {
    let start = candidate.index;
    let value = candidate[0];
    // The stretch may end in a bracket or separator that is not the number's.
    value = value.replace(/[\s(.-]+$/, '');
    let end = start + value.length;
    if (known.overlaps(start, end) || isAllowed(ctx, start, end)) continue;
    const digits = countDigits(value);
    if (digits < 7 || digits > 15 || allowedDigits.has(lastTen(value))) continue;
    const before = textBefore(text, start, 30);
    const labelled = PHONE_LABEL_BEFORE.test(before) || PHONE_TAG_AFTER.test(text.slice(end, end + 10));
    const international = value.startsWith('+') && digits >= 8;
    if (!labelled && !international && !NANP_SHAPE.test(value)) continue;
    // Dates and times are not phone numbers.
    if (DATE_FIRST.test(value) || /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(value)) continue;
    EXTENSION.lastIndex = end;
    if (EXTENSION.test(text)) end = EXTENSION.lastIndex;
    if (start > 0 && '(['.includes(text[start - 1]) && !'(['.includes(value[0])) start -= 1;
    const fax =
      FAX_LABEL.test(textBefore(text, start, 24)) || /^[ \t]*-?[ \t]*fax\b/i.test(text.slice(end, end + 8));
    const category = fax ? 'fax' : 'phone';
    const severity = PERSONAL_NUMBER.test(before) ? 'block' : 'warn';
    findings.push(
      makeFinding(
        ctx,
        category,
        start,
        end,
        severity,
        severity === 'block' ? `a person's ${category} number` : `a ${category} number: check whose it is`,
      ),
    );
  }
  return findings;
}

function isAllowedDomain(ctx: ScanContext, host: string): boolean {
  const lower = host.toLowerCase().replace(/^www\./, '');
  return (ctx.options.allow?.domains ?? []).some((domain) => {
    const allowed = domain.toLowerCase().replace(/^www\./, '');
    return lower === allowed || lower.endsWith(`.${allowed}`);
  });
}

/**
 * The matches of a sticky pattern `tryAt` in the text, the same as `matchesOf` gives for the pattern made
 * global, with the pattern tried only near its cues. For this, every match must hold a match of `cue`
 * (global), and every character of the match before that cue must be a `lead` character (one character, as
 * a pattern).
 *
 * Why the matches are the same: from where the search stands, take the first cue. The next match holds a
 * cue no earlier than this one, with lead characters only between its start and its cue: so it starts at
 * or after the run of lead characters that ends at the first cue, or after that cue. Trying the pattern at
 * each place from that run's start to the cue finds the next match if it starts there, and if none does,
 * none starts before the cue either, and the search goes on past it. No place is tried twice, nor is a lead
 * character read back twice: the work stays linear in the text.
 */
function* matchesNear(tryAt: RegExp, cue: RegExp, lead: RegExp, text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (;;) {
    cue.lastIndex = from;
    const cueFound = cue.exec(text);
    if (!cueFound) return;
    let start = cueFound.index;
    while (start > from && lead.test(text[start - 1])) start -= 1;
    let match: RegExpExecArray | null = null;
    for (let at = start; at <= cueFound.index && !match; at += 1) {
      tryAt.lastIndex = at;
      match = tryAt.exec(text);
    }
    if (!match) {
      from = cueFound.index + 1;
      continue;
    }
    from = match.index + match[0].length;
    yield match;
  }
}

// Read from the first word character of a run ("a.b.c..." once, not once per dot); "_" is a mailbox character.
const EMAIL = /\b(?<!\w[.%+-]*)[\w.%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b/y;
// Every e-mail address holds an "@", with only mailbox characters before it: EMAIL is tried only there.
const EMAIL_CUE = /@/g;
const MAILBOX_CHARACTER = /[\w.%+-]/;

// Mailboxes of a function, not a person.
const ROLE_MAILBOX =
  /^(?:info|media|press|news|jobs|careers|hr|volunteers?|foundation|giving|donate|events?|contact|help|support|hello|office|admin|appointments?|billing|records|privacy|compliance|communications|marketing|webmaster|noreply|no-reply)$/i;

function findEmails(ctx: ScanContext): Finding[] {
  const findings: Finding[] = [];
  if (!ctx.text.includes('@')) return findings;
  const allowedEmails = new Set((ctx.options.allow?.emails ?? []).map((email) => email.toLowerCase()));
  for (const match of matchesNear(EMAIL, EMAIL_CUE, MAILBOX_CHARACTER, ctx.text)) {
    const start = match.index;
    const end = start + match[0].length;
    const [local, host] = match[0].split('@');
    if (
      allowedEmails.has(match[0].toLowerCase()) ||
      isAllowedDomain(ctx, host) ||
      isAllowed(ctx, start, end)
    ) {
      continue;
    }
    if (ROLE_MAILBOX.test(local)) {
      findings.push(makeFinding(ctx, 'email', start, end, 'warn', "another organisation's e-mail address"));
    } else {
      findings.push(makeFinding(ctx, 'email', start, end, 'block', "a person's e-mail address"));
    }
  }
  return findings;
}

// Bare domains count only with a common top-level domain, so "a.m." or "Mt. Hood" never match. A bare
// domain is read from the first letter or digit of its dotted run, so a long run is read once.
const TOP_LEVEL_DOMAINS =
  'com|org|net|edu|gov|health|io|co|us|uk|ca|info|me|ly|gl|page|site|blog|app|care|help';
const URL = new RegExp(
  `\\b(?:https?:\\/\\/[^\\s<>"'()]+|www\\.[^\\s<>"'()]+|(?<![a-z0-9][a-z0-9-]*?\\.?)(?:[a-z0-9-]+\\.)+(?:${TOP_LEVEL_DOMAINS})(?:\\/[^\\s<>"'()]*)?)`,
  'iy',
);
// Every web address starts with "http://", "https://" or "www.", or holds a dot and a top-level domain with
// only letters, digits, hyphens and dots before it: URL is tried only there.
const URL_CUE = new RegExp(`https?:\\/\\/|www\\.|\\.(?:${TOP_LEVEL_DOMAINS})`, 'gi');
const DOMAIN_CHARACTER = /[a-z0-9.-]/i;
const TRAILING_PUNCTUATION = /(?<![.,;:!?])[.,;:!?]+$/;
const TRAILING_BRACKETS = /(?<![)\]])[)\]]+$/;

// Pages about one person: fundraisers, journals and personal profiles.
const PERSONAL_PAGE =
  /^(?:https?:\/\/)?(?:www\.|m\.)?(?:gofundme\.com|caringbridge\.org|mealtrain\.com|lotsahelpinghands\.com|givesendgo\.com|fundly\.com|spotfund\.com|gogetfunding\.com|justgiving\.com|(?:facebook|instagram|tiktok|twitter|x|threads|youtube)\.com\/(?!hashtag|groups|events|watch)[^/\s]+|linkedin\.com\/in\/)/i;

// A web address or handle given as a person's: "my blog is …", "her Instagram: @…", "follow him at …".
const PERSONS_PAGE_BEFORE =
  /(?:\b(?:my|his|her|their|patient'?s|mom'?s|dad'?s)\s+(?:own\s+|personal\s+)?(?:website|site|blog|page|profile|portfolio|homepage|web ?page|channel|account|handle|instagram|insta|facebook|tiktok|twitter|linkedin|youtube|snapchat|onlyfans|substack)\b[^.!?]{0,12}|\b(?:follow|find|dm|message|contact)\s+(?:me|him|her|them)\b[^.!?]{0,12}|\p{L}(?:'s|’s)\s+(?:journey|story|recovery|fight|progress|updates?|page|account)\s+(?:at|on|via)\s*)$/iu;

// "@jane_doe": a handle, reported only where it is given as a person's.
const HANDLE = /(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.[A-Za-z0-9])/g;

function findHandles(ctx: ScanContext): Finding[] {
  const findings: Finding[] = [];
  if (!ctx.text.includes('@')) return findings;
  for (const match of matchesOf(HANDLE, ctx.text)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = ctx.text.slice(Math.max(sentenceStartAt(ctx, start), start - 50), start);
    // Given as a person's page, or right after the words that name a patient ("our patient warrior @…").
    if (!(PERSONS_PAGE_BEFORE.test(before) || IDENTITY_BEFORE.test(before)) || isAllowed(ctx, start, end))
      continue;
    findings.push(makeFinding(ctx, 'url', start, end, 'block', "a person's social media handle"));
  }
  return findings;
}

function findUrls(ctx: ScanContext): Finding[] {
  const findings: Finding[] = [];
  for (const match of matchesNear(URL, URL_CUE, DOMAIN_CHARACTER, ctx.text)) {
    let value = match[0].replace(TRAILING_PUNCTUATION, '');
    const start = match.index;
    value = value.replace(TRAILING_BRACKETS, '');
    const end = start + value.length;
    const address = value.replace(/^https?:\/\//i, '');
    const host = address.split(/[/?#]/)[0];
    // A query string is no path: a site's home page with one ("gofundme.com?ref=…") is its home page still.
    const page = address.split('?')[0];
    // An e-mail address's domain, or a user before the host, is no web page; a profile's path may hold an
    // "@" ("tiktok.com/@jane.doe").
    if (ctx.text[start - 1] === '@' || host.includes('@')) continue;
    if (isAllowedDomain(ctx, host) || isAllowed(ctx, start, end)) continue;
    const before = ctx.text.slice(Math.max(sentenceStartAt(ctx, start), start - 50), start);
    if (
      (PERSONAL_PAGE.test(page) && /\/[^\s/]+/.test(page.slice(host.length))) ||
      PERSONS_PAGE_BEFORE.test(before)
    ) {
      findings.push(makeFinding(ctx, 'url', start, end, 'block', 'a web page about one person'));
    } else {
      findings.push(
        makeFinding(ctx, 'url', start, end, 'warn', "a web address that is not the organisation's"),
      );
    }
  }
  return findings;
}

const IPV4_CANDIDATE = /(?<![\d.])(?<!\bv)\d{1,3}(?:\.\d{1,3}){3}(?![\d.]*\d)/g;
// Most posts have no two hex groups joined by colons: they skip the slower IPv6 search.
const IPV6_HINT = /:[0-9a-f]{0,4}:/i;
const IPV6_CANDIDATE = /(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])/gi;

function findIpAddresses(ctx: ScanContext): Finding[] {
  const findings: Finding[] = [];
  for (const match of matchesOf(IPV4_CANDIDATE, ctx.text)) {
    if (isIP(match[0]) !== 4) continue;
    if (/\bversion\s*$/i.test(ctx.text.slice(Math.max(0, match.index - 9), match.index))) continue;
    findings.push(
      makeFinding(
        ctx,
        'ip',
        match.index,
        match.index + match[0].length,
        'block',
        'an IP address identifies a device',
      ),
    );
  }
  if (!IPV6_HINT.test(ctx.text)) return findings;
  for (const match of matchesOf(IPV6_CANDIDATE, ctx.text)) {
    // Times ("10:30:00") are not addresses: an IPv6 address has a letter or a double colon.
    if (isIP(match[0]) !== 6 || !/[a-f]|::/i.test(match[0])) continue;
    findings.push(
      makeFinding(
        ctx,
        'ip',
        match.index,
        match.index + match[0].length,
        'block',
        'an IP address identifies a device',
      ),
    );
  }
  return findings;
}

export function findContacts(ctx: ScanContext): Finding[] {
  // Both phone searches read the same number-like stretches: they are found once.
  const candidates = ctx.hasDigit ? [...matchesOf(PHONE_CANDIDATE, ctx.text)] : [];
  const phones = candidates.length > 0 ? findPhones(ctx, candidates) : [];
  const emails = findEmails(ctx);
  const urls = [...findUrls(ctx), ...findHandles(ctx)];
  const ips = ctx.hasDigit ? findIpAddresses(ctx) : [];
  const unlisted =
    candidates.length > 0 ? findUnlistedPhones(ctx, candidates, [...phones, ...emails, ...urls, ...ips]) : [];
  return [...phones, ...unlisted, ...emails, ...urls, ...ips];
}
