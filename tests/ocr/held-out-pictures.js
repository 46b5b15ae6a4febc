// A held-out picture set for issue 13, written before any tuning of the reader and never tuned on: other
// scenes (bed boards drawn as grids, wristband strips, monitors with a header bar, discharge letters,
// pharmacy and specimen labels, cards, sticky notes, clipboard forms), other fonts (Liberation, DejaVu
// Light and Condensed, bold, italic), other wordings and name orders ("OKONKWO, Ngozi", "Mrs. Haugen"),
// white text on dark bars, blur, grain, skew and uneven light. Its names are not the development set's.
// Its first run is recorded in README (OCR); it measures how the reader does on pictures it was not built on.
'use strict';

const fs = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');

const sharp = require('sharp');

const { SCAN_OPTIONS, seeded } = require('./pictures');
const corpus = require('../corpus/hospital-posts.json');

const KINDS = ['grid', 'strip', 'header', 'discharge', 'pharmacy', 'card', 'sticky', 'form'];
const PER_KIND = 8;

const FIRST = [
  'Ngozi',
  'Siobhan',
  'Mehmet',
  'Astrid',
  'Thandiwe',
  'Rafael',
  'Colm',
  'Anjali',
  'Bogdan',
  'Esperanza',
  'Kenji',
  'Marguerite',
  'Tariq',
  'Wilhelmina',
  'Ximena',
  'Oluwaseun',
  'Pavel',
  'Aurelie',
  'Declan',
  'Mei',
  'Soren',
  'Beatriz',
  'Ifeanyi',
  'Harriet',
];
const LAST = [
  'Okonkwo',
  'Pellegrini',
  'Drummond',
  'Kaczmarek',
  'Yamamoto',
  'Delacroix',
  'Oyelaran',
  'Haugen',
  'Ferreira',
  'Lachance',
  'MacAllister',
  'Brzezinski',
  'Thorsen',
  'Abiodun',
  'Villanueva',
  'Kavanagh',
  'Steinberg',
  'Ivanova',
  'Obuya',
  'Lindgren',
  'Sheikh',
  'Baptiste',
  'Quintero',
  'Achterberg',
];
const STAFF = ['Lisa', 'Marcus', 'Joanne', 'Tom', 'Priscilla', 'Dev', 'Karen', 'Ahmed'];
const FONTS = [
  { family: 'Liberation Sans' },
  { family: 'Liberation Serif' },
  { family: 'Liberation Mono' },
  { family: 'Liberation Sans Narrow' },
  { family: 'DejaVu Sans', weight: 300 },
  { family: 'DejaVu Serif Condensed' },
  { family: 'Liberation Sans', weight: 'bold' },
  { family: 'Liberation Serif', style: 'italic' },
];
const ORG_PHONES = corpus.allow.phones;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pad = (n, width = 2) => String(n).padStart(width, '0');

const person = (random) => ({ first: random.pick(FIRST), last: random.pick(LAST) });
// A person's name as hospitals print it: on a wristband surname first, on a card as said.
const formal = (p) => `${p.last.toUpperCase()}, ${p.first}`;
const birthDate = (random) => {
  const [y, m, d] = [random.int(1930, 2010), random.int(1, 12), random.int(1, 28)];
  return random.pick([`${y}-${pad(m)}-${pad(d)}`, `${d} ${MONTHS[m - 1]} ${y}`, `${pad(m)}/${pad(d)}/${y}`]);
};
const recordNumber = (random) => `RB-${random.int(10_000_000, 99_999_999)}`;
const patientPhone = (random) => `541-555-${random.int(2000, 9899)}`;

// Each scene gives rows of cells (a row is a line; its cells sit in columns, at `style.columns` of the
// panel's width or evenly), an optional header drawn white on a dark bar, and the PHI spans among them.
const SCENES = {
  // A bed board ruled into a grid: room, patient, nurse, notes.
  grid: {
    style: {
      background: '#b9b4a8',
      panel: '#f4f6f2',
      ink: ['#1a2f7a', '#202020', '#0c5c2e'],
      ruled: true,
      columns: [0, 0.15, 0.72],
    },
    phi(random) {
      const rows = Array.from({ length: random.int(3, 4) }, () => ({
        room: random.int(301, 340),
        ...person(random),
      }));
      const surnameFirst = random.next() < 0.5;
      return {
        header: random.pick(['5 North - Bed board', 'Ortho unit', 'Step-down']),
        rows: [
          ['Room', 'Patient', 'RN'],
          ...rows.map((r) => [
            String(r.room),
            surnameFirst ? `${r.last}, ${r.first}` : `${r.first} ${r.last}`,
            random.pick(STAFF),
          ]),
        ],
        phi: rows.map((r) => ({
          category: 'name',
          text: surnameFirst ? `${r.last}, ${r.first}` : `${r.first} ${r.last}`,
        })),
      };
    },
    clean(random) {
      return {
        header: random.pick(['5 North - Today', 'Ortho unit', 'Step-down']),
        rows: [
          ['Shift', 'Charge RN', 'Ext'],
          ['Day', random.pick(STAFF), String(random.int(4100, 4199))],
          ['Night', random.pick(STAFF), String(random.int(4100, 4199))],
          ['Discharges', String(random.int(1, 6)), ''],
        ],
        phi: [],
      };
    },
  },
  // A wristband photographed along its length: few words, small, surname first.
  strip: {
    style: {
      background: '#e0c9b0',
      panel: '#f8f8ff',
      ink: ['#000000', '#222244'],
      strip: true,
      columns: [0, 0.55],
    },
    phi(random) {
      const p = person(random);
      const dob = birthDate(random);
      const mrn = recordNumber(random);
      return {
        rows: [
          [formal(p), random.pick(['F', 'M'])],
          [`DOB: ${dob}`, `MRN: ${mrn}`],
          ['Riverbend Health', `Adm ${pad(random.int(1, 12))}/${pad(random.int(1, 28))}`],
        ],
        phi: [
          { category: 'name', text: formal(p) },
          { category: 'date', text: dob },
          { category: 'mrn', text: mrn },
        ],
      };
    },
    clean(random) {
      return {
        rows: [
          [random.pick(['LATEX ALLERGY', 'NPO AFTER MIDNIGHT', 'LIMB ALERT', 'VISITOR'])],
          ['Riverbend Health', random.pick(['Larkspur Pavilion', 'Level 3'])],
        ],
        phi: [],
      };
    },
  },
  // A bedside monitor whose header bar carries the patient.
  header: {
    style: {
      background: '#1c1f24',
      panel: '#05080a',
      ink: ['#5dff8f', '#ffd23f', '#8fd8ff', '#ff6b6b'],
      bar: '#1f4fa0',
    },
    phi(random) {
      const p = person(random);
      const mrn = recordNumber(random);
      const name = random.next() < 0.5 ? `${p.first} ${p.last}` : formal(p);
      return {
        header: `${name}   ${mrn}`,
        rows: [
          ['HR', String(random.int(50, 120)), 'SpO2', `${random.int(88, 100)}`],
          ['ABP', `${random.int(95, 150)}/${random.int(55, 95)}`, 'RR', String(random.int(10, 28))],
          ['Temp', `${random.int(36, 39)}.${random.int(0, 9)}`, 'EtCO2', String(random.int(30, 45))],
        ],
        phi: [
          { category: 'name', text: name },
          { category: 'mrn', text: mrn },
        ],
      };
    },
    clean(random) {
      return {
        header: random.pick(['Bed 12', 'ICU 4', 'Standby']),
        rows: [
          ['HR', String(random.int(50, 120)), 'SpO2', `${random.int(88, 100)}`],
          ['ABP', `${random.int(95, 150)}/${random.int(55, 95)}`, 'RR', String(random.int(10, 28))],
          ['Alarms paused', '2:00'],
        ],
        phi: [],
      };
    },
  },
  // A discharge summary on a desk: label and value in two columns.
  discharge: {
    style: { background: '#4a5560', panel: '#ffffff', ink: ['#111111', '#1b2a4a'], columns: [0, 0.42] },
    phi(random) {
      const p = person(random);
      const dob = birthDate(random);
      const mrn = recordNumber(random);
      return {
        header: 'Discharge summary',
        rows: [
          ['Patient name', `${p.first} ${p.last}`],
          ['Date of birth', dob],
          ['Hospital no.', mrn],
          ['Consultant', `Dr ${random.pick(LAST)}`],
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
        header: 'Riverbend Regional Medical Center',
        rows: [
          ['Department', random.pick(['Cardiology', 'Orthopaedics', 'Maternity'])],
          ['Address', '1400 Larkspur Avenue'],
          ['Enquiries', random.pick(ORG_PHONES)],
          ['Web', 'riverbendhealth.org'],
        ],
        phi: [],
      };
    },
  },
  // A dispensing label on a bottle: the patient's name follows "For" or stands alone.
  pharmacy: {
    style: { background: '#d8a25a', panel: '#fffff4', ink: ['#000000', '#333333'] },
    phi(random) {
      const p = person(random);
      const rx = `Rx ${random.int(1_000_000, 9_999_999)}`;
      const name =
        random.next() < 0.5 ? `${p.first} ${p.last}` : `${p.last.toUpperCase()} ${p.first.toUpperCase()}`;
      const phone = patientPhone(random);
      return {
        rows: [
          ['Riverbend Pharmacy', rx],
          [random.next() < 0.5 ? `For: ${name}` : name],
          [random.pick(['Amoxicillin 500 mg', 'Metformin 850 mg', 'Atorvastatin 20 mg'])],
          ['Take one capsule twice daily'],
          [`Tel ${phone}`],
        ],
        phi: [
          { category: 'name', text: name },
          { category: 'phone', text: phone },
        ],
      };
    },
    clean(random) {
      return {
        rows: [
          ['Riverbend Pharmacy', random.pick(ORG_PHONES)],
          [random.pick(['Ibuprofen 200 mg', 'Paracetamol 500 mg', 'Vitamin D 1000 IU'])],
          ['Take with food'],
          [`Exp ${pad(random.int(1, 12))}/${random.int(2027, 2030)}`],
        ],
        phi: [],
      };
    },
  },
  // A greeting card or banner on the wall of a room.
  card: {
    style: { background: '#9fc5b8', panel: '#fff6e8', ink: ['#a0224a', '#1d5c8c', '#5a3a8a'] },
    phi(random) {
      const p = person(random);
      const which = random.int(0, 2);
      const [text, span] = [
        [`Congratulations ${p.first} ${p.last}`, `${p.first} ${p.last}`],
        [`Happy 100th, Mrs. ${p.last}!`, `Mrs. ${p.last}`],
        [`We'll miss you, ${p.first} ${p.last}`, `${p.first} ${p.last}`],
      ][which];
      return {
        rows: [
          [text],
          [random.pick(['on your discharge!', 'from all of us', 'keep smiling'])],
          ['- the staff of 2 South'],
        ],
        phi: [{ category: 'name', text: span }],
      };
    },
    clean(random) {
      return {
        rows: [
          [random.pick(['Thank you, nurses!', 'Happy Nurses Week', 'You are our heroes'])],
          [random.pick(['from the Riverbend Foundation', 'with love from Millbrook'])],
          ...random.pick([
            [['Meet Dr. Helen Achterberg'], ['our new head of cardiology']],
            [['Volunteers needed'], ['call 541-555-0150']],
          ]),
        ],
        phi: [],
      };
    },
  },
  // A sticky note by a phone: handwritten-size text, a name and a number to call back.
  sticky: {
    style: { background: '#5b6770', panel: '#fff27a', ink: ['#1a1a80', '#202020'], note: true },
    phi(random) {
      const p = person(random);
      const phone = patientPhone(random);
      const name = random.next() < 0.5 ? `Mr ${p.last}` : `${p.first} ${p.last}`;
      return {
        rows: [
          ['Call back'],
          [name],
          [phone],
          [random.pick(['re: biopsy results', 're: MRI', 'about discharge'])],
        ],
        phi: [
          { category: 'name', text: name },
          { category: 'phone', text: phone },
        ],
      };
    },
    clean(random) {
      return {
        rows: [
          [random.pick(['Staff meeting', 'Order gloves', 'Pharmacy'])],
          [random.pick(['Tues 3pm', 'ext 4410', 'before Friday'])],
          [random.pick(ORG_PHONES)],
        ],
        phi: [],
      };
    },
  },
  // An intake form on a clipboard, filled in.
  form: {
    style: {
      background: '#6e6250',
      panel: '#f2f2f2',
      ink: ['#101010', '#102a6b'],
      columns: [0, 0.42],
      ruled: true,
    },
    phi(random) {
      const p = person(random);
      const dob = birthDate(random);
      const phone = patientPhone(random);
      return {
        header: 'Patient registration',
        rows: [
          ['Surname', p.last],
          ['First name', p.first],
          ['Date of birth', dob],
          ['Phone', phone],
        ],
        phi: [
          { category: 'name', text: p.last },
          { category: 'name', text: p.first },
          { category: 'date', text: dob },
          { category: 'phone', text: phone },
        ],
      };
    },
    clean(random) {
      return {
        header: 'Equipment check',
        rows: [
          ['Defibrillator', random.pick(['OK', 'Checked'])],
          ['Suction', 'OK'],
          ['Oxygen', `${random.int(60, 100)}%`],
          ['Checked by', random.pick(['night shift', 'day shift'])],
        ],
        phi: [],
      };
    },
  },
};

const fontAttributes = ({ family, weight, style }) =>
  `font-family="${family}"${weight ? ` font-weight="${weight}"` : ''}${style ? ` font-style="${style}"` : ''}`;

function sceneSvg(kind, scene, random, { lowContrast, smallText, width, height }) {
  const { style } = SCENES[kind];
  const font = fontAttributes(random.pick(FONTS));
  const fontSize = Math.round(smallText ? random.between(17, 23) : random.between(26, 46));
  const angle = random.between(-10, 10).toFixed(2);
  const skew = random.between(-6, 6).toFixed(2);
  const ink = lowContrast ? (kind === 'header' ? '#4f7a5c' : '#a8a8a0') : random.pick(style.ink);
  const lineHeight = Math.round(fontSize * random.between(1.4, 1.8));
  const columns = Math.max(...scene.rows.map((row) => row.length));
  const headerHeight = scene.header ? Math.round(fontSize * 1.9) : 0;
  const panelWidth = width * (style.strip ? 0.92 : random.between(0.7, 0.9));
  const panelHeight = headerHeight + lineHeight * scene.rows.length + fontSize;
  const panelX = (width - panelWidth) / 2 + random.between(-0.05, 0.05) * width;
  const panelY = (height - panelHeight) / 2 + random.between(-0.15, 0.15) * height;
  const columnX = (column) =>
    panelX + fontSize * 0.8 + panelWidth * (style.columns ? style.columns[column] : column / columns);
  const parts = [];
  // Things in the room around the subject: shapes and blobs of colour.
  for (let i = 0; i < 6; i += 1) {
    const shade = `hsl(${random.int(0, 360)}, ${random.int(10, 40)}%, ${random.int(25, 75)}%)`;
    parts.push(
      `<ellipse cx="${random.int(0, width)}" cy="${random.int(0, height)}" rx="${random.int(40, 220)}" ry="${random.int(40, 220)}" fill="${shade}" opacity="0.6"/>`,
    );
  }
  parts.push(`<g transform="rotate(${angle} ${width / 2} ${height / 2}) skewX(${skew})">`);
  parts.push(
    `<rect x="${panelX}" y="${panelY}" width="${panelWidth}" height="${panelHeight}" rx="${style.note ? 2 : 10}" fill="${style.panel}"/>`,
  );
  if (scene.header) {
    const bar = style.bar ?? '#2a3440';
    parts.push(
      `<rect x="${panelX}" y="${panelY}" width="${panelWidth}" height="${headerHeight}" fill="${bar}"/>`,
    );
    parts.push(
      `<text x="${panelX + fontSize * 0.8}" y="${panelY + headerHeight * 0.68}" ${font} font-size="${fontSize}" fill="${lowContrast ? '#b8c0c8' : '#ffffff'}">${escape(scene.header)}</text>`,
    );
  }
  scene.rows.forEach((row, index) => {
    const baseline = panelY + headerHeight + fontSize * 1.2 + index * lineHeight;
    if (style.ruled) {
      const y = baseline + lineHeight - fontSize * 1.05;
      parts.push(
        `<line x1="${panelX}" y1="${y}" x2="${panelX + panelWidth}" y2="${y}" stroke="#8a8f99" stroke-width="2"/>`,
      );
    }
    row.forEach((cell, column) => {
      if (cell === '') return;
      parts.push(
        `<text x="${columnX(column)}" y="${baseline}" ${font} font-size="${fontSize}" fill="${ink}">${escape(cell)}</text>`,
      );
    });
  });
  if (style.ruled && columns > 1) {
    for (let column = 1; column < columns; column += 1) {
      const x = columnX(column) - fontSize * 0.4;
      parts.push(
        `<line x1="${x}" y1="${panelY + headerHeight}" x2="${x}" y2="${panelY + panelHeight}" stroke="#8a8f99" stroke-width="2"/>`,
      );
    }
  }
  parts.push('</g>');
  // Uneven light: a lamp on one side of the picture.
  parts.push(
    `<defs><radialGradient id="light" cx="${random.between(0, 1).toFixed(2)}" cy="${random.between(0, 1).toFixed(2)}" r="0.9"><stop offset="0" stop-color="#ffffff" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="${random.between(0.1, 0.35).toFixed(2)}"/></radialGradient></defs>`,
  );
  parts.push(`<rect width="100%" height="100%" fill="url(#light)"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="${style.background}"/>
${parts.join('\n')}
</svg>`;
}

/** The held-out set's descriptions, without rendering. Even ids hold patient information, odd ones are clean. */
function describePictures(seed = 1313) {
  const random = seeded(seed);
  const pictures = [];
  for (const kind of KINDS) {
    for (let index = 0; index < PER_KIND; index += 1) {
      const hasPhi = index % 2 === 0;
      const scene = SCENES[kind][hasPhi ? 'phi' : 'clean'](random);
      const portrait = index % 4 === 3;
      const options = {
        lowContrast: index % 4 === 2 || index === 5,
        smallText:
          kind === 'strip' || kind === 'sticky' ? index % 2 === 1 || index % 4 === 0 : index % 3 === 2,
        width: 1080,
        height: portrait ? 1350 : 1080,
      };
      pictures.push({
        id: `held-${kind}-${pad(index)}${hasPhi ? '-phi' : '-clean'}`,
        kind,
        hasPhi,
        lines: [scene.header, ...scene.rows.map((row) => row.filter(Boolean).join('  '))].filter(Boolean),
        phi: scene.phi,
        svg: sceneSvg(kind, scene, random, options),
        quality: random.int(25, 80),
        blur: random.next() < 0.4 ? random.between(0.5, 1.3) : 0,
        grain: random.between(8, 28),
        ...options,
      });
    }
  }
  return pictures;
}

/**
 * A camera's grain around mid-grey, drawn from the set's seed and the picture's name (not from the draw that
 * made the pictures, which stays as it was): the same pictures, to the pixel, on every run. Sharp's own
 * gaussian noise is not seeded, so alarms moved by a few pictures between runs of one seed.
 */
function grainOf(seed, picture) {
  const { width, height } = picture;
  let nameHash = seed >>> 0;
  for (const char of picture.id) nameHash = Math.imul(nameHash ^ char.charCodeAt(0), 16777619) >>> 0;
  const random = seeded(nameHash);
  const pixels = Buffer.alloc(width * height * 3);
  for (let index = 0; index < pixels.length; index += 2) {
    // Box–Muller: two uniform draws give two independent normal ones.
    const radius = Math.sqrt(-2 * Math.log(1 - random.next())) * picture.grain;
    const angle = 2 * Math.PI * random.next();
    pixels[index] = Math.max(0, Math.min(255, Math.round(128 + radius * Math.cos(angle))));
    if (index + 1 < pixels.length) {
      pixels[index + 1] = Math.max(0, Math.min(255, Math.round(128 + radius * Math.sin(angle))));
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

/** Every picture as a JPEG: drawn, blurred or not, with a camera's grain, then compressed. */
async function renderPictures(seed = 1313) {
  const pictures = describePictures(seed);
  for (const picture of pictures) {
    const grain = await grainOf(seed, picture);
    let drawn = sharp(Buffer.from(picture.svg));
    if (picture.blur) drawn = drawn.blur(picture.blur);
    const flat = await drawn.png().toBuffer();
    picture.image = await sharp(flat)
      .composite([{ input: grain, blend: 'soft-light' }])
      .jpeg({ quality: picture.quality })
      .toBuffer();
  }
  return pictures;
}

async function writePictures(seed = 1313, dir) {
  const folder = dir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'social-compliance-ocr-held-out-')));
  const pictures = await renderPictures(seed);
  for (const picture of pictures) {
    picture.file = path.join(folder, `${picture.id}.jpg`);
    await fs.writeFile(picture.file, picture.image);
  }
  return { folder, pictures };
}

module.exports = { SCAN_OPTIONS, describePictures, renderPictures, writePictures };
