// Weak pictures, a development set of issue 13 for the reading of hard pictures: text in ruled tables whose
// thin lines touch the letters, pale or low-contrast ink, light text on coloured or dark bars, small text on
// narrow strips, text on mid-grey or unevenly lit grounds, light blur. Written for the reader's development
// (its own scenes, wording, names and layouts); the held-out set stays what the reader is judged on.
// Half hold patient information, half are clean (the organisation's own name and phone among them).
// Deterministic: the same seed makes the same pictures. Nothing binary is committed.
'use strict';

const sharp = require('sharp');

const { SCAN_OPTIONS, seeded } = require('./pictures');

const SIZE = 1080;
const KINDS = ['grid', 'bar', 'strip', 'ground', 'pale', 'blurred'];
const PER_KIND = 6;

// Names the scanner's lexicon knows (a picture's recall is of the reading, not of the lexicon).
const FIRST = [
  'Beatriz',
  'Callum',
  'Esther',
  'Gabriel',
  'Isabel',
  'Jonah',
  'Miriam',
  'Nathan',
  'Olivia',
  'Rebecca',
  'Simon',
  'Teresa',
  'Victor',
  'Vanessa',
  'Martin',
  'Julia',
];
const LAST = [
  'Castellano',
  'Pemberton',
  'Lindgren',
  'Abernathy',
  'Kaminski',
  'Rutherford',
  'Ostrowski',
  'Delgado',
  'Hartmann',
  'Novak',
  'Whitfield',
  'Carvalho',
  'Jablonski',
  'Sutherland',
  'Moreno',
  'Fitzgerald',
];
const FONTS = [
  'Liberation Sans Narrow',
  'DejaVu Sans Light',
  'DejaVu Serif Condensed',
  'Liberation Mono',
  'Liberation Serif',
  'DejaVu Sans',
];
const ORG_PHONES = SCAN_OPTIONS.allow.phones;

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pad = (n, width = 2) => String(n).padStart(width, '0');
const person = (random) => ({ first: random.pick(FIRST), last: random.pick(LAST) });
const dob = (random) => `${pad(random.int(1, 12))}/${pad(random.int(1, 28))}/${random.int(1936, 2001)}`;
const mrn = (random) => `RB-${random.int(10_000_000, 99_999_999)}`;
const grey = (level) => `rgb(${level},${level},${level})`;

const text = (x, y, size, font, fill, content, extra = '') =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${font}" font-size="${size}" fill="${fill}"${extra}>${escape(content)}</text>`;

// Each scene draws its picture (an SVG) and says which of its text is patient information.
const SCENES = {
  // A ruled table: thin grid lines a few pixels from (or touching) the letters, ink often pale.
  grid(random, hasPhi) {
    const font = random.pick(FONTS);
    const size = random.int(26, 34);
    const rowHeight = Math.round(size * random.between(1.15, 1.35));
    const ink = random.next() < 0.5 ? grey(random.int(120, 150)) : random.pick(['#2a3f8f', '#333333']);
    const rule = grey(random.int(90, 160));
    const header = ['Room', hasPhi ? 'Occupant' : 'Task', 'Due'];
    const rows = [];
    const phi = [];
    for (let i = 0; i < 5; i += 1) {
      const room = `${random.int(1, 3)}${pad(random.int(1, 40))}`;
      const due = `${pad(random.int(6, 22))}:${random.pick(['00', '15', '30', '45'])}`;
      if (hasPhi && i % 2 === 0) {
        const p = person(random);
        rows.push([room, `${p.first} ${p.last}`, due]);
        phi.push({ category: 'name', text: `${p.first} ${p.last}` });
      } else {
        rows.push([
          room,
          random.pick(['Linen change', 'Deep clean', 'Obs round', 'Pump check', 'Stock count', 'Empty']),
          due,
        ]);
      }
    }
    rows.push(['Desk', hasPhi ? 'Charge nurse' : 'Riverbend Health', random.pick(ORG_PHONES)]);
    const columns = [150, 470, 300];
    const left = 70;
    const top = random.int(160, 300);
    const all = [header, ...rows];
    let svg = `<rect width="100%" height="100%" fill="${grey(random.int(236, 250))}"/>`;
    all.forEach((row, r) => {
      let x = left;
      row.forEach((cell, c) => {
        // The baseline sits a pixel or two above the next rule: descenders touch it.
        svg += text(x + 6, top + (r + 1) * rowHeight - random.int(2, 5), size, font, ink, cell);
        x += columns[c];
      });
    });
    const right = left + columns.reduce((a, b) => a + b, 0);
    for (let r = 0; r <= all.length; r += 1) {
      const y = top + r * rowHeight;
      svg += `<line x1="${left}" y1="${y}" x2="${right}" y2="${y}" stroke="${rule}" stroke-width="${random.pick([1, 1.5, 2])}"/>`;
    }
    let x = left;
    for (let c = 0; c <= columns.length; c += 1) {
      svg += `<line x1="${x}" y1="${top}" x2="${x}" y2="${top + all.length * rowHeight}" stroke="${rule}" stroke-width="1.5"/>`;
      x += columns[c] ?? 0;
    }
    return { svg, lines: all.map((row) => row.join(' | ')), phi };
  },

  // A coloured or dark bar across the top holds the patient line, light on dark; the body below is plain.
  bar(random, hasPhi) {
    const font = random.pick(FONTS);
    const barColour = random.pick(['#0d5c63', '#7b2d26', '#283d8f', '#3d3d3d', '#1f6f3f', '#5a2a82']);
    const barInk = random.pick(['#ffffff', '#f2f2c0', '#d8ecff']);
    const size = random.int(30, 40);
    const barHeight = Math.round(size * random.between(1.5, 1.9));
    const top = random.int(60, 200);
    const p = person(random);
    const number = mrn(random);
    const barLine = hasPhi
      ? `${p.last.toUpperCase()}, ${p.first}   ${number}`
      : random.pick([
          'Riverbend Health  Ward 6 North',
          'Larkspur Pavilion  Day unit',
          'Theatre list  Session 2',
        ]);
    const body = hasPhi
      ? [
          `Obs due ${pad(random.int(1, 12))}:00`,
          `Allergies: ${random.pick(['none known', 'latex'])}`,
          'Diet: soft',
        ]
      : ['Bay 3 open', `Helpdesk: ${random.pick(ORG_PHONES)}`, 'Wash hands'];
    let svg = `<rect width="100%" height="100%" fill="${grey(random.int(225, 245))}"/>`;
    svg += `<rect x="0" y="${top}" width="${SIZE}" height="${barHeight}" fill="${barColour}"/>`;
    svg += text(40, top + barHeight * 0.68, size, font, barInk, barLine, ' font-weight="bold"');
    body.forEach((line, i) => {
      svg += text(40, top + barHeight + (i + 1.6) * size * 1.6, size - 4, font, '#303030', line);
    });
    const phi = hasPhi
      ? [
          { category: 'name', text: `${p.last}, ${p.first}` },
          { category: 'mrn', text: number },
        ]
      : [];
    return { svg, lines: [barLine, ...body], phi };
  },

  // A narrow strip (a band, a bed-end tag) across the picture: small text on a tinted ground.
  strip(random, hasPhi) {
    const font = random.pick(FONTS);
    const size = random.int(17, 22);
    const stripHeight = Math.round(size * random.between(2.4, 3));
    const y = random.int(300, 700);
    const tint = random.pick(['#f7e3a1', '#cfe6f5', '#f4c7d0', '#e6e6e6', '#d6efd2']);
    const p = person(random);
    const birth = dob(random);
    const number = mrn(random);
    const first = hasPhi ? `${p.last.toUpperCase()}, ${p.first}  DOB ${birth}` : 'Riverbend Health  Level 3';
    const second = hasPhi
      ? `${number}  ${random.pick(['Ward 7', 'ED', 'Day surgery'])}`
      : `Enquiries: ${random.pick(ORG_PHONES)}`;
    let svg = `<rect width="100%" height="100%" fill="${random.pick(['#6d7f8c', '#8c7a6d', '#a0a8a0'])}"/>`;
    const angle = random.between(-4, 4).toFixed(2);
    svg += `<g transform="rotate(${angle} ${SIZE / 2} ${y})">`;
    svg += `<rect x="60" y="${y}" width="${SIZE - 120}" height="${stripHeight}" rx="${stripHeight / 2}" fill="${tint}"/>`;
    svg += text(110, y + stripHeight * 0.42, size, font, '#222222', first);
    svg += text(110, y + stripHeight * 0.82, size, font, '#222222', second);
    svg += '</g>';
    const phi = hasPhi
      ? [
          { category: 'name', text: `${p.last}, ${p.first}` },
          { category: 'date', text: birth },
          { category: 'mrn', text: number },
        ]
      : [];
    return { svg, lines: [first, second], phi };
  },

  // A mid-grey, unevenly lit ground (a lamp on one side) with dark-grey text.
  ground(random, hasPhi) {
    const font = random.pick(FONTS);
    const size = random.int(30, 42);
    const lightSide = random.int(150, 200);
    const darkSide = random.int(70, 105);
    const ink = grey(random.int(20, 45));
    const p = person(random);
    const birth = dob(random);
    const lines = hasPhi
      ? [
          random.pick(['Handover sheet', 'Transfer note', 'Admissions']),
          `Name: ${p.first} ${p.last}`,
          `Born ${birth}`,
          random.pick(['Mobilise with frame', 'Nil by mouth', 'Review at noon']),
        ]
      : [
          random.pick(['Staff notice', 'Reminder', 'Quiet please']),
          'Riverbend Regional Medical Center',
          random.pick(['Masks in clinical areas', 'Lift 2 out of order', 'Parking on level B']),
          `Switchboard: ${random.pick(ORG_PHONES)}`,
        ];
    const angle = random.between(0, 360).toFixed(0);
    let svg = `<defs><linearGradient id="l" gradientTransform="rotate(${angle} 0.5 0.5)"><stop offset="0" stop-color="${grey(lightSide)}"/><stop offset="1" stop-color="${grey(darkSide)}"/></linearGradient></defs>`;
    svg += `<rect width="100%" height="100%" fill="url(#l)"/>`;
    lines.forEach((line, i) => {
      svg += text(80, 300 + i * size * 1.6, size, font, ink, line);
    });
    const phi = hasPhi
      ? [
          { category: 'name', text: `${p.first} ${p.last}` },
          { category: 'date', text: birth },
        ]
      : [];
    return { svg, lines, phi };
  },

  // Pale ink on white paper (a faded print, a light pencil), fairly small.
  pale(random, hasPhi) {
    const font = random.pick(FONTS);
    const size = random.int(24, 32);
    const ink = grey(random.int(160, 190));
    const p = person(random);
    const number = mrn(random);
    const lines = hasPhi
      ? [
          'Clinic letter',
          `Dear Dr Ames, I saw ${p.first} ${p.last} today`,
          `(hospital number ${number}) in clinic.`,
          'Plan: repeat bloods in six weeks.',
        ]
      : [
          'Riverbend Foundation',
          'Thank you for joining our fun run.',
          `You raised money for the Larkspur Pavilion.`,
          `Questions: ${random.pick(ORG_PHONES)}`,
        ];
    let svg = `<rect width="100%" height="100%" fill="${grey(random.int(248, 255))}"/>`;
    lines.forEach((line, i) => {
      svg += text(70, 250 + i * size * 1.7, size, font, ink, line);
    });
    const phi = hasPhi
      ? [
          { category: 'name', text: `${p.first} ${p.last}` },
          { category: 'mrn', text: number },
        ]
      : [];
    return { svg, lines, phi, blur: 0 };
  },

  // A note photographed slightly out of focus: the picture is blurred after drawing.
  blurred(random, hasPhi) {
    const font = random.pick(FONTS);
    const size = random.int(30, 40);
    const p = person(random);
    const birth = dob(random);
    const lines = hasPhi
      ? [
          `For ${p.first} ${p.last}`,
          `DOB ${birth}`,
          random.pick(['Scan booked', 'Bloods sent', 'Seen by OT']),
        ]
      : [
          'Riverbend Health',
          random.pick(['Team lunch Friday', 'Rota on the wall', 'Keys at the desk']),
          'Thanks!',
        ];
    let svg = `<rect width="100%" height="100%" fill="#5b6570"/>`;
    svg += `<rect x="180" y="260" width="720" height="${size * 6}" fill="${random.pick(['#fff59d', '#ffffff', '#c8f0ff'])}"/>`;
    lines.forEach((line, i) => {
      svg += text(
        220,
        260 + size * 1.6 + i * size * 1.5,
        size,
        font,
        random.pick(['#1a1a1a', '#1c2f7a']),
        line,
      );
    });
    const phi = hasPhi
      ? [
          { category: 'name', text: `${p.first} ${p.last}` },
          { category: 'date', text: birth },
        ]
      : [];
    return { svg, lines, phi, blur: random.between(1.0, 1.8) };
  },
};

/** The set's descriptions, without rendering. Even ids hold patient information, odd ones are clean. */
function describePictures(seed = 7) {
  const random = seeded(seed);
  const pictures = [];
  for (const kind of KINDS) {
    for (let index = 0; index < PER_KIND; index += 1) {
      const hasPhi = index % 2 === 0;
      const { svg: body, lines, phi, blur } = SCENES[kind](random, hasPhi);
      const grain = random.next() < 0.5;
      const specks = grain
        ? Array.from({ length: 300 }, () => {
            const shade = random.int(0, 255);
            return `<circle cx="${random.int(0, SIZE)}" cy="${random.int(0, SIZE)}" r="${random.between(0.4, 1.4).toFixed(1)}" fill="${grey(shade)}" opacity="0.45"/>`;
          }).join('')
        : '';
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}">${body}${specks}</svg>`;
      pictures.push({
        id: `weak-${kind}-${pad(index)}${hasPhi ? '-phi' : '-clean'}`,
        kind,
        hasPhi,
        lines,
        phi,
        svg,
        blur: blur ?? (random.next() < 0.3 ? random.between(0.6, 1.0) : 0),
        quality: random.int(45, 85),
      });
    }
  }
  return pictures;
}

/** Every picture as a JPEG buffer. */
async function renderPictures(seed = 7) {
  const pictures = describePictures(seed);
  for (const picture of pictures) {
    let image = sharp(Buffer.from(picture.svg));
    if (picture.blur > 0.3) image = sharp(await image.png().toBuffer()).blur(picture.blur);
    picture.image = await image.jpeg({ quality: picture.quality }).toBuffer();
  }
  return pictures;
}

module.exports = { SCAN_OPTIONS, describePictures, renderPictures };
