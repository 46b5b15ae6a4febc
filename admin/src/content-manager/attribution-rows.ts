// Adds an attribution row to the edit form for a media file the post uses, prefilled with the file.
import { useForm, useNotification } from '@strapi/strapi/admin';
import { useCallback } from 'react';

import { useMessages } from '../services/messages';
import type { MediaStatus } from '../../../shared/contracts/compliance';

type Row = Record<string, unknown>;

// The form orders repeatable components by fractional-index keys: 'a0', 'a1', … are valid ones.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const rowKey = (index: number) =>
  index < DIGITS.length
    ? `a${DIGITS[index]}`
    : `b${DIGITS[Math.floor(index / DIGITS.length) % DIGITS.length]}${DIGITS[index % DIGITS.length]}`;

const kindOf = (mime: string | null) =>
  mime?.startsWith('video/')
    ? 'video'
    : mime?.startsWith('audio/')
      ? 'audio'
      : mime?.startsWith('image/')
        ? 'image'
        : 'other';

/** The attribution row for a file: what it covers is filled in; who owns it and the licence are the editor's. */
export const attributionFor = (file: MediaStatus, media: Row | undefined): Row => ({
  kind: kindOf(file.mime),
  media: media ?? { id: file.id, name: file.name, url: file.url, mime: file.mime },
  description: file.name ?? '',
  rightsHolder: '',
  licence: null,
  sourceUrl: '',
  licenceReference: '',
  creditLine: '',
  trademarks: '',
  expiresAt: null,
});

export const appendRow = (rows: Row[], row: Row): Row[] =>
  [...rows, row].map((item, index) => ({ ...item, __temp_key__: rowKey(index) }));

export const useAttributionRows = (field = 'attributions') => {
  const values = useForm('SocialComplianceAttributions', (form) => form.values as Row);
  const onChange = useForm('SocialComplianceAttributions', (form) => form.onChange);
  const { toggleNotification } = useNotification();
  const { t } = useMessages();

  const addAttribution = useCallback(
    (file: MediaStatus) => {
      const rows = Array.isArray(values[field]) ? (values[field] as Row[]) : [];
      const media = (Array.isArray(values.media) ? (values.media as Row[]) : []).find(
        (item) => item?.id === file.id,
      );
      onChange(field, appendRow(rows, attributionFor(file, media)));
      toggleNotification({ type: 'info', message: t('editor.media.added', { name: file.name ?? file.id }) });
    },
    [values, field, onChange, toggleNotification, t],
  );

  return { addAttribution };
};
