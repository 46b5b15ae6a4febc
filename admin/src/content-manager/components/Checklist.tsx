import { Box, Flex, TextButton, Typography } from '@strapi/design-system';
import { CheckCircle, CrossCircle, WarningCircle } from '@strapi/icons';

import { useMessages } from '../../services/messages';
import type { CheckResult } from '../../../../shared/contracts/compliance';

const ORDER = { fail: 0, warn: 1, pass: 2 } as const;

const ICONS = {
  pass: { Icon: CheckCircle, color: 'success600' },
  warn: { Icon: WarningCircle, color: 'warning600' },
  fail: { Icon: CrossCircle, color: 'danger600' },
} as const;

interface ChecklistProps {
  checks: CheckResult[];
  /** Takes the editor to the field a check is about. */
  onGoToField?: (path: string) => void;
}

/** The policy's checks as the server evaluated them: failures first, each with its rule and sentence. */
export const Checklist = ({ checks, onGoToField }: ChecklistProps) => {
  const { t } = useMessages();
  const sorted = [...checks].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={2} aria-label={t('editor.checks.label')}>
      {sorted.map((check, index) => {
        const { Icon, color } = ICONS[check.status];
        return (
          <Flex tag="li" key={`${check.id}-${check.path ?? ''}-${index}`} gap={2} alignItems="flex-start">
            <Box paddingTop={1} color={color}>
              <Icon aria-hidden fill={color} width="1.6rem" height="1.6rem" />
            </Box>
            <Flex direction="column" alignItems="flex-start" gap={1}>
              <Typography variant="omega" fontWeight="semiBold">
                {t(`editor.checks.status.${check.status}`)} · {t('editor.checks.rule', { rule: check.rule })}
              </Typography>
              <Typography variant="omega" textColor="neutral800">
                {check.message}
              </Typography>
              {check.path && onGoToField && check.status !== 'pass' ? (
                <TextButton onClick={() => onGoToField(check.path!)}>
                  {t('editor.checks.goToField')}
                </TextButton>
              ) : null}
            </Flex>
          </Flex>
        );
      })}
    </Flex>
  );
};
