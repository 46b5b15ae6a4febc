import { post } from './fixtures';
import type { MediaFile, PostSnapshot } from '../types';

/** Values of every kind canonical JSON meets: the content hash's parts, audit events, policy settings. */
export const VALUES: Record<string, unknown> = {
  'keys out of order, nested': { b: 1, a: { d: [3, { z: 1, y: 2 }], c: null }, A: true, _: false },
  'integer-like keys (JavaScript puts them first)': {
    b: 1,
    '10': 'ten',
    '9': 'nine',
    '01': 'zero one',
    '-1': 'minus one',
    '1.5': 'one and a half',
    '4294967294': 'largest index',
    '4294967295': 'not an index',
    a: 2,
    '0': 'zero',
  },
  'undefined, functions and symbols': {
    kept: 1,
    gone: undefined,
    fn: () => 1,
    symbol: Symbol('s'),
    list: [undefined, () => 1, Symbol('s'), null, 0],
  },
  numbers: [0, -0, 1, -1.25, 0.1 + 0.2, 1e21, 1.5e-7, 2 ** 53, -(2 ** 53) - 2, NaN, Infinity, -Infinity],
  strings: [
    '',
    'plain',
    'quote " backslash \\ slash /',
    'control \u0000 \u0001 \u001f \b \f \n \r \t and del \u007f',
    'line separators \u2028 \u2029',
    'accents: Café, naïve, Zürich, São Paulo',
    'scripts: 東京 Москва العربية עברית हिन्दी',
    'emoji: 💉🏥👩🏽‍⚕️ flag 🇺🇸',
    'lone surrogates: \ud800 \udfff \udc00\ud800',
    'combining: e\u0301 vs \u00e9',
  ],
  'unicode keys': { é: 1, e: 2, 'e\u0301': 3, Z: 4, z: 5, '💉': 6, '\u0000': 7, ' ': 8, '': 9 },
  booleans: { yes: true, no: false },
  'empty containers': { object: {}, array: [], nested: [[], [{}], { a: [] }] },
  dates: {
    instant: new Date('2026-11-29T12:00:00.000Z'),
    list: [new Date(0), new Date('1969-12-31T23:59:59.999Z')],
  },
  'objects with toJSON': {
    custom: { toJSON: () => ({ b: 2, a: 1 }) },
    keyed: { toJSON: (key: string) => `key:${key}` },
    buffer: Buffer.from('ab'),
  },
  'a __proto__ key read from JSON': JSON.parse('{"z":1,"__proto__":{"b":2,"a":1},"a":0}'),
  'array holes': [1, , 3], // eslint-disable-line no-sparse-arrays
  'a class instance': new (class Reading {
    confidence = 0.93;
    text = 'Free flu shots';
  })(),
  'a Map and a Set (no own keys)': { map: new Map([['a', 1]]), set: new Set([1]) },
  'an audit event': {
    seq: 42,
    occurredAt: '2026-11-29T12:00:00.000Z',
    actorId: null,
    actorLabel: 'publish gate',
    action: 'publish',
    targetUid: 'plugin::social-compliance.social-post',
    targetDocumentId: 'abc123',
    targetLocale: 'en',
    contentHash: 'f'.repeat(64),
    details: { reasons: [{ id: 'phi.found', rule: 2, status: 'fail', message: 'A name: “Jane”.' }] },
    prevHash: '0'.repeat(64),
  },
  'top-level string': 'Post 17 of 210',
  'top-level number': 3.5,
  'top-level null': null,
};

const clinic = (overrides: Partial<MediaFile> = {}): MediaFile => ({
  id: 7,
  name: 'clinic.jpg',
  alternativeText: 'The main atrium',
  caption: null,
  url: '/uploads/clinic_a1b2.jpg',
  mime: 'image/jpeg',
  hash: 'clinic_a1b2',
  updatedAt: '2026-11-28T09:00:00.000Z',
  size: '120.50',
  width: 1200,
  height: 800,
  formats: {
    thumbnail: {
      hash: 'thumbnail_clinic_a1b2',
      url: '/uploads/thumbnail_clinic_a1b2.jpg',
      size: 8.1,
      mime: 'image/jpeg',
    },
    small: { hash: 'small_clinic_a1b2', url: '/uploads/small_clinic_a1b2.jpg', size: 30, mime: 'image/jpeg' },
  },
  ...overrides,
});

/** Posts of every shape the gate judges. */
export const POSTS: Record<string, PostSnapshot> = {
  'the compliant post': post(),
  'with media, formats and an attribution of the file': post({
    media: [
      clinic(),
      clinic({
        id: 8,
        name: 'leaflet.pdf',
        mime: 'application/pdf',
        formats: null,
        updatedAt: new Date('2026-11-27T08:00:00Z') as never,
      }),
    ],
    attributions: [
      {
        kind: 'image',
        licence: 'own-work',
        media: clinic(),
        rightsHolder: 'Riverside Health',
        creditLine: '© Riverside Health',
      },
      {
        kind: 'quote',
        licence: 'permission',
        description: 'Dr. Müller’s words',
        licenceReference: 'PERM-1',
        expiresAt: '2027-01-31',
      },
    ],
  }),
  'with a template, its values and Q&A': post({
    template: {
      documentId: 'tpl1',
      approved: true,
      body: 'Join us on {{date}} at {{place}}.',
      qa: [{ question: 'Is it free?', answer: 'Yes.' }],
    } as never,
    templateValues: {
      place: 'the main atrium',
      date: '2026-12-05',
      '2': 'second',
      '10': 'tenth',
      nested: { b: [1, null], a: 'x' },
    },
    qa: [{ question: '¿Hace falta cita?', answer: null as never }],
  }),
  'unicode text and other text fields': post({
    title: 'Vacunación gratuita 💉',
    body: 'Línea 1\nLínea 2\t“comillas” \u2028 fin',
    otherText: [{ path: 'summary', text: '東京 clinic' }],
    channels: ['linkedin', 'x', 'facebook'],
  }),
  'optional parts missing': {
    uid: 'api::notice.notice',
    title: '',
    body: '',
    media: [],
    category: undefined,
    channels: null,
    attributions: undefined,
    templateValues: null,
  },
};
