import { CheckCircle } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { styled } from 'styled-components';

import { PLUGIN_ID } from '../../../shared/constants';
import type { GetReviewQueue } from '../../../shared/contracts/review-queue';

const Count = styled.span`
  position: absolute;
  top: -8px;
  right: -10px;
  min-width: 16px;
  padding: 0 4px;
  border-radius: 8px;
  font-size: 1rem;
  font-weight: 600;
  line-height: 16px;
  text-align: center;
  background: ${({ theme }) => theme.colors.primary600};
  color: ${({ theme }) => theme.colors.neutral0};
`;

// The menu remounts its icons on every navigation: the last count shows at once while the next loads.
let lastCount = 0;

/** The plugin's menu icon, with the number of posts waiting for review. */
export const PluginIcon = (props: React.SVGProps<SVGSVGElement>) => {
  const { get } = useFetchClient();
  const [count, setCount] = useState(lastCount);
  useEffect(() => {
    let current = true;
    get<GetReviewQueue['response']>(`/${PLUGIN_ID}/review-queue?pageSize=1`)
      .then(({ data }) => {
        lastCount = data.pagination.total;
        if (current) setCount(lastCount);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [get]);
  return (
    <span style={{ position: 'relative', display: 'inline-flex' }}>
      <CheckCircle {...(props as object)} />
      {count > 0 ? <Count data-testid="queue-count">{count > 99 ? '99+' : count}</Count> : null}
    </span>
  );
};
