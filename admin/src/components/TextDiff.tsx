import { Box, Flex, Typography } from '@strapi/design-system';
import { diffWords } from 'diff';
import { styled } from 'styled-components';

import { useMessages } from '../services/messages';

const Added = styled.ins`
  background: ${({ theme }) => theme.colors.success100};
  color: ${({ theme }) => theme.colors.success700};
  text-decoration: underline;
`;

const Removed = styled.del`
  background: ${({ theme }) => theme.colors.danger100};
  color: ${({ theme }) => theme.colors.danger700};
`;

const Text = styled.div`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  color: ${({ theme }) => theme.colors.neutral800};
  font-size: 1.4rem;
  line-height: 1.6;
`;

export interface TextDiffProps {
  before: string;
  after: string;
  /** Says what `before` is, e.g. "the version approved on 2 Dec". */
  caption: string;
}

/** Word by word what changed from `before` to `after`: inserted words underlined, removed struck out. */
export const TextDiff = ({ before, after, caption }: TextDiffProps) => {
  const { t } = useMessages();
  const parts = diffWords(before, after);
  const changed = parts.some((part) => part.added || part.removed);
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="pi" textColor="neutral600">
        {caption}
      </Typography>
      {changed ? (
        <Box padding={3} background="neutral100" hasRadius>
          <Text data-testid="text-diff">
            {parts.map((part, index) =>
              part.added ? (
                <Added key={index}>{part.value}</Added>
              ) : part.removed ? (
                <Removed key={index}>{part.value}</Removed>
              ) : (
                <span key={index}>{part.value}</span>
              ),
            )}
          </Text>
        </Box>
      ) : (
        <Typography>{t('diff.none')}</Typography>
      )}
    </Flex>
  );
};
