import { yup } from '@strapi/utils';

import {
  AUDIT_ACTIONS,
  AUDIT_FORMATS,
  type AuditAction,
  type AuditFormat,
} from '../../../../shared/constants';
import { choices, date, paging } from './fields';
import { validator } from './validator';

export const validateAuditQuery = validator<{
  from?: Date;
  to?: Date;
  documentId?: string;
  actorId?: number;
  action?: AuditAction;
  format?: AuditFormat;
  page: number;
  pageSize: number;
}>(
  yup.object({
    from: date('from', '2026-11-01'),
    to: date('to', '2026-11-30'),
    documentId: yup.string().max(64),
    actorId: yup.number().integer().positive().typeError('actorId must be the id of an admin user, e.g. 3.'),
    action: yup.string().oneOf([...AUDIT_ACTIONS], `action must be one of ${AUDIT_ACTIONS.join(', ')}.`),
    format: yup.string().oneOf([...AUDIT_FORMATS], `format is ${choices(AUDIT_FORMATS)}.`),
    ...paging(500, 100),
  }),
  { query: { unknown: 'Unknown filter: ${unknown}.' } },
);
