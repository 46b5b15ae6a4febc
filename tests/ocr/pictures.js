// The labelled picture set of issue 13, made in code: SVG scenes (whiteboards, wristbands, monitors,
// letters, labels, posters) rendered by sharp, rotated, with noise, JPEG artefacts and low contrast. Half
// hold patient information, half are clean (among them the organisation's own name and phone numbers).
// Deterministic: the same seed makes the same pictures, byte for byte. Nothing binary is committed.
'use strict';

const fs = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');

const sharp = require('sharp');

const corpus = require('../corpus/hospital-posts.json');

/** The organisation of the pictures: the scanner corpus's own allow list and record-number format. */
const SCAN_OPTIONS = { allow: corpus.allow, mrnPatterns: corpus.mrnPatterns };

const KINDS = ['whiteboard', 'wristband', 'monitor', 'letter', 'label', 'poster'];
const PER_KIND = 12;
const SIZE = 1080;

const FIRST = [
  'Maria',
  'Tomasz',
  'Aisha',
  'Daniel',
  'Priya',
  'Kwame',
  'Elena',
  'Hiroshi',
  'Fatima',
  'Lucas',
  'Ingrid',
  'Mateo',
  'Chloe',
  'Omar',
  'Grace',
  'Dmitri',
  'Leila',
  'Samuel',
  'Rosa',
  'Andre',
  'Nadia',
  'Patrick',
  'Yusuf',
  'Hannah',
];
const LAST = [
  'Gonzalez',
  'Kowalski',
  'Okafor',
  'Brennan',
  'Raman',
  'Mensah',
  'Petrova',
  'Tanaka',
  'Haddad',
  'Moreau',
  'Lindqvist',
  'Herrera',
  'Dubois',
  'Farouk',
  'Whitaker',
  'Volkov',
  'Nasser',
  'Adeyemi',
  'Castillo',
  'Fontaine',
  'Sokolova',
  'Gallagher',
  'Demir',
  'Schroeder',
];
const FONTS = ['DejaVu Sans', 'DejaVu Serif', 'DejaVu Sans Mono', 'DejaVu Sans Condensed'];
const ORG_PHONES = corpus.allow.phones;

/** mulberry32: a small seeded generator, so every run draws the same pictures. */
function seeded(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    between: (min, max) => min + next() * (max - min),
  };
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pad = (n, width = 2) => String(n).padStart(width, '0');

function person(random) {
  return { first: random.pick(FIRST), last: random.pick(LAST) };
}
const birthDate = (random) => `${pad(random.int(1, 12))}/${pad(random.int(1, 28))}/${random.int(1931, 2004)}`;
const recordNumber = (random) => `RB-${random.int(10_000_000, 99_999_999)}`;

// Each scene returns its lines of text (what is drawn) and the PHI spans among them (what must be found).
const SCENES = {
  whiteboard: {
    style: { background: '#d9d4c7', panel: '#fbfbf7', ink: ['#1d3f91', '#15161a', '#0f6b3a', '#8a1c1c'] },
    phi(random) {
      const beds = Array.from({ length: random.int(2, 3) }, () => ({
        bed: random.int(1, 24),
        ...person(random),
      }));
      const lines = [
        random.pick(['Ward 4B today', '3 West - census', 'ICU board']),
        ...beds.map((b) => `Bed ${b.bed}  ${b.first} ${b.last}`),
      ];
      lines.push(random.pick(['Huddle 07:30', 'Safety first', 'Call bells < 2 min']));
      return { lines, phi: beds.map((b) => ({ category: 'name', text: `${b.first} ${b.last}` })) };
    },
    clean(random) {
      return {
        lines: [
          random.pick(['Team huddle 07:30', 'Staff huddle at 2pm', 'Shift handover 19:00']),
          random.pick(['Hand hygiene audit: 98%', 'Falls this month: 0', 'Beds available: 3']),
          random.pick(['Fire drill Thursday', 'Cake in the break room!', 'Well done team']),
          `Switchboard ${random.pick(ORG_PHONES)}`,
        ],
        phi: [],
      };
    },
  },
  wristband: {
    style: { background: '#8fa3b8', panel: '#ffffff', ink: ['#111111', '#1a1a40'] },
    phi(random) {
      const p = person(random);
      const dob = birthDate(random);
      const mrn = recordNumber(random);
      return {
        lines: [`Patient: ${p.first} ${p.last}`, `DOB ${dob}`, `MRN ${mrn}`],
        phi: [
          { category: 'name', text: `${p.first} ${p.last}` },
          { category: 'date', text: dob },
          { category: 'mrn', text: mrn },
        ],
      };
    },
    clean(random) {
      return {
        lines: [
          random.pick(['VISITOR', 'FALL RISK', 'ALLERGY ALERT', 'DO NOT RESUSCITATE']),
          'Riverbend Health',
          random.pick(['Level 2', 'Larkspur Pavilion', 'Day pass']),
        ],
        phi: [],
      };
    },
  },
  monitor: {
    style: { background: '#101418', panel: '#000000', ink: ['#39ff6a', '#ffe14d', '#7fd4ff'] },
    phi(random) {
      const p = person(random);
      const mrn = recordNumber(random);
      return {
        lines: [
          `Bed ${random.int(1, 30)}  ${p.first} ${p.last}`,
          `MRN ${mrn}`,
          `HR ${random.int(55, 110)}  SpO2 ${random.int(90, 99)}%`,
        ],
        phi: [
          { category: 'name', text: `${p.first} ${p.last}` },
          { category: 'mrn', text: mrn },
        ],
      };
    },
    clean(random) {
      return {
        lines: [
          `HR ${random.int(55, 110)}  SpO2 ${random.int(90, 99)}%`,
          `NIBP ${random.int(100, 140)}/${random.int(60, 90)}`,
          `RR ${random.int(12, 22)}  Temp ${random.int(36, 38)}.${random.int(0, 9)}`,
          'Demo mode',
        ],
        phi: [],
      };
    },
  },
  letter: {
    style: { background: '#6b5b4b', panel: '#fffdf6', ink: ['#202020', '#1b2a4a'] },
    phi(random) {
      const p = person(random);
      const dob = birthDate(random);
      return {
        lines: [
          'Riverbend Regional Medical Center',
          `Re: patient ${p.first} ${p.last}`,
          `Date of birth ${dob}`,
          'Your results are ready.',
        ],
        phi: [
          { category: 'name', text: `${p.first} ${p.last}` },
          { category: 'date', text: dob },
        ],
      };
    },
    clean(random) {
      return {
        lines: [
          'Riverbend Regional Medical Center',
          '1400 Larkspur Avenue, Millbrook, OR 97321',
          'Dear neighbour,',
          random.pick([
            'Our open day is on Saturday.',
            'Thank you for your support.',
            'Visiting hours are 8am to 8pm.',
          ]),
          `Call us on ${random.pick(ORG_PHONES)}`,
        ],
        phi: [],
      };
    },
  },
  label: {
    style: { background: '#c6ccd2', panel: '#ffffff', ink: ['#000000', '#202060'] },
    phi(random) {
      const p = person(random);
      const mrn = recordNumber(random);
      const dob = birthDate(random);
      return {
        lines: [
          `Pt: ${p.first} ${p.last}`,
          `DOB ${dob}`,
          `MRN ${mrn}`,
          random.pick(['Blood - EDTA', 'Urine culture', 'Serum']),
        ],
        phi: [
          { category: 'name', text: `${p.first} ${p.last}` },
          { category: 'date', text: dob },
          { category: 'mrn', text: mrn },
        ],
      };
    },
    clean(random) {
      return {
        lines: [
          random.pick(['Sodium chloride 0.9%', 'Glucose 5%', 'Hand sanitiser']),
          `${random.pick([250, 500, 1000])} mL`,
          random.pick(['Store below 25 C', 'Single use only', 'Keep away from light']),
          'Riverbend Pharmacy',
        ],
        phi: [],
      };
    },
  },
  poster: {
    style: { background: '#f3e6c8', panel: '#ffffff', ink: ['#7a1f5c', '#0b4f6c', '#222222'] },
    phi(random) {
      const p = person(random);
      return {
        lines: [
          random.pick(['Get well soon', 'Welcome home', 'Happy 90th birthday']),
          `${p.first} ${p.last}!`,
          'Love from 4 West',
        ],
        phi: [{ category: 'name', text: `${p.first} ${p.last}` }],
      };
    },
    clean(random) {
      return {
        lines: [
          random.pick(['Flu shots this Saturday', 'Blood drive Friday', 'Free health screening']),
          'Larkspur Pavilion, 9am - 12pm',
          `Questions? ${random.pick(ORG_PHONES)}`,
          'riverbendhealth.org',
        ],
        phi: [],
      };
    },
  },
};

function sceneSvg(kind, lines, random, { lowContrast, small }) {
  const { style } = SCENES[kind];
  const width = small ? 720 : SIZE;
  const height = small ? 540 : SIZE;
  const font = random.pick(FONTS);
  const fontSize = Math.round(random.between(small ? 22 : 30, small ? 30 : 52));
  const angle = random.between(-10, 10).toFixed(2);
  const ink = lowContrast ? (kind === 'monitor' ? '#3a5a42' : '#9a9a9a') : random.pick(style.ink);
  const lineHeight = Math.round(fontSize * 1.45);
  const panelWidth = width * 0.86;
  const panelHeight = lineHeight * lines.length + fontSize * 1.6;
  const panelX = (width - panelWidth) / 2;
  const panelY = (height - panelHeight) / 2;
  const speckles = Array.from({ length: 160 }, () => {
    const shade = random.int(0, 255);
    return `<circle cx="${random.int(0, width)}" cy="${random.int(0, height)}" r="${random.between(0.5, 2.2).toFixed(1)}" fill="rgb(${shade},${shade},${shade})" opacity="0.5"/>`;
  }).join('');
  const text = lines
    .map(
      (line, index) =>
        `<text x="${panelX + fontSize}" y="${panelY + fontSize * 1.3 + index * lineHeight}" font-family="${font}" font-size="${fontSize}" fill="${ink}">${escape(line)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="${style.background}"/>
<g transform="rotate(${angle} ${width / 2} ${height / 2})">
<rect x="${panelX}" y="${panelY}" width="${panelWidth}" height="${panelHeight}" rx="12" fill="${style.panel}"/>
${text}
</g>
${speckles}
</svg>`;
}

/**
 * The set's descriptions, without rendering: id, kind, whether it holds PHI, its lines and PHI spans.
 * Even ids hold patient information, odd ones are clean.
 */
function describePictures(seed = 13) {
  const random = seeded(seed);
  const pictures = [];
  for (const kind of KINDS) {
    for (let index = 0; index < PER_KIND; index += 1) {
      const hasPhi = index % 2 === 0;
      const { lines, phi } = SCENES[kind][hasPhi ? 'phi' : 'clean'](random);
      const options = {
        lowContrast: index % 4 === 1 || index % 6 === 4,
        small: kind === 'label' && index % 3 === 0,
      };
      const svg = sceneSvg(kind, lines, random, options);
      const quality = random.int(35, 85);
      pictures.push({
        id: `${kind}-${pad(index)}${hasPhi ? '-phi' : '-clean'}`,
        kind,
        hasPhi,
        lines,
        phi,
        svg,
        quality,
        ...options,
      });
    }
  }
  return pictures;
}

/** Every picture as a JPEG buffer (the quality drawn per picture gives its compression noise). */
async function renderPictures(seed = 13) {
  const pictures = describePictures(seed);
  for (const picture of pictures) {
    picture.image = await sharp(Buffer.from(picture.svg)).jpeg({ quality: picture.quality }).toBuffer();
  }
  return pictures;
}

/** Renders the set into a temporary folder (for the CLI, or a look by eye) and returns the pictures. */
async function writePictures(seed = 13, dir) {
  const folder = dir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'social-compliance-ocr-')));
  const pictures = await renderPictures(seed);
  for (const picture of pictures) {
    picture.file = path.join(folder, `${picture.id}.jpg`);
    await fs.writeFile(picture.file, picture.image);
  }
  return { folder, pictures };
}

module.exports = { SCAN_OPTIONS, describePictures, renderPictures, writePictures, seeded };
