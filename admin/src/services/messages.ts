import { useCallback } from 'react';
import { useIntl } from 'react-intl';

import { PLUGIN_ID } from '../../../shared/constants';

export type MessageValues = Record<string, string | number | boolean | null | undefined | Date>;

/**
 * The plugin's messages by their key in translations/en.json (without the plugin prefix), and the
 * viewer's date and time formats: one hook for the reviewers' pages and the Content Manager alike.
 */
export const useMessages = () => {
  const { formatMessage, formatDate, formatTime } = useIntl();
  const t = useCallback(
    (id: string, values?: MessageValues) =>
      formatMessage({ id: `${PLUGIN_ID}.${id}`, defaultMessage: id }, values as never) as string,
    [formatMessage],
  );
  return { t, formatDate, formatTime };
};
