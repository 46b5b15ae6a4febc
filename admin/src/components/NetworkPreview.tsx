import { Badge, Box, Flex, Grid, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

import type { PostSnapshot } from '../../../shared/contracts/compliance';
import type { NetworkCopy } from '../../../shared/contracts/feed';
import { useMessages } from '../services/messages';

const PostText = styled.p`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  color: ${({ theme }) => theme.colors.neutral800};
  font-size: 1.4rem;
  line-height: 1.5;
`;

const Thumbnail = styled.img`
  max-width: 100%;
  max-height: 160px;
  border-radius: 4px;
  object-fit: cover;
`;

export interface NetworkPreviewProps {
  networks: NetworkCopy[];
  media: PostSnapshot['media'];
}

/** The post as each of its networks will carry it: text, media, credits, disclaimer, and the count. */
export const NetworkPreview = ({ networks, media }: NetworkPreviewProps) => {
  const { t } = useMessages();
  if (networks.length === 0) return <Typography>{t('review.preview.none')}</Typography>;
  return (
    <Grid.Root gap={4}>
      {networks.map((network) => {
        const over = network.maxLength !== null && network.length > network.maxLength;
        return (
          <Grid.Item key={network.channel} col={6} s={12} direction="column" alignItems="stretch">
            <Box
              tag="section"
              aria-label={t('review.preview.network', { network: network.label })}
              padding={4}
              hasRadius
              borderColor={over ? 'danger600' : 'neutral200'}
              borderStyle="solid"
              borderWidth="1px"
              background="neutral0"
              width="100%"
            >
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Flex justifyContent="space-between" gap={2}>
                  <Typography variant="delta" tag="h3">
                    {network.label}
                  </Typography>
                  <Typography
                    variant="pi"
                    fontWeight="bold"
                    textColor={over ? 'danger600' : 'neutral600'}
                    data-testid={`count-${network.channel}`}
                  >
                    {network.maxLength === null
                      ? t('review.preview.countNoLimit', { length: network.length })
                      : t('review.preview.count', { length: network.length, max: network.maxLength })}
                  </Typography>
                </Flex>
                <PostText>{network.text}</PostText>
                {media.length ? (
                  <Flex gap={2} wrap="wrap">
                    {media.map((file) =>
                      file.mime?.startsWith('image/') && file.url ? (
                        <Thumbnail key={file.id} src={file.url} alt={file.alternativeText ?? ''} />
                      ) : (
                        <Badge key={file.id}>{file.name ?? t('review.preview.file')}</Badge>
                      ),
                    )}
                  </Flex>
                ) : null}
                {network.credits.length ? (
                  <Box>
                    <Typography variant="sigma" textColor="neutral600" tag="h4">
                      {t('review.preview.credits')}
                    </Typography>
                    <ul>
                      {network.credits.map((credit) => (
                        <li key={credit}>
                          <Typography variant="pi">{credit}</Typography>
                        </li>
                      ))}
                    </ul>
                  </Box>
                ) : null}
                {network.disclaimer ? (
                  <Typography variant="pi" textColor="neutral600">
                    {t('review.preview.disclaimer', { disclaimer: network.disclaimer })}
                  </Typography>
                ) : null}
                {over ? (
                  <Typography variant="pi" textColor="danger600">
                    {t('review.preview.tooLong', { over: network.length - (network.maxLength ?? 0) })}
                  </Typography>
                ) : null}
              </Flex>
            </Box>
          </Grid.Item>
        );
      })}
    </Grid.Root>
  );
};
