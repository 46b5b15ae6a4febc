import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

export interface FilterSelectProps {
  label: string;
  name: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** One labelled filter; the empty value is "any". */
export const FilterSelect = ({ label, name, value, options, onChange }: FilterSelectProps) => (
  <Field.Root name={name} id={`filter-${name}`}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect value={value} onChange={(next: string | number) => onChange(String(next))} size="S">
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);
