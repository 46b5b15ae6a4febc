import { Alert, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useState } from 'react';

import type { ReviewDecisionRights } from '../../../shared/contracts/review-screen';
import { useMessages } from '../services/messages';

export interface DecisionPanelProps {
  decision: ReviewDecisionRights;
  isSubmitting: boolean;
  /** Each resolves to the server's sentence when it refused, or null. */
  onApprove: (comment: string) => Promise<string | null>;
  onRequestChanges: (comment: string) => Promise<string | null>;
}

/** Approve (comment optional) or send back (comment required); four eyes said before anyone clicks. */
export const DecisionPanel = ({
  decision,
  isSubmitting,
  onApprove,
  onRequestChanges,
}: DecisionPanelProps) => {
  const { t } = useMessages();
  const [comment, setComment] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  if (!decision.canDecide) {
    return (
      <Alert
        variant={decision.ownPost ? 'warning' : 'default'}
        title={t(decision.ownPost ? 'decision.ownPost.title' : 'decision.blocked.title')}
        closeLabel={t('common.close')}
        onClose={() => undefined}
      >
        {decision.reason}
      </Alert>
    );
  }

  const act = async (kind: 'approve' | 'request-changes') => {
    setRefusal(null);
    if (kind === 'request-changes' && comment.trim() === '') {
      setFieldError(t('decision.comment.required'));
      return;
    }
    setFieldError(null);
    const error = await (kind === 'approve' ? onApprove(comment.trim()) : onRequestChanges(comment.trim()));
    if (error) setRefusal(error);
    else setComment('');
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Field.Root name="review-comment" error={fieldError ?? undefined} hint={t('decision.comment.hint')}>
        <Field.Label>{t('decision.comment.label')}</Field.Label>
        <Textarea
          value={comment}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setComment(event.target.value)}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      {refusal ? (
        <Typography textColor="danger600" role="alert">
          {refusal}
        </Typography>
      ) : null}
      <Flex gap={2} wrap="wrap">
        <Button variant="success" loading={isSubmitting} onClick={() => act('approve')}>
          {t('decision.approve')}
        </Button>
        <Button variant="danger-light" loading={isSubmitting} onClick={() => act('request-changes')}>
          {t('decision.requestChanges')}
        </Button>
      </Flex>
    </Flex>
  );
};
