import { Box, Field, Grid, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';

import { useMessages } from '../services/messages';

export interface FilterOption {
  value: string;
  label: string;
}

/** One filter of a list page: a choice among options, or a typed date or text. */
export type Filter = {
  name: string;
  label: string;
  /** Columns (of twelve) on a wide screen; 3 unless said. */
  width?: number;
} & (
  | { options: FilterOption[]; /** Offer "Any" (the empty value) first. */ any?: boolean }
  | { type: 'date' | 'text' }
);

export interface FilterBarProps {
  filters: Filter[];
  value: (name: string) => string;
  onChange: (name: string, value: string) => void;
}

/** The filters above a list, each labelled; their values live with the page (in its address). */
export const FilterBar = ({ filters, value, onChange }: FilterBarProps) => {
  const { t } = useMessages();
  return (
    <Box background="neutral0" padding={4} marginBottom={4} hasRadius shadow="filterShadow">
      <Grid.Root gap={3}>
        {filters.map((filter) => (
          <Grid.Item
            key={filter.name}
            col={filter.width ?? 3}
            s={6}
            xs={12}
            direction="column"
            alignItems="stretch"
          >
            <Field.Root name={filter.name} id={`filter-${filter.name}`}>
              <Field.Label>{filter.label}</Field.Label>
              {'options' in filter ? (
                <SingleSelect
                  value={value(filter.name)}
                  onChange={(next: string | number) => onChange(filter.name, String(next))}
                  size="S"
                >
                  {[...(filter.any ? [{ value: '', label: t('filter.any') }] : []), ...filter.options].map(
                    (option) => (
                      <SingleSelectOption key={option.value} value={option.value}>
                        {option.label}
                      </SingleSelectOption>
                    ),
                  )}
                </SingleSelect>
              ) : (
                <TextInput
                  type={filter.type}
                  size="S"
                  value={value(filter.name)}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(filter.name, e.target.value)}
                />
              )}
            </Field.Root>
          </Grid.Item>
        ))}
      </Grid.Root>
    </Box>
  );
};
