// "Start from a template" in the side panel: fills the form's body, template and template values.
import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useState } from 'react';

import { useGetApprovedTemplatesQuery, type TemplateOption } from './api';
import { TemplatePicker, type TemplateChoice } from './components/TemplatePicker';
import { useMessages } from '../services/messages';

/** The relation as the edit form holds a newly chosen one. */
const connectTemplate = (template: TemplateOption, locale: string | null) => ({
  connect: [
    {
      id: template.id,
      documentId: template.documentId,
      locale: template.locale ?? locale,
      label: template.name,
      status: 'published',
      href: '',
      __temp_key__: 'a0',
      apiData: {
        id: template.id,
        documentId: template.documentId,
        locale: template.locale ?? locale,
        isTemporary: true,
      },
    },
  ],
  disconnect: [],
});

export const StartFromTemplate = ({ locale }: { locale: string | null }) => {
  const { t } = useMessages();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<TemplateOption | null>(null);
  const onChange = useForm('SocialComplianceTemplate', (form) => form.onChange);
  const {
    data: templates = [],
    isLoading,
    isError,
  } = useGetApprovedTemplatesQuery({ locale }, { skip: !open });

  const insert = ({ template, values, body }: TemplateChoice) => {
    onChange('body', body);
    onChange('templateValues', values);
    onChange('template', connectTemplate(template, locale));
    if (template.category) onChange('category', template.category);
    setChosen(template);
    setOpen(false);
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Modal.Root open={open} onOpenChange={setOpen}>
        <Modal.Trigger>
          <Button variant="secondary" fullWidth>
            {t('editor.template.start')}
          </Button>
        </Modal.Trigger>
        <Modal.Content>
          <Modal.Header>
            <Modal.Title>{t('editor.template.title')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            {isError ? (
              <Typography textColor="danger600">{t('editor.template.loadError')}</Typography>
            ) : (
              <TemplatePicker templates={templates} loading={isLoading} onInsert={insert} />
            )}
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('editor.template.close')}</Button>
            </Modal.Close>
          </Modal.Footer>
        </Modal.Content>
      </Modal.Root>
      {chosen?.qa.length ? (
        <Flex
          direction="column"
          alignItems="stretch"
          gap={2}
          tag="section"
          aria-label={t('editor.template.qa')}
        >
          <Typography variant="sigma" tag="h3" textColor="neutral600">
            {t('editor.template.qaOf', { name: chosen.name })}
          </Typography>
          {chosen.qa.map((pair, index) => (
            <Box key={index} padding={2} hasRadius background="neutral100">
              <Typography variant="omega" fontWeight="bold" tag="p">
                {pair.question}
              </Typography>
              <Typography variant="omega" textColor="neutral700" tag="p">
                {pair.answer}
              </Typography>
            </Box>
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
};
