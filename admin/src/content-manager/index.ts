// The editor's side of the plugin in the Content Manager: the compliance panel and the gated Publish.
import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';

import { CompliancePanel } from './CompliancePanel';
import { PluginIcon } from '../components/PluginIcon';
import { CHANNELS_FIELD, PLUGIN_ID, TEMPLATE_VALUES_FIELD } from '../../../shared/constants';
import { withGovernedPublish } from './GovernedPublishAction';
import { addComplianceColumn, withGovernedBulkPublish } from './ListView';

type ContentManagerApis = ContentManagerPlugin['config']['apis'];

export const extendContentManager = (app: StrapiApp) => {
  const apis = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
  apis.addEditViewSidePanel([CompliancePanel]);
  apis.addDocumentAction(withGovernedPublish);
  apis.addBulkAction(withGovernedBulkPublish);
  app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addComplianceColumn);
};

/** The Channels and Template values custom fields (JSON underneath); the Channels field (`plugin::social-compliance.channels`, stored as JSON): a multi-select. */
export const registerChannelsField = (app: StrapiApp) => {
  app.customFields.register({
    name: CHANNELS_FIELD,
    pluginId: PLUGIN_ID,
    type: 'json',
    icon: PluginIcon,
    intlLabel: { id: `${PLUGIN_ID}.editor.channels.fieldLabel`, defaultMessage: 'Channels' },
    intlDescription: {
      id: `${PLUGIN_ID}.editor.channels.fieldDescription`,
      defaultMessage: 'The social networks of the policy the post goes to',
    },
    components: { Input: () => import('./ChannelsInput') as never },
  });
  app.customFields.register({
    name: TEMPLATE_VALUES_FIELD,
    pluginId: PLUGIN_ID,
    type: 'json',
    icon: PluginIcon,
    intlLabel: { id: `${PLUGIN_ID}.editor.templateValues.fieldLabel`, defaultMessage: 'Template values' },
    intlDescription: {
      id: `${PLUGIN_ID}.editor.templateValues.fieldDescription`,
      defaultMessage: "The values of the template's variables",
    },
    components: { Input: () => import('./TemplateValuesInput') as never },
  });
};
