import { Box, Flex, Typography } from '@strapi/design-system';

import { useMessages } from '../../services/messages';
import type { QuotedFinding } from '../../../../shared/contracts/compliance';

/** What the scanner found, quoted in its sentence so the editor sees exactly which words to change. */
export const Findings = ({ findings }: { findings: QuotedFinding[] }) => {
  const { t } = useMessages();
  if (findings.length === 0) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="sigma" tag="h3" textColor="neutral600">
        {t('editor.findings.title', { count: findings.length })}
      </Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
        {findings.map((finding) => (
          <Box
            tag="li"
            key={`${finding.path}-${finding.fingerprint}`}
            padding={2}
            hasRadius
            background={finding.severity === 'block' && !finding.overridden ? 'danger100' : 'warning100'}
            borderColor={finding.severity === 'block' && !finding.overridden ? 'danger200' : 'warning200'}
          >
            <Typography variant="pi" fontWeight="bold" textColor="neutral800">
              {t(`editor.findings.category.${finding.category}`)}
              {' · '}
              {t(
                finding.overridden
                  ? 'editor.findings.overridden'
                  : `editor.findings.severity.${finding.severity}`,
              )}
              {finding.image ? ` · ${t('editor.findings.inPicture', { name: finding.image.name })}` : ''}
            </Typography>
            <Box paddingTop={1}>
              <Typography variant="omega" textColor="neutral800" tag="q">
                {finding.before ? `…${finding.before}` : ''}
                <Typography tag="mark" fontWeight="bold" textColor="neutral900" background="transparent">
                  {finding.text}
                </Typography>
                {finding.after ? `${finding.after}…` : ''}
              </Typography>
            </Box>
            <Typography variant="pi" textColor="neutral700">
              {finding.reason}
            </Typography>
          </Box>
        ))}
      </Flex>
    </Flex>
  );
};
