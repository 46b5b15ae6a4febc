import type { StrapiApp } from '@strapi/strapi/admin';

import { PLUGIN_ID, ACTIONS } from '../../shared/constants';
import { PluginIcon } from './components/PluginIcon';
import { extendContentManager, registerChannelsField } from './content-manager';
import { prefixTranslations } from './translations';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Social compliance' },
      permissions: [{ action: ACTIONS.read, subject: null }],
      Component: () => import('./pages/App'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
    registerChannelsField(app);
  },

  bootstrap(app: StrapiApp) {
    extendContentManager(app);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixTranslations(data), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};
