import { CheckCircle } from '@strapi/icons';

export const PluginIcon = () => <CheckCircle />;
