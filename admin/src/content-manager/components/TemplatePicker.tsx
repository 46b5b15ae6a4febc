import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Lock } from '@strapi/icons';
import { useState } from 'react';

import { fillTemplate, templateSegments, templateVariables } from '../template-text';
import { useMessages } from '../../services/messages';
import type { TemplateOption } from '../api';

export interface TemplateChoice {
  template: TemplateOption;
  values: Record<string, string>;
  body: string;
}

interface TemplatePickerProps {
  templates: TemplateOption[];
  loading?: boolean;
  onInsert: (choice: TemplateChoice) => void;
}

/** Choose an approved template, fill its variables in a form, see its locked wording and its Q&A. */
export const TemplatePicker = ({ templates, loading, onInsert }: TemplatePickerProps) => {
  const { t } = useMessages();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const template = templates.find((candidate) => candidate.documentId === selectedId);
  const variables = template ? templateVariables(template.body) : [];
  const missing = variables.filter((name) => !values[name]?.trim());

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Field.Root name="social-compliance-template" required>
        <Field.Label>{t('editor.template.choose')}</Field.Label>
        <SingleSelect
          value={selectedId ?? undefined}
          onChange={(value) => {
            setSelectedId(String(value));
            setValues({});
          }}
          placeholder={t(
            templates.length || loading ? 'editor.template.placeholder' : 'editor.template.none',
          )}
          loading={loading}
        >
          {templates.map((candidate) => (
            <SingleSelectOption key={candidate.documentId} value={candidate.documentId}>
              {candidate.name}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>

      {template ? (
        <Flex gap={6} alignItems="flex-start" wrap="wrap">
          <Flex direction="column" alignItems="stretch" gap={3} flex="2" minWidth="28rem">
            <Typography variant="sigma" tag="h3" textColor="neutral600">
              {t('editor.template.text')}
            </Typography>
            <Box padding={3} hasRadius background="neutral100" data-testid="template-text">
              <Typography variant="omega" textColor="neutral800" tag="p">
                {templateSegments(template.body).map((segment, index) =>
                  segment.kind === 'text' ? (
                    <span key={index}>{segment.text}</span>
                  ) : segment.kind === 'locked' ? (
                    <Box
                      key={index}
                      tag="span"
                      background="neutral200"
                      paddingLeft={1}
                      paddingRight={1}
                      hasRadius
                      title={t('editor.template.lockedHint')}
                      data-locked="true"
                    >
                      <Lock width="1.2rem" height="1.2rem" aria-label={t('editor.template.locked')} />{' '}
                      {segment.text}
                    </Box>
                  ) : (
                    <Typography key={index} tag="span" fontWeight="bold" textColor="primary600">
                      {values[segment.name]?.trim() || `{{${segment.name}}}`}
                    </Typography>
                  ),
                )}
              </Typography>
            </Box>
            <Typography variant="pi" textColor="neutral600">
              {t('editor.template.lockedHint')}
            </Typography>
            {variables.map((name) => (
              <Field.Root key={name} name={`template-variable-${name}`} required>
                <Field.Label>{name}</Field.Label>
                <TextInput
                  value={values[name] ?? ''}
                  onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                    setValues((previous) => ({ ...previous, [name]: event.target.value }))
                  }
                />
              </Field.Root>
            ))}
            <Button
              onClick={() => onInsert({ template, values, body: fillTemplate(template.body, values) })}
              disabled={missing.length > 0}
            >
              {t('editor.template.insert')}
            </Button>
            {missing.length ? (
              <Typography variant="pi" textColor="neutral600">
                {t('editor.template.fillIn', { names: missing.join(', ') })}
              </Typography>
            ) : null}
          </Flex>
          <Flex direction="column" alignItems="stretch" gap={2} flex="1" minWidth="20rem" tag="aside">
            <Typography variant="sigma" tag="h3" textColor="neutral600">
              {t('editor.template.qa')}
            </Typography>
            {template.qa.length ? (
              template.qa.map((pair, index) => (
                <Box key={index} padding={3} hasRadius background="neutral100">
                  <Typography variant="omega" fontWeight="bold" tag="p">
                    {pair.question}
                  </Typography>
                  <Typography variant="omega" textColor="neutral700" tag="p">
                    {pair.answer}
                  </Typography>
                </Box>
              ))
            ) : (
              <Typography variant="pi" textColor="neutral600">
                {t('editor.template.noQa')}
              </Typography>
            )}
          </Flex>
        </Flex>
      ) : null}
    </Flex>
  );
};
