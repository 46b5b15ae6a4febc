import fs from 'fs';
import os from 'os';
import path from 'path';

import type { Core } from '@strapi/strapi';

import { WARD_BOARD, wardBoardPicture } from './pictures';

const TEMPLATE = 'plugin::social-compliance.message-template';
const POST = 'plugin::social-compliance.social-post';

const demoPolicy = {
  owner: 'Maria Callow, Head of Communications',
  attestation: {
    version: 1,
    wording:
      'I confirm that this post contains no information that could identify a patient (no names, dates, photos, ' +
      'record numbers or other identifiers), unless the patient has given written consent recorded with the privacy ' +
      'office, and that I have the authority to release everything it says.',
  },
  lexicon: [
    { term: 'lawsuit', severity: 'block', reason: 'Litigation is commented on by Legal only.' },
    { term: 'malpractice', severity: 'block', reason: 'Litigation is commented on by Legal only.' },
    { term: 'waiting times', severity: 'warn', reason: 'Quote the published figures only.' },
  ],
  categories: {
    crisis: { requiresTemplate: true, requiresQa: true },
    'service-change': { requiresQa: true },
  },
  channels: {
    x: { label: 'X', maxLength: 280 },
    linkedin: { label: 'LinkedIn', maxLength: 3000 },
    facebook: { label: 'Facebook', maxLength: 63206 },
    instagram: { label: 'Instagram', maxLength: 2200 },
    threads: { label: 'Threads', maxLength: 500 },
    'staff-linkedin': { label: 'Staff LinkedIn', maxLength: 3000, personal: true },
  },
  approvalsRequired: 1,
  disclaimer: 'Views are my own and not those of Riverside Health.',
  allow: {
    domains: ['riverside-health.example'],
    emails: ['press@riverside-health.example'],
    phones: ['+1 555 010 4400'],
    terms: ['Riverside Health', 'Riverside General Hospital'],
  },
  mrnPatterns: ['RH-\\d{7}'],
  copyrightLine: '© Riverside Health. All rights reserved.',
};

const templates = [
  {
    name: 'Flu vaccination clinic',
    category: 'event',
    body:
      '[[Protect yourself and the people you love this winter.]] Free flu vaccinations at {{location}} on {{date}}. ' +
      '[[No appointment needed. Bring your insurance card if you have one.]]',
    qa: [
      {
        question: 'Is the vaccine safe for pregnant women?',
        answer:
          'Yes. The flu vaccine is recommended in pregnancy; talk to your midwife or GP if you have questions.',
      },
      {
        question: "Why should I trust you after last year's shortage?",
        answer:
          'We have secured our full supply for this season and publish stock levels weekly on our website.',
      },
    ],
    channels: ['x', 'facebook', 'instagram'],
  },
  {
    name: 'Service disruption',
    category: 'crisis',
    body: '[[We are aware of a disruption affecting]] {{service}}. [[Patient safety is our priority. If you need urgent care, call 911 or go to your nearest emergency department.]] Updates: {{updateUrl}}',
    qa: [
      {
        question: 'Was anyone harmed?',
        answer:
          'We do not comment on individual patients. Anyone affected will be contacted directly by their care team.',
      },
      {
        question: 'When will it be fixed?',
        answer: 'We will post an update here every two hours until the service is fully restored.',
      },
    ],
    channels: ['x', 'facebook', 'linkedin'],
  },
];

const posts = [
  {
    title: 'Flu clinic at the Riverside atrium',
    category: 'event',
    channels: ['x', 'facebook'],
    template: 'Flu vaccination clinic',
    body: 'Protect yourself and the people you love this winter. Free flu vaccinations at the Riverside General Hospital atrium on Saturday 12 December. No appointment needed. Bring your insurance card if you have one.',
    templateValues: { location: 'the Riverside General Hospital atrium', date: 'Saturday 12 December' },
    attributions: [
      {
        kind: 'text',
        licence: 'own-work',
        rightsHolder: 'Riverside Health',
        creditLine: '© Riverside Health. All rights reserved.',
      },
    ],
    es: {
      title: 'Vacunación contra la gripe en el atrio de Riverside',
      body: 'Protéjase a sí mismo y a quienes quiere este invierno. Vacunas gratuitas contra la gripe en el atrio del Riverside General Hospital el sábado 12 de diciembre.',
    },
  },
  {
    title: 'Welcome to our new cardiac nurses',
    category: 'staff-spotlight',
    channels: ['linkedin'],
    body: 'This month twelve nurses joined our cardiac unit. Nurse Priya Shah, who leads their induction, says the team is "ready for a busy winter". Welcome, all!',
    attributions: [
      {
        kind: 'image',
        licence: 'licensed',
        rightsHolder: 'Stock Health Images Ltd',
        licenceReference: 'SHI-2026-0413',
        creditLine: 'Photo: Stock Health Images',
        description: 'Nurses walking down a ward corridor (stock photo, no patients).',
      },
    ],
  },
  {
    title: 'Recovering well after her transplant',
    category: 'patient-story',
    channels: ['facebook', 'instagram'],
    body: 'Please pray for Jane Doe, 93, admitted on 3 March to Ward 7 after her kidney transplant. Her family thanks our team.',
    attributions: [],
  },
];

const findBySlugOrTitle = async (strapi: Core.Strapi, uid: string, field: string, value: string) =>
  strapi.db.query(uid as never).findOne({ where: { [field]: value, locale: 'en' } });

const PICTURE_POST = {
  title: 'Thank you, Ward 7',
  category: 'staff-spotlight',
  channels: ['facebook', 'instagram'],
  body: 'Our Ward 7 team at this morning’s huddle: thank you for a wonderful year of care.',
};

/** Uploads the whiteboard photo through the Media Library's own service (its formats, its lifecycles). */
const uploadWardBoard = async (strapi: Core.Strapi) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'social-compliance-seed-'));
  try {
    const filepath = path.join(dir, WARD_BOARD.name);
    const bytes = await wardBoardPicture();
    fs.writeFileSync(filepath, bytes);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: WARD_BOARD.name, alternativeText: WARD_BOARD.alternativeText } },
        files: { filepath, originalFilename: WARD_BOARD.name, mimetype: 'image/png', size: bytes.length },
      });
    return file as { id: number };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

/**
 * When pictures are read: a post whose photo shows a patient's name and record number on the ward's
 * whiteboard, so the demo shows the side panel's boxes on those words.
 */
const seedPicturePost = async (strapi: Core.Strapi) => {
  if (!strapi.plugin('social-compliance').service('imageReadings').enabled()) return;
  if (await findBySlugOrTitle(strapi, POST, 'title', PICTURE_POST.title)) return;
  const file = await uploadWardBoard(strapi);
  await strapi.documents(POST as never).create({
    data: {
      ...PICTURE_POST,
      media: [file.id],
      attributions: [
        {
          kind: 'image',
          licence: 'own-work',
          media: file.id,
          description: 'The Ward 7 team at the morning huddle',
          rightsHolder: 'Riverside Health',
          creditLine: '© Riverside Health. All rights reserved.',
        },
      ],
    } as never,
    locale: 'en',
  });
};

/** A policy, approved templates and a few draft posts; each is created once, so re-running changes nothing. */
export const seedContent = async (strapi: Core.Strapi) => {
  const policies = strapi.plugin('social-compliance').service('policy');
  const current = await policies.current();
  if (current.version === 1) await policies.update(demoPolicy, { expectedVersion: 1, note: 'Demo policy' });

  const templateIds: Record<string, string> = {};
  for (const template of templates) {
    const existing = await findBySlugOrTitle(strapi, TEMPLATE, 'name', template.name);
    if (existing) {
      templateIds[template.name] = existing.documentId;
      continue;
    }
    const created = await strapi
      .documents(TEMPLATE as never)
      .create({ data: { ...template, owner: demoPolicy.owner } as never, locale: 'en' });
    await strapi.documents(TEMPLATE as never).publish({ documentId: created.documentId, locale: 'en' });
    templateIds[template.name] = created.documentId;
  }

  for (const { es, template, ...post } of posts) {
    if (await findBySlugOrTitle(strapi, POST, 'title', post.title)) continue;
    const data = { ...post, ...(template ? { template: templateIds[template] } : {}) };
    const created = await strapi.documents(POST as never).create({ data: data as never, locale: 'en' });
    if (es) {
      // The template is localised too and has no Spanish version yet, so the Spanish post has none.
      await strapi.documents(POST as never).update({
        documentId: created.documentId,
        locale: 'es',
        data: { ...post, ...es } as never,
      });
    }
  }
  await seedPicturePost(strapi);
};
