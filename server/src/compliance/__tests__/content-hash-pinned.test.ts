import { canonicalJson, contentHash, contentManifest, type ContentManifest } from '../content-hash';
import { POSTS, VALUES } from './canonical-cases';

/*
 * Approvals and attestations hold a content hash, and the audit chain hashes canonical JSON: a serializer
 * that wrote one byte differently would void every stored approval and break the chain. The texts and
 * hashes below were computed by the serializer those were stored with (JSON.stringify with a replacer
 * that sorts keys, main at 27a5e53); they must never change.
 */

const TEXTS: Record<string, string> = {
  'keys out of order, nested': '{"A":true,"_":false,"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
  'integer-like keys (JavaScript puts them first)':
    '{"0":"zero","9":"nine","10":"ten","4294967294":"largest index","-1":"minus one","01":"zero one","1.5":"one and a half","4294967295":"not an index","a":2,"b":1}',
  'undefined, functions and symbols': '{"kept":1,"list":[null,null,null,null,0]}',
  numbers: '[0,0,1,-1.25,0.30000000000000004,1e+21,1.5e-7,9007199254740992,-9007199254740994,null,null,null]',
  strings:
    '["","plain","quote \\" backslash \\\\ slash /","control \\u0000 \\u0001 \\u001f \\b \\f \\n \\r \\t and del \u007f","line separators \u2028 \u2029","accents: Caf\u00e9, na\u00efve, Z\u00fcrich, S\u00e3o Paulo","scripts: \u6771\u4eac \u041c\u043e\u0441\u043a\u0432\u0430 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u05e2\u05d1\u05e8\u05d9\u05ea \u0939\u093f\u0928\u094d\u0926\u0940","emoji: \ud83d\udc89\ud83c\udfe5\ud83d\udc69\ud83c\udffd\u200d\u2695\ufe0f flag \ud83c\uddfa\ud83c\uddf8","lone surrogates: \\ud800 \\udfff \\udc00\\ud800","combining: e\u0301 vs \u00e9"]',
  'unicode keys': '{"":9,"\\u0000":7," ":8,"Z":4,"e":2,"e\u0301":3,"z":5,"\u00e9":1,"\ud83d\udc89":6}',
  booleans: '{"no":false,"yes":true}',
  'empty containers': '{"array":[],"nested":[[],[{}],{"a":[]}],"object":{}}',
  dates:
    '{"instant":"2026-11-29T12:00:00.000Z","list":["1970-01-01T00:00:00.000Z","1969-12-31T23:59:59.999Z"]}',
  'objects with toJSON':
    '{"buffer":{"data":[97,98],"type":"Buffer"},"custom":{"a":1,"b":2},"keyed":"key:keyed"}',
  'a __proto__ key read from JSON': '{"__proto__":{"a":1,"b":2},"a":0,"z":1}',
  'array holes': '[1,null,3]',
  'a class instance': '{"confidence":0.93,"text":"Free flu shots"}',
  'a Map and a Set (no own keys)': '{"map":{},"set":{}}',
  'an audit event':
    '{"action":"publish","actorId":null,"actorLabel":"publish gate","contentHash":"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff","details":{"reasons":[{"id":"phi.found","message":"A name: \u201cJane\u201d.","rule":2,"status":"fail"}]},"occurredAt":"2026-11-29T12:00:00.000Z","prevHash":"0000000000000000000000000000000000000000000000000000000000000000","seq":42,"targetDocumentId":"abc123","targetLocale":"en","targetUid":"plugin::social-compliance.social-post"}',
  'top-level string': '"Post 17 of 210"',
  'top-level number': '3.5',
  'top-level null': 'null',
};

const HASHES: Record<string, string> = {
  'the compliant post': '012943f2e9b43a89bf134d7595f6a4680056a1b0a55143d34595a0063229b0e8',
  'with media, formats and an attribution of the file':
    'a485386eaf6c048ee0e898047b62ed84e000e2d6e3e8add4cde8de332d3fe659',
  'with a template, its values and Q&A': 'b4137df5d99295a18b69cba3089ccade1af4ceb4457dd3f49717fc9261ef4c9c',
  'unicode text and other text fields': '47df6cce65195d65cd2d876910c68e0812e4a7c8da91c570d95d15d85c4f4731',
  'optional parts missing': '58c749435e674693e77c6db5557e76b5dcc6e2045f680b045b1ec4f7b32cb31f',
};

const MANIFESTS: Record<string, ContentManifest> = {
  'the compliant post': {
    parts: {
      title: 'b7df36d6cbfb273959d88ba918331da1521b3641e0ef936a7c57b4481868701b',
      body: '824127060a44a9284332a83f1b03ab18f045e398e25fb15651e229a2b4e65c88',
      otherText: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
      category: '8f6e29cfb2f0df76f9f90f221edf3a7b4cfc6ba2e409bb0a78a2c031afd78580',
      channels: 'c5c1d47248f881b0b4cf749b50de0886a0302fb0edc0af300fa127bbb3d530e9',
      attributions: '7f0f8af754b03655046b28ac3032dde820a9f82c19dd463dc750709844ac74f4',
      template: '74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b',
      templateValues: '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      qa: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
      media: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
    },
    files: [],
  },
  'with media, formats and an attribution of the file': {
    parts: {
      title: 'b7df36d6cbfb273959d88ba918331da1521b3641e0ef936a7c57b4481868701b',
      body: '824127060a44a9284332a83f1b03ab18f045e398e25fb15651e229a2b4e65c88',
      otherText: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
      category: '8f6e29cfb2f0df76f9f90f221edf3a7b4cfc6ba2e409bb0a78a2c031afd78580',
      channels: 'c5c1d47248f881b0b4cf749b50de0886a0302fb0edc0af300fa127bbb3d530e9',
      attributions: '25228bd80b79acb96994a4f45ef33e3c83e436d85b7fa08fcb0642e6075242b1',
      template: '74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b',
      templateValues: '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      qa: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
      media: 'def4fe4f74f38325f2f5e330fcb0e51d476035250b64f6158662026485f0e557',
    },
    files: [
      {
        id: 7,
        name: 'clinic.jpg',
        mime: 'image/jpeg',
        content: 'f4bbf3ebf7c990866bf0d17adc59d5c98a5d98c51175cc46acdf87791e9a60cb',
        version: '8fca4edeaef98f547d621cb89809aa6d281ed2c81d178e49c6ef08acea644e2a',
        alternativeText: 'e72f552f43e2d48dbacc72c17eb9e54d5c8473f97c8ff9f751d6a3d33927733e',
        caption: '74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b',
      },
      {
        id: 8,
        name: 'leaflet.pdf',
        mime: 'application/pdf',
        content: '0fee2fcea4a719cc527c0cc1d92ec0f6693bf57716f3ae21908e254aa1ecd5e9',
        version: '8c0e9207e8e994a7576059ba90e0e3c94f4d68671563f4d708e4a48bad85cfb3',
        alternativeText: 'e72f552f43e2d48dbacc72c17eb9e54d5c8473f97c8ff9f751d6a3d33927733e',
        caption: '74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b',
      },
    ],
  },
  'with a template, its values and Q&A': {
    parts: {
      title: 'b7df36d6cbfb273959d88ba918331da1521b3641e0ef936a7c57b4481868701b',
      body: '824127060a44a9284332a83f1b03ab18f045e398e25fb15651e229a2b4e65c88',
      otherText: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
      category: '8f6e29cfb2f0df76f9f90f221edf3a7b4cfc6ba2e409bb0a78a2c031afd78580',
      channels: 'c5c1d47248f881b0b4cf749b50de0886a0302fb0edc0af300fa127bbb3d530e9',
      attributions: '7f0f8af754b03655046b28ac3032dde820a9f82c19dd463dc750709844ac74f4',
      template: 'd2f6f38d12ca7e08836ba0f437dd6dfdb3fccbf44ebf8f97e7b21f0391aab22c',
      templateValues: '92e0075635b0614460fbda8edf44ce53411ee04428a1c58cad7b61dcbc50e85d',
      qa: 'e5c2a0dcd9e630e8f425741d4761204054af6938a275b6b63c7918ba5f25e1ad',
      media: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
    },
    files: [],
  },
  'unicode text and other text fields': {
    parts: {
      title: 'd0b00169b668dd7f19c6e84361e5ed18ca3899122e058290a6386a88896f4ab8',
      body: 'edeb56cdd4df1fd426950e6423c0b7ed57ac5b65a3fb3595960b72960b1737ce',
      otherText: 'a43cfa3d62b8d442a3c0b2266732c29402a028c4e707ec4b13ad4d13f86f677b',
      category: '8f6e29cfb2f0df76f9f90f221edf3a7b4cfc6ba2e409bb0a78a2c031afd78580',
      channels: '9781671019430781d745d0b0487502dceb979c9b8945cfd4609b8aff0f6950bd',
      attributions: '7f0f8af754b03655046b28ac3032dde820a9f82c19dd463dc750709844ac74f4',
      template: '74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b',
      templateValues: '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      qa: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
      media: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
    },
    files: [],
  },
  'optional parts missing': {
    parts: {
      title: '12ae32cb1ec02d01eda3581b127c1fee3b0dc53572ed6baf239721a03d82e126',
      body: '12ae32cb1ec02d01eda3581b127c1fee3b0dc53572ed6baf239721a03d82e126',
      otherText: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
      category: '74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b',
      channels: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
      attributions: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
      template: '74234e98afe7498fb5daf1f36ac2d78acc339464f950703b8c019892f982b90b',
      templateValues: '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
      qa: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
      media: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
    },
    files: [],
  },
};

/** That serializer, as it was: the reference the current one is held to on values of every shape. */
const storedWith = (value: unknown): string =>
  JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );

describe('canonical JSON is the text approvals were stored with', () => {
  it.each(Object.keys(TEXTS))('%s', (name) => {
    expect(canonicalJson(VALUES[name])).toBe(TEXTS[name]);
  });

  it('covers every case', () => {
    expect(Object.keys(TEXTS).sort()).toEqual(Object.keys(VALUES).sort());
  });

  it('has no text for undefined, as JSON.stringify', () => {
    expect(canonicalJson(undefined)).toBeUndefined();
    expect(canonicalJson(() => 1)).toBeUndefined();
  });

  it('fails on what JSON cannot hold, as JSON.stringify', () => {
    expect(() => canonicalJson({ big: BigInt(1) })).toThrow(TypeError);
    // Not the same error (the old serializer overflowed its stack): content is never cyclic.
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(() => canonicalJson(cycle)).toThrow();
  });
});

describe('the content hash of a post is the one its approval holds', () => {
  it.each(Object.keys(HASHES))('%s', (name) => {
    expect(contentHash(POSTS[name])).toBe(HASHES[name]);
  });

  it.each(Object.keys(MANIFESTS))('the manifest of %s', (name) => {
    expect(contentManifest(POSTS[name])).toEqual(MANIFESTS[name]);
  });
});

/** Values of random shapes from a seeded generator: the same on every run. */
const randomValues = (seed: number, count: number) => {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const keys = ['a', 'b', 'B', '_', 'é', 'e\u0301', '0', '1', '10', '2', '01', '-1', '1.5', '', 'id', '💉'];
  const scalars = [
    null,
    undefined,
    true,
    false,
    0,
    -0,
    1.5,
    -7,
    1e21,
    NaN,
    '',
    'text',
    '"quoted"',
    'line\nbreak',
    '\u2028',
    '\ud800',
    'Zürich',
    '東京',
    new Date('2026-11-29T12:00:00Z'),
  ];
  const value = (depth: number): unknown => {
    const roll = next();
    if (depth > 3 || roll < 0.5) return pick(scalars);
    if (roll < 0.75) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
    return Object.fromEntries(
      Array.from({ length: Math.floor(next() * 6) }, () => [pick(keys), value(depth + 1)]),
    );
  };
  return Array.from({ length: count }, () => value(0));
};

describe('canonical JSON matches the serializer approvals were stored with', () => {
  it('on 2,000 values of random shapes', () => {
    for (const value of randomValues(20_261_130, 2000)) {
      expect(canonicalJson(value)).toBe(storedWith(value));
    }
  });
});
