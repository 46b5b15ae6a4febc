import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import type { ReactNode } from 'react';

import { useMessages } from '../services/messages';

export interface ListEditorProps<Item> {
  items: Item[];
  onChange: (items: Item[]) => void;
  /** What Add puts at the end. */
  blank: Item;
  addLabel: string;
  /** Said while the list is empty. */
  emptyLabel?: string;
  /** One row's fields; `update` merges a change into that row. */
  children: (item: Item, update: (change: Partial<Item>) => void, index: number) => ReactNode;
}

/** A list of rows edited in place: each row's fields and its Remove, then Add. */
export const ListEditor = <Item,>({
  items,
  onChange,
  blank,
  addLabel,
  emptyLabel,
  children,
}: ListEditorProps<Item>) => {
  const { t } = useMessages();
  return (
    <>
      {items.length === 0 && emptyLabel ? <Typography textColor="neutral600">{emptyLabel}</Typography> : null}
      {items.map((item, index) => (
        <Flex key={index} gap={2} alignItems="flex-end" wrap="wrap">
          {children(
            item,
            (change) => onChange(items.map((other, i) => (i === index ? { ...other, ...change } : other))),
            index,
          )}
          <IconButton
            label={t('settings.remove')}
            onClick={() => onChange(items.filter((_, i) => i !== index))}
          >
            <Trash />
          </IconButton>
        </Flex>
      ))}
      <Box>
        <Button variant="tertiary" startIcon={<Plus />} onClick={() => onChange([...items, blank])}>
          {addLabel}
        </Button>
      </Box>
    </>
  );
};
