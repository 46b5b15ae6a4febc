import { useCallback } from 'react';
import { useIntl } from 'react-intl';

import { PLUGIN_ID } from '../../../shared/constants';

export type MessageValues = Record<string, string | number | boolean | null | undefined | Date>;

/** The plugin's messages by their key in translations/en.json (without the plugin prefix). */
export const useT = () => {
  const { formatMessage } = useIntl();
  return useCallback(
    (id: string, values?: MessageValues) =>
      formatMessage({ id: `${PLUGIN_ID}.${id}`, defaultMessage: id }, values as never) as string,
    [formatMessage],
  );
};
