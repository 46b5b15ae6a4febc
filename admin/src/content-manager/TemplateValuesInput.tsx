// The Template values custom field: the template's variables as labelled text fields, not JSON.
import { Field, Flex, TextInput, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

import { useMessages } from '../services/messages';

interface CustomFieldInputProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
  value?: unknown;
  onChange: (name: string, value: unknown) => void;
}

const asValues = (value: unknown): Record<string, string> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, item == null ? '' : String(item)]))
    : {};

export const TemplateValuesInput = ({
  name,
  label,
  hint,
  error,
  disabled,
  value,
  onChange,
}: CustomFieldInputProps) => {
  const { t } = useMessages();
  const values = asValues(value);
  const names = Object.keys(values);
  return (
    <Field.Root name={name} hint={hint} error={error}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Field.Label>{label}</Field.Label>
        {names.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {t('editor.templateValues.empty')}
          </Typography>
        ) : (
          names.map((variable) => (
            <Field.Root key={variable} name={`${name}.${variable}`}>
              <Field.Label>{variable}</Field.Label>
              <TextInput
                disabled={disabled}
                value={values[variable]}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                  onChange(name, { ...values, [variable]: event.target.value })
                }
              />
            </Field.Root>
          ))
        )}
        <Field.Hint />
        <Field.Error />
      </Flex>
    </Field.Root>
  );
};

export default TemplateValuesInput;
