import { Button, Flex, Typography } from '@strapi/design-system';

import { useMessages } from '../services/messages';

export interface PagerProps {
  page: number;
  /** Known when the route counts its rows; otherwise the page alone is shown. */
  pageCount?: number;
  hasNext: boolean;
  onPage: (page: number) => void;
}

/** Previous and Next below a list; nothing while the list fits on one page. */
export const Pager = ({ page, pageCount, hasNext, onPage }: PagerProps) => {
  const { t } = useMessages();
  if (page <= 1 && !hasNext) return null;
  return (
    <Flex justifyContent="space-between" paddingTop={4}>
      <Button variant="tertiary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('common.previous')}
      </Button>
      <Typography>
        {pageCount === undefined ? t('common.page', { page }) : t('common.pageOf', { page, pageCount })}
      </Typography>
      <Button variant="tertiary" disabled={!hasNext} onClick={() => onPage(page + 1)}>
        {t('common.next')}
      </Button>
    </Flex>
  );
};
