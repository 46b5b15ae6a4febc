import type { Core } from '@strapi/strapi';
import { stringify } from 'csv-stringify/sync';

import { getService } from '../utils';
import type { AuditEvent } from '../../../shared/contracts/audit';
import type { Ctx } from './context';
import { validateAuditQuery } from './validation';
import type { ExportAudit, GetAudit, VerifyAudit } from '../../../shared/contracts/audit';

const COLUMNS: (keyof AuditEvent)[] = [
  'seq',
  'occurredAt',
  'actorId',
  'actorLabel',
  'action',
  'targetUid',
  'targetDocumentId',
  'targetLocale',
  'contentHash',
  'details',
  'prevHash',
  'hash',
];

// A spreadsheet runs a cell that starts with = + - @ as a formula: such cells are quoted with an apostrophe.
const cell = (value: unknown) => {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

const createAuditController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Ctx) {
    const { from, to, documentId, actorId, action, page, pageSize } = await validateAuditQuery(ctx.query);
    const events = await getService('audit', { strapi }).list({
      from,
      to,
      documentId,
      actorId,
      action,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    ctx.body = { data: events, pagination: { page, pageSize } } satisfies GetAudit['response'];
  },

  async verify(ctx: Ctx) {
    ctx.body = { data: await getService('audit', { strapi }).verify() } satisfies VerifyAudit['response'];
  },

  /** The whole log (or a date range, or one post) as CSV or JSON, with the chain check at export time. */
  async export(ctx: Ctx) {
    const { from, to, documentId, actorId, action, format = 'csv' } = await validateAuditQuery(ctx.query);
    const audit = getService('audit', { strapi });
    const events: AuditEvent[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await audit.list({ from, to, documentId, actorId, action, limit: 1000, offset });
      events.push(...page);
      if (page.length < 1000) break;
    }
    const verification = await audit.verify();
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    ctx.set('Content-Disposition', `attachment; filename="social-compliance-audit-${stamp}.${format}"`);
    ctx.set(
      'X-Audit-Chain',
      verification.ok ? `ok; head ${verification.head}` : `broken at ${verification.brokenAt}`,
    );
    if (format === 'json') {
      ctx.set('Content-Type', 'application/json; charset=utf-8');
      ctx.body = { verification, events } satisfies ExportAudit['response'];
      return;
    }
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.body = stringify(
      events.map((event) => COLUMNS.map((column) => cell(event[column]))),
      { header: true, columns: COLUMNS },
    ) satisfies ExportAudit['response'];
  },
});

export default createAuditController;
