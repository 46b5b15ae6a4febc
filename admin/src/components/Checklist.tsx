import { Badge, Flex, Typography } from '@strapi/design-system';

import type { CheckResult } from '../../../shared/contracts/compliance';
import { useMessages } from '../services/messages';

const TONE = {
  pass: { background: 'success100', text: 'success700' },
  warn: { background: 'warning100', text: 'warning700' },
  fail: { background: 'danger100', text: 'danger700' },
} as const;

/** Every check of the policy on this post, failing ones first. */
export const ReviewChecklist = ({ checks }: { checks: CheckResult[] }) => {
  const { t } = useMessages();
  const order = { fail: 0, warn: 1, pass: 2 };
  const sorted = [...checks].sort((a, b) => order[a.status] - order[b.status]);
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
      {sorted.map((check, index) => (
        <Flex tag="li" key={`${check.id}-${index}`} gap={2} alignItems="flex-start">
          <Badge backgroundColor={TONE[check.status].background} textColor={TONE[check.status].text}>
            {t(`check.${check.status}`)}
          </Badge>
          <Typography variant="pi">
            {t('check.rule', { rule: check.rule })} {check.message}
          </Typography>
        </Flex>
      ))}
    </Flex>
  );
};
