// The editor's side of the plugin in the Content Manager: the compliance panel and the gated Publish.
import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';

import { CompliancePanel } from './CompliancePanel';
import { withGovernedPublish } from './GovernedPublishAction';

type ContentManagerApis = ContentManagerPlugin['config']['apis'];

export const extendContentManager = (app: StrapiApp) => {
  const apis = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
  apis.addEditViewSidePanel([CompliancePanel]);
  apis.addDocumentAction(withGovernedPublish);
};
