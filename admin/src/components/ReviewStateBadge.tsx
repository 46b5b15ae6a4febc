import { Badge } from '@strapi/design-system';

import type { ReviewState } from '../../../shared/constants';
import { useMessages } from '../services/messages';

const COLOURS: Record<ReviewState, { background: string; text: string }> = {
  draft: { background: 'neutral150', text: 'neutral700' },
  'in-review': { background: 'secondary100', text: 'secondary700' },
  'changes-requested': { background: 'warning100', text: 'warning700' },
  approved: { background: 'success100', text: 'success700' },
  scheduled: { background: 'primary100', text: 'primary700' },
  published: { background: 'success100', text: 'success700' },
};

export const ReviewStateBadge = ({ state }: { state: ReviewState }) => {
  const { t } = useMessages();
  const colour = COLOURS[state] ?? COLOURS.draft;
  return (
    <Badge backgroundColor={colour.background} textColor={colour.text}>
      {t(`state.${state}`)}
    </Badge>
  );
};
