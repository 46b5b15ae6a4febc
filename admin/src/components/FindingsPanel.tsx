import { Badge, Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';

import type { PhiFinding } from '../../../shared/contracts/compliance';
import { useMessages } from '../services/messages';

export interface FindingsPanelProps {
  findings: PhiFinding[];
  /** The name of the picture at each field that holds one (`media.0`), for a finding read in a picture. */
  pictureNames?: Record<string, string>;
  canOverride: boolean;
  isSubmitting: boolean;
  /** Resolves to the server's sentence when it refused, or null. */
  onOverride: (fingerprint: string, reason: string) => Promise<string | null>;
}

const FindingRow = ({
  finding,
  canOverride,
  isSubmitting,
  onOverride,
  pictureNames,
}: Omit<FindingsPanelProps, 'findings'> & { finding: PhiFinding }) => {
  const { t } = useMessages();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const override = finding.override;
  return (
    <Box tag="li" padding={3} background="neutral100" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Flex gap={2} wrap="wrap">
          <Badge
            backgroundColor={finding.severity === 'block' ? 'danger100' : 'warning100'}
            textColor={finding.severity === 'block' ? 'danger700' : 'warning700'}
          >
            {t(`finding.severity.${finding.severity}`)}
          </Badge>
          <Typography fontWeight="bold">{finding.category}</Typography>
          <Typography textColor="neutral600">
            {pictureNames?.[finding.path] !== undefined
              ? t('finding.inPicture', { name: pictureNames[finding.path] })
              : t('finding.in', { path: finding.path })}
          </Typography>
        </Flex>
        <Typography>{t('finding.text', { text: finding.text })}</Typography>
        <Typography variant="pi" textColor="neutral600">
          {finding.reason}
        </Typography>
        {override ? (
          <Typography variant="pi" textColor="success700">
            {t('finding.overridden', {
              who: override.userLabel ?? `#${override.userId}`,
              reason: override.reason,
            })}
          </Typography>
        ) : canOverride ? (
          <Flex
            tag="form"
            gap={2}
            alignItems="flex-end"
            onSubmit={async (event: React.FormEvent) => {
              event.preventDefault();
              setError(await onOverride(finding.fingerprint, reason));
            }}
          >
            <Box flex="1">
              <Field.Root
                name={`override-${finding.fingerprint}`}
                error={error ?? undefined}
                hint={t('finding.override.hint')}
              >
                <Field.Label>{t('finding.override.label')}</Field.Label>
                <Textarea
                  value={reason}
                  onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReason(event.target.value)}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
            </Box>
            <Button type="submit" variant="secondary" loading={isSubmitting} disabled={reason.trim() === ''}>
              {t('finding.override.submit')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
    </Box>
  );
};

/** The patient-information and off-limits findings; a reviewer who may can let one stand with a reason. */
export const FindingsPanel = ({ findings, ...props }: FindingsPanelProps) => {
  const { t } = useMessages();
  if (findings.length === 0) return <Typography>{t('finding.none')}</Typography>;
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
      {findings.map((finding) => (
        <FindingRow key={finding.fingerprint} finding={finding} {...props} />
      ))}
    </Flex>
  );
};
