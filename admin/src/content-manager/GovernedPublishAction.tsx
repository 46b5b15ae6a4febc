// The built-in Publish, gated: for a governed type it stays disabled until the server's evaluation of
// the form as it is now says the post is compliant; then it publishes as usual.
import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';

import { useCurrentLocale, useGovernedContentType, useLiveChecklist } from './live-checklist';
import { publishGate } from './publish-gate';

export const governPublish = (BuiltInPublish: DocumentActionComponent): DocumentActionComponent => {
  const GovernedPublish: DocumentActionComponent = (props) => {
    const description = BuiltInPublish(props);
    const { governed } = useGovernedContentType(props.model);
    const locale = useCurrentLocale(props.document?.locale as string | undefined);
    const state = useLiveChecklist({
      model: props.model,
      documentId: props.documentId,
      locale,
      skip: !governed,
    });
    if (!description || !governed) return description;
    return publishGate(state).allowed ? description : { ...description, disabled: true };
  };
  GovernedPublish.type = 'publish';
  GovernedPublish.position = BuiltInPublish.position;
  GovernedPublish.displayName = 'SocialComplianceGovernedPublish';
  return GovernedPublish;
};

/** Replaces the built-in Publish among the document actions (a reducer for `addDocumentAction`). */
export const withGovernedPublish = (actions: DocumentActionComponent[]) =>
  actions.map((action) => (action.type === 'publish' ? governPublish(action) : action));
