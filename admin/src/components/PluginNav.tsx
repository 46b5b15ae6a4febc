import { Flex, LinkButton } from '@strapi/design-system';
import { NavLink, useLocation } from 'react-router-dom';

import { useMessages } from '../services/messages';

export interface PluginNavProps {
  canReadAudit: boolean;
  canManageSettings: boolean;
}

/** The plugin's pages: the reviewer's queue first, then what each role may open. */
export const PluginNav = ({ canReadAudit, canManageSettings }: PluginNavProps) => {
  const { t } = useMessages();
  const { pathname } = useLocation();
  const links = [
    { to: '', label: t('nav.queue'), match: (rest: string) => rest === '' || rest.startsWith('review') },
    { to: 'calendar', label: t('nav.calendar') },
    ...(canReadAudit ? [{ to: 'audit', label: t('nav.audit') }] : []),
    { to: 'policy', label: t(canManageSettings ? 'nav.settings' : 'nav.policy') },
  ];
  const rest = pathname.replace(/^.*\/plugins\/social-compliance\/?/, '');
  return (
    <Flex tag="nav" aria-label={t('nav.label')} gap={2} paddingBottom={4} wrap="wrap">
      {links.map((link) => {
        const current = link.match ? link.match(rest) : rest.startsWith(link.to);
        return (
          <LinkButton
            key={link.to}
            tag={NavLink}
            to={`/plugins/social-compliance/${link.to}`}
            variant={current ? 'secondary' : 'tertiary'}
            aria-current={current ? 'page' : undefined}
            size="S"
          >
            {link.label}
          </LinkButton>
        );
      })}
    </Flex>
  );
};
