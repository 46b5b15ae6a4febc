// HIPAA Safe Harbor identifiers 4-6, 14 and 15: telephone and fax numbers, e-mail addresses, web addresses
// and IP addresses. Policy, rule 9 (patient confidentiality): "staff cannot release confidential
// information about patients ... without authority"; the organisation's own numbers and addresses are not
// a patient's and pass. Each row is the rule written out: whose the contact is decides the severity.
import { scan } from '../index';
import type { ScanOptions } from '../types';

const OWN: ScanOptions = { allow: { domains: ['riverbendhealth.org', 'www.example.net'] } };

const found = (text: string, options: ScanOptions = OWN): [string, string, string, string][] =>
  scan(text, options)
    .filter((finding) => finding.category !== 'name' && finding.category !== 'date')
    .map((finding) => [finding.category, finding.text, finding.severity, finding.reason]);

describe('Safe Harbor 4 and 5: telephone and fax numbers', () => {
  it.each([
    // A number given as a person's blocks.
    ['Call her at 541-382-6619 today.', 'phone', '541-382-6619', 'block', "a person's phone number"],
    ['Text my mom on 541-382-6619.', 'phone', '541-382-6619', 'block', "a person's phone number"],
    ['Call his cell 541-555-0142', 'phone', '541-555-0142', 'block', "a person's phone number"],
    // A number nothing says is the organisation's blocks: the gate fails closed.
    [
      'Call 541-382-6619 today.',
      'phone',
      '541-382-6619',
      'block',
      "a phone number that is not the organisation's",
    ],
    [
      'Call +44 20 7946 0958 now',
      'phone',
      '+44 20 7946 0958',
      'block',
      "a phone number that is not the organisation's",
    ],
    // Another organisation's line or a toll-free number only warns.
    [
      'The clinic line is 541-382-6619.',
      'phone',
      '541-382-6619',
      'warn',
      "another organisation's phone number: check it is theirs",
    ],
    [
      'Call 1-800-784-8669 today.',
      'phone',
      '1-800-784-8669',
      'warn',
      "a toll-free phone number that is not the organisation's",
    ],
    // A fax is a fax, labelled before or after.
    ['Fax: 541-382-6619', 'fax', '541-382-6619', 'block', "a fax number that is not the organisation's"],
    [
      'Send it to 541-382-6619 (fax).',
      'fax',
      '541-382-6619',
      'block',
      "a fax number that is not the organisation's",
    ],
    // The extension belongs to the number.
    [
      'Call 541-382-6619x4587 now',
      'phone',
      '541-382-6619x4587',
      'block',
      "a phone number that is not the organisation's",
    ],
    [
      'Call 541-382-6619 ext. 12 now',
      'phone',
      '541-382-6619 ext. 12',
      'block',
      "a phone number that is not the organisation's",
    ],
    // The whole extension, past the 12 characters after the number that the phone lookup reads, however
    // far it stands.
    [
      'Call 541-382-6619  extension 12 now',
      'phone',
      '541-382-6619  extension 12',
      'block',
      "a phone number that is not the organisation's",
    ],
    [
      'Call 541-382-6619 extension 12 now',
      'phone',
      '541-382-6619 extension 12',
      'block',
      "a phone number that is not the organisation's",
    ],
    // A number the phone plan does not know (555 is fictional), labelled as one: found, a person judges.
    ['Phone: 555-0142', 'phone', '555-0142', 'warn', 'a phone number: check whose it is'],
    ['fax 555-0142 it', 'fax', '555-0142', 'warn', 'a fax number: check whose it is'],
    // The bracket that opens a country code is the number's.
    ['Phone: (+1) 555 214 8890', 'phone', '(+1) 555 214 8890', 'warn', 'a phone number: check whose it is'],
  ])('%j: %s %j, %s', (text, category, value, severity, reason) => {
    expect(found(text)).toEqual([[category, value, severity, reason]]);
  });

  it('reads a number at the very start of the text', () => {
    expect(found('541-382-6619 is the number to call today.')).toEqual([
      ['phone', '541-382-6619', 'block', "a phone number that is not the organisation's"],
    ]);
  });

  it.each([
    // An international number is one however few digits its country gives it: Andorra's have six.
    [
      'Call +376 812345 now.',
      'phone',
      '+376 812345',
      'block',
      "a phone number that is not the organisation's",
    ],
    // Numbers that cost the caller (shared-cost, premium-rate) are a business's, not a person's: they warn
    // like toll-free ones.
    [
      'Call +33 8 10 12 34 56 now.',
      'phone',
      '+33 8 10 12 34 56',
      'warn',
      "a toll-free phone number that is not the organisation's",
    ],
    [
      'Call 1-900-234-5678 now.',
      'phone',
      '1-900-234-5678',
      'warn',
      "a toll-free phone number that is not the organisation's",
    ],
  ])('%j: %s %j, %s', (text, category, value, severity, reason) => {
    expect(found(text)).toEqual([[category, value, severity, reason]]);
  });

  it('reads whose a number is from its own sentence only', () => {
    // "clinic" on the line before does not make the number another organisation's: it still blocks.
    expect(found('Heart clinic\nCall 541-382-6619 today.')).toEqual([
      ['phone', '541-382-6619', 'block', "a phone number that is not the organisation's"],
    ]);
  });

  it('does not take a date for a phone number, even after a label', () => {
    expect(found('Phone: 3/14/2024')).toEqual([]);
    expect(found('Phone: 12/05/2024')).toEqual([]);
    expect(found('Phone: 2024-03-14')).toEqual([]);
    expect(found('On 2024-03-14 we met')).toEqual([]);
  });

  it.each([
    // A number no phone plan knows: labelled, international, given as a person's, tagged as a fax after.
    ['Call +999 1234 5678 now.', [['phone', '+999 1234 5678', 'warn', 'a phone number: check whose it is']]],
    ['Call his cell 555-0142', [['phone', '555-0142', 'block', "a person's phone number"]]],
    ['Desk: 555-0142 fax', [['fax', '555-0142', 'warn', 'a fax number: check whose it is']]],
    // Phone numbers hold 7 to 15 digits (E.164).
    ['Phone: 555-014', []],
    ['Phone: 1234 5678 9012 3456', []],
    [
      'Phone: 123 4567 8901 2345',
      [['phone', '123 4567 8901 2345', 'warn', 'a phone number: check whose it is']],
    ],
    // Unlabelled, a number in international form counts from eight digits.
    ['Call +999 12345 now.', [['phone', '+999 12345', 'warn', 'a phone number: check whose it is']]],
    ['Call +999 1234 now.', []],
    // Groups that only start like a date are a number: "1234-56-78" after a country code, French pairs.
    ['Phone: +999 1234-56-78', [['phone', '+999 1234-56-78', 'warn', 'a phone number: check whose it is']]],
    ['Phone: 06.12.34.56.78', [['phone', '06.12.34.56.78', 'warn', 'a phone number: check whose it is']]],
    // A fax tag right after the number, with or without a dash; "fax" further on tags nothing.
    ['Desk: 555-0142-fax', [['fax', '555-0142', 'warn', 'a fax number: check whose it is']]],
    ['Desk: 555-0142 - fax', [['fax', '555-0142', 'warn', 'a fax number: check whose it is']]],
    ['Desk: 555-0142 or fax', [['phone', '555-0142', 'warn', 'a phone number: check whose it is']]],
    // Four digits, two, then one is no date: a number, however it is grouped.
    ['Phone: 0123-45-6 7890', [['phone', '0123-45-6 7890', 'warn', 'a phone number: check whose it is']]],
    // Nor are groups of four, two and more than two digits, or a month or day no calendar has: a labelled
    // number is a date only when its digits make a whole one.
    ['Phone: 0123-45-6789', [['phone', '0123-45-6789', 'warn', 'a phone number: check whose it is']]],
    ['Phone: 2024-03-145', [['phone', '2024-03-145', 'warn', 'a phone number: check whose it is']]],
    ['Phone: 1234-56-78', [['phone', '1234-56-78', 'warn', 'a phone number: check whose it is']]],
    ['Phone: 2024-12-32', [['phone', '2024-12-32', 'warn', 'a phone number: check whose it is']]],
    // A bracket before the number's own opening bracket is the sentence's, not the number's.
    ['Phone: ((555) 214-8890', [['phone', '(555) 214-8890', 'warn', 'a phone number: check whose it is']]],
    // An IP address after a label is a device's address, not a phone number.
    [
      'Her desk (192.168.100.200) was hacked.',
      [['ip', '192.168.100.200', 'block', 'an IP address identifies a device']],
    ],
  ])('a number the phone plan does not know: %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('does not report a labelled number inside the organisation’s own text', () => {
    expect(found('Phone: 555-0142', { allow: { terms: ['Phone: 555-0142'] } })).toEqual([]);
  });

  it('allows the organisation’s own number however it is written', () => {
    expect(found('Call 541-382-6619 or (541) 382-6619', { allow: { phones: ['541.382.6619'] } })).toEqual([]);
  });

  it('allows the organisation’s own number the phone plan does not know, with or without its country code', () => {
    // Compared by the last ten digits: "+1 555 214 8890" and "(555) 214-8890" are one number.
    expect(found('Phone: (555) 214-8890', { allow: { phones: ['+1 555 214 8890'] } })).toEqual([]);
    expect(found('Phone: +1 (555) 214-8890', { allow: { phones: ['(555) 214-8890'] } })).toEqual([]);
    expect(found('Phone: (555) 214-8890')).toEqual([
      ['phone', '(555) 214-8890', 'warn', 'a phone number: check whose it is'],
    ]);
  });

  it('reads a national number by the organisation’s country, any case, and by the US for an unknown one', () => {
    expect(found('Call 020 7946 0958', { defaultCountry: 'gb' })).toEqual([
      ['phone', '020 7946 0958', 'block', "a phone number that is not the organisation's"],
    ]);
    expect(found('Call 020 7946 0958', { defaultCountry: 'XX' })).toEqual([]);
  });

  it('reads a national number of eight digits where the organisation’s country writes them so (Denmark)', () => {
    expect(found('Call 32 12 34 56 today.', { defaultCountry: 'DK' })).toEqual([
      ['phone', '32 12 34 56', 'block', "a phone number that is not the organisation's"],
    ]);
  });
});

describe('Safe Harbor 6: e-mail addresses', () => {
  it.each([
    ['Email jane.doe@gmail.com now', [['email', 'jane.doe@gmail.com', 'block', "a person's e-mail address"]]],
    [
      'Email INFO@clinic.org now',
      [['email', 'INFO@clinic.org', 'warn', "another organisation's e-mail address"]],
    ],
    ['Email no-reply@x.com', [['email', 'no-reply@x.com', 'warn', "another organisation's e-mail address"]]],
    // The organisation's domain and its subdomains; a domain that only ends in its name is not one.
    ['Mail jo@mail.riverbendhealth.org', []],
    [
      'Mail jo@notriverbendhealth.org',
      [['email', 'jo@notriverbendhealth.org', 'block', "a person's e-mail address"]],
    ],
    ['see a@b', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('allows an address the organisation lists, in any case', () => {
    expect(found('Mail Jane@Gmail.com', { allow: { emails: ['jane@gmail.com'] } })).toEqual([]);
  });
});

describe('Safe Harbor 14: web addresses and handles', () => {
  it.each([
    [
      'Visit facebook.com/jane.doe',
      [['url', 'facebook.com/jane.doe', 'block', 'a web page about one person']],
    ],
    ['Visit linkedin.com/in/jane', [['url', 'linkedin.com/in/jane', 'block', 'a web page about one person']]],
    // A site's home or its topic pages are not a person's page.
    ['Visit gofundme.com', [['url', 'gofundme.com', 'warn', "a web address that is not the organisation's"]]],
    [
      'Visit https://facebook.com/hashtag/x',
      [['url', 'https://facebook.com/hashtag/x', 'warn', "a web address that is not the organisation's"]],
    ],
    // A query string is no path: a site's home page with one is its home page, whatever the query holds.
    [
      'Visit www.gofundme.com?ref=https://x.com',
      [['url', 'www.gofundme.com?ref=https://x.com', 'warn', "a web address that is not the organisation's"]],
    ],
    [
      'Visit gofundme.com/?ref=a/b',
      [['url', 'gofundme.com/?ref=a/b', 'warn', "a web address that is not the organisation's"]],
    ],
    [
      'Visit gofundme.com/f/kaylas-wheels?ref=share',
      [['url', 'gofundme.com/f/kaylas-wheels?ref=share', 'block', 'a web page about one person']],
    ],
    [
      'Visit facebook.com/profile.php?id=100012345',
      [['url', 'facebook.com/profile.php?id=100012345', 'block', 'a web page about one person']],
    ],
    // The sentence's punctuation and brackets are not the address's.
    [
      'Visit example.com/path).',
      [['url', 'example.com/path', 'warn', "a web address that is not the organisation's"]],
    ],
    ['Visit (example.com)', [['url', 'example.com', 'warn', "a web address that is not the organisation's"]]],
    [
      'See [example.com/path]',
      [['url', 'example.com/path', 'warn', "a web address that is not the organisation's"]],
    ],
    ['Visit https://riverbendhealth.org.', []],
    ['Visit www.riverbendhealth.org/x', []],
    ['Visit www.example.net/a and example.net', []],
    ['Visit http://riverbendhealth.org/x', []],
    [
      'Visit http://gofundme.com',
      [['url', 'http://gofundme.com', 'warn', "a web address that is not the organisation's"]],
    ],
    // A profile's address may hold an "@" in its path: still a web address, and a person's on a social network.
    [
      'Watch https://www.tiktok.com/@jane.doe for her recovery story.',
      [['url', 'https://www.tiktok.com/@jane.doe', 'block', 'a web page about one person']],
    ],
    [
      'Read medium.com/@janedoe now',
      [['url', 'medium.com/@janedoe', 'warn', "a web address that is not the organisation's"]],
    ],
    ['Follow me @jane_doe', [['url', '@jane_doe', 'block', "a person's social media handle"]]],
    ['her instagram: @jane', [['url', '@jane', 'block', "a person's social media handle"]]],
    ['Follow us @riverbend', []],
    // Right after the words that name a patient, or as the page of someone's story.
    [
      'Follow our patient warrior @brave_bella_2019 on Instagram!',
      [['url', '@brave_bella_2019', 'block', "a person's social media handle"]],
    ],
    [
      "You can follow Jake's journey at @jakewalksagain.",
      [['url', '@jakewalksagain', 'block', "a person's social media handle"]],
    ],
    ['Follow our partners @redcross for updates', []],
    // The scheme in capitals is a scheme still.
    [
      'Visit HTTPS://gofundme.com',
      [['url', 'HTTPS://gofundme.com', 'warn', "a web address that is not the organisation's"]],
    ],
    ['Visit HTTPS://riverbendhealth.org/x', []],
    // A host that only holds the organisation's name, or its address after its own host, is another's.
    [
      'Visit example.www.net',
      [['url', 'example.www.net', 'warn', "a web address that is not the organisation's"]],
    ],
    [
      'Visit www.x.http://riverbendhealth.org',
      [['url', 'www.x.http://riverbendhealth.org', 'warn', "a web address that is not the organisation's"]],
    ],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('does not report a web address or a handle inside the organisation’s own text', () => {
    expect(found('Visit registerme.org', { allow: { terms: ['registerme.org'] } })).toEqual([]);
    expect(found('Follow me @riverbend_news', { allow: { terms: ['@riverbend_news'] } })).toEqual([]);
  });

  it('allows the organisation’s domain as it lists it, though "www." stands inside its name', () => {
    expect(found('Visit glowww.org/a', { allow: { domains: ['glowww.org'] } })).toEqual([]);
  });
});

describe('Safe Harbor 15: IP addresses', () => {
  it.each([
    ['IP 10.1.2.3', [['ip', '10.1.2.3', 'block', 'an IP address identifies a device']]],
    ['IP fe80::1', [['ip', 'fe80::1', 'block', 'an IP address identifies a device']]],
    [
      'addr 2001:db8:0:0:0:0:0:1',
      [['ip', '2001:db8:0:0:0:0:0:1', 'block', 'an IP address identifies a device']],
    ],
    // A version number, an impossible address or a time is not one.
    ['version 10.1.2.3', []],
    ['v10.1.2.3', []],
    ['IP 999.1.2.3', []],
    ['at 10:30:00 ok', []],
    ['version  10.1.2.3', []],
    ['Version 10.1.2.3', []],
    // "version" ending the sentence before does not make the next one's address a version number.
    [
      'Install the new version. 10.1.2.3 is her laptop.',
      [['ip', '10.1.2.3', 'block', 'an IP address identifies a device']],
    ],
    // Hex digits in capitals are hex digits.
    [
      'addr 2001:DB8:0:0:0:0:0:1',
      [['ip', '2001:DB8:0:0:0:0:0:1', 'block', 'an IP address identifies a device']],
    ],
    // Hex groups that are no address, and an address of digits alone (read as a time or a code).
    ['Room ab:cd:ef today', []],
    ['Shelf a1:b2:c3 today', []],
    ['Code 1:2:3:4:5:6:7:8 ok', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

// Mutants of contact.ts (from line 217) that no test can kill (Stryker run of 2 December, code of ca40cdb):
// - contact.ts:217 Regex → /[\s(.-]$/: a number-like stretch always ends in a digit, so there is nothing to strip.
// - contact.ts:217 StringLiteral → "Stryker was here!": likewise, the pattern never matches a stretch ending in a digit.
// - contact.ts:230 ConditionalExpression → true: at the text's start text[-1] is undefined, never "(".
// - contact.ts:230 EqualityOperator → start >= 0: the same; the only extra case reads text[-1].
// - contact.ts:251 ArrayDeclaration → ["Stryker was here"]: a host holds no space, so never equals or ends in it.
// - contact.ts:304 StringLiteral → "": a fast path; without "@" the general path finds no address either.
// - contact.ts:304 ConditionalExpression → false: the same fast path.
// - contact.ts:305 ArrayDeclaration → ["Stryker was here"]: an address holds no space, so never equals it.
// - contact.ts:354 StringLiteral → "": a fast path; without "@" there is no handle.
// - contact.ts:354 ConditionalExpression → false: the same fast path.
// - contact.ts:382 Regex → /\/[^\s/]/: a text has a match of it exactly when it has one of /\/[^\s/]+/.
// - contact.ts:382 MethodExpression → page: the host holds no "/", so every "/" of the page is in the part after it.
// - contact.ts:416 ConditionalExpression → false: a fast path; every IPv6 candidate holds two colons with at most
//   four hex digits between, which the hint finds.
// - contact.ts:436 ArrayDeclaration → ["Stryker was here"]: the stand-in stretch holds no digit; both phone searches
//   skip it.
// - contact.ts:437 ConditionalExpression → true: findPhones over no stretches finds nothing (it only fills a cache).
// - contact.ts:437 EqualityOperator → candidates.length >= 0: the same.
// - contact.ts:442 ConditionalExpression → true: findUnlistedPhones over no stretches finds nothing.
// - contact.ts:442 EqualityOperator → candidates.length >= 0: the same.
