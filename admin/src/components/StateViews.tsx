import { Alert, Box, Button, EmptyStateLayout, Flex, Loader } from '@strapi/design-system';

import { useMessages } from '../services/messages';

/** A list's three other states, the same on every page: loading, the server's sentence, nothing. */
export const LoadingState = ({ label }: { label: string }) => (
  <Flex justifyContent="center" padding={8}>
    <Loader>{label}</Loader>
  </Flex>
);

export const ErrorState = ({ message, onRetry }: { message: string; onRetry?: () => void }) => {
  const { t } = useMessages();
  return (
    <Alert
      variant="danger"
      closeLabel={t('common.close')}
      title={t('common.error')}
      action={
        onRetry ? (
          <Button variant="danger-light" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    >
      {message}
    </Alert>
  );
};

export const EmptyState = ({ content, action }: { content: string; action?: React.ReactNode }) => (
  <Box background="neutral0" hasRadius shadow="filterShadow">
    <EmptyStateLayout content={content} action={action} />
  </Box>
);
