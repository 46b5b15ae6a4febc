import type { Core } from '@strapi/strapi';
import { cloneDeep, upperFirst, camelCase } from 'lodash/fp';

import attribution from '../../../content-types/components/attribution.json';
import qaPair from '../../../content-types/components/qa-pair.json';
import { COMPONENT_UID } from '../constants';

const schemas = {
  [COMPONENT_UID.attribution]: attribution,
  [COMPONENT_UID.qaPair]: qaPair,
};

/**
 * Strapi loads components only from an app's src/components; a plugin that owns components adds them
 * to the registry in register(), in the shape Strapi's own loader gives them.
 */
export const registerComponents = (strapi: Core.Strapi) => {
  for (const [uid, schema] of Object.entries(schemas)) {
    const [category, modelName] = uid.split('.');
    if (strapi.get('components').get(uid)) continue;
    strapi.get('components').set(uid, {
      ...cloneDeep(schema),
      __schema__: cloneDeep(schema),
      uid,
      category,
      modelType: 'component',
      modelName,
      globalId: upperFirst(camelCase(`component_${uid}`)),
    } as never);
  }
};
