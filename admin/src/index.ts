import { CheckCircle, Pencil } from '@strapi/icons';
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
    // reviewer (issue 12): the homepage's widgets.
    app.widgets.register([
      {
        id: 'waiting-for-review',
        pluginId: PLUGIN_ID,
        icon: CheckCircle,
        title: { id: `${PLUGIN_ID}.widget.waiting.title`, defaultMessage: 'Waiting for your review' },
        link: {
          label: { id: `${PLUGIN_ID}.widget.waiting.link`, defaultMessage: 'Open the review queue' },
          href: `/plugins/${PLUGIN_ID}`,
        },
        permissions: [{ action: ACTIONS.review }],
        component: async () => (await import('./components/HomeWidgets')).WaitingForReviewWidget,
      },
      {
        id: 'needs-your-changes',
        pluginId: PLUGIN_ID,
        icon: Pencil,
        title: { id: `${PLUGIN_ID}.widget.changes.title`, defaultMessage: 'Needs your changes' },
        permissions: [{ action: ACTIONS.submit }],
        component: async () => (await import('./components/HomeWidgets')).NeedsYourChangesWidget,
      },
    ]);
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
