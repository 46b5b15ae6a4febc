import {
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  IconButton,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Textarea,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import type { ReactNode } from 'react';

import type { PolicyInput } from '../../../shared/contracts/policy';
import { useMessages } from '../services/messages';

/** The form's copy of the policy: channels as rows, so a new one can be typed before it has a key. */
export interface PolicyDraft extends Omit<PolicyInput, 'channels'> {
  channels: { key: string; label: string; maxLength: number; personal: boolean }[];
}

export const toDraft = (policy: PolicyInput): PolicyDraft => ({
  ...policy,
  channels: Object.entries(policy.channels).map(([key, channel]) => ({
    key,
    label: channel.label,
    maxLength: channel.maxLength,
    personal: Boolean(channel.personal),
  })),
});

export const fromDraft = (draft: PolicyDraft): PolicyInput => ({
  ...draft,
  channels: Object.fromEntries(
    draft.channels.map(({ key, label, maxLength, personal }) => [
      key.trim(),
      { label, maxLength, ...(personal ? { personal } : {}) },
    ]),
  ),
});

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const Part = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box tag="fieldset" background="neutral0" padding={5} hasRadius shadow="filterShadow">
    <Typography variant="delta" tag="legend">
      {title}
    </Typography>
    <Flex direction="column" alignItems="stretch" gap={4} paddingTop={3}>
      {children}
    </Flex>
  </Box>
);

export interface PolicyFormProps {
  draft: PolicyDraft;
  onChange: (draft: PolicyDraft) => void;
  /** The attestation wording in force and its version: a change bumps it. */
  current: { wording: string; version: number };
  categories: string[];
}

/** Every setting of the policy, grouped as the policy owner thinks of them. */
export const PolicyForm = ({ draft, onChange, current, categories }: PolicyFormProps) => {
  const { t } = useMessages();
  const set = <K extends keyof PolicyDraft>(key: K, value: PolicyDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const wordingChanged = draft.attestation.wording.trim() !== current.wording.trim();

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Part title={t('settings.part.ownership')}>
        <Field.Root name="owner" required>
          <Field.Label>{t('settings.owner')}</Field.Label>
          <TextInput
            value={draft.owner}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('owner', e.target.value)}
          />
        </Field.Root>
        <Field.Root name="approvalsRequired" required hint={t('settings.approvals.hint')}>
          <Field.Label>{t('settings.approvals')}</Field.Label>
          <NumberInput
            value={draft.approvalsRequired}
            onValueChange={(value: number | undefined) => set('approvalsRequired', value ?? 1)}
          />
          <Field.Hint />
        </Field.Root>
        <Field.Root name="copyrightLine" hint={t('settings.copyright.hint')}>
          <Field.Label>{t('settings.copyright')}</Field.Label>
          <TextInput
            value={draft.copyrightLine}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('copyrightLine', e.target.value)}
          />
          <Field.Hint />
        </Field.Root>
      </Part>

      <Part title={t('settings.part.attestation')}>
        <Field.Root
          name="attestationWording"
          required
          hint={
            wordingChanged
              ? t('settings.attestation.bump', { from: current.version, to: current.version + 1 })
              : t('settings.attestation.hint', { version: current.version })
          }
        >
          <Field.Label>{t('settings.attestation')}</Field.Label>
          <Textarea
            value={draft.attestation.wording}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) =>
              set('attestation', { wording: e.target.value })
            }
          />
          <Field.Hint />
        </Field.Root>
        {wordingChanged ? (
          <Typography textColor="warning700" fontWeight="bold" data-testid="wording-bump">
            {t('settings.attestation.bump', { from: current.version, to: current.version + 1 })}
          </Typography>
        ) : null}
        <Field.Root name="disclaimer" hint={t('settings.disclaimer.hint')}>
          <Field.Label>{t('settings.disclaimer')}</Field.Label>
          <Textarea
            value={draft.disclaimer}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => set('disclaimer', e.target.value)}
          />
          <Field.Hint />
        </Field.Root>
      </Part>

      <Part title={t('settings.part.lexicon')}>
        {draft.lexicon.length === 0 ? (
          <Typography textColor="neutral600">{t('settings.lexicon.none')}</Typography>
        ) : null}
        {draft.lexicon.map((entry, index) => {
          const update = (change: Partial<typeof entry>) =>
            set(
              'lexicon',
              draft.lexicon.map((item, i) => (i === index ? { ...item, ...change } : item)),
            );
          return (
            <Flex key={index} gap={2} alignItems="flex-end" wrap="wrap">
              <Field.Root name={`lexicon.${index}.term`}>
                <Field.Label>{t('settings.lexicon.term')}</Field.Label>
                <TextInput
                  value={entry.term}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => update({ term: e.target.value })}
                />
              </Field.Root>
              <Field.Root name={`lexicon.${index}.severity`}>
                <Field.Label>{t('settings.lexicon.severity')}</Field.Label>
                <SingleSelect
                  value={entry.severity}
                  onChange={(value: string | number) => update({ severity: value as 'warn' | 'block' })}
                >
                  <SingleSelectOption value="warn">{t('finding.severity.warn')}</SingleSelectOption>
                  <SingleSelectOption value="block">{t('finding.severity.block')}</SingleSelectOption>
                </SingleSelect>
              </Field.Root>
              <Box flex="1" minWidth="20rem">
                <Field.Root name={`lexicon.${index}.reason`}>
                  <Field.Label>{t('settings.lexicon.reason')}</Field.Label>
                  <TextInput
                    value={entry.reason ?? ''}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => update({ reason: e.target.value })}
                  />
                </Field.Root>
              </Box>
              <IconButton
                label={t('settings.remove')}
                onClick={() =>
                  set(
                    'lexicon',
                    draft.lexicon.filter((_, i) => i !== index),
                  )
                }
              >
                <Trash />
              </IconButton>
            </Flex>
          );
        })}
        <Box>
          <Button
            variant="tertiary"
            startIcon={<Plus />}
            onClick={() => set('lexicon', [...draft.lexicon, { term: '', severity: 'warn', reason: '' }])}
          >
            {t('settings.lexicon.add')}
          </Button>
        </Box>
      </Part>

      <Part title={t('settings.part.categories')}>
        <Table colCount={3} rowCount={categories.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('settings.categories.category')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('settings.categories.template')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('settings.categories.qa')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {categories.map((category) => {
              const rules = draft.categories[category] ?? {};
              const update = (change: Partial<typeof rules>) => {
                const merged = { ...rules, ...change };
                // Only the requirements that hold are kept: a category without any needs no entry.
                const next = {
                  ...(merged.requiresTemplate ? { requiresTemplate: true } : {}),
                  ...(merged.requiresQa ? { requiresQa: true } : {}),
                };
                const { [category]: _previous, ...others } = draft.categories;
                set(
                  'categories',
                  next.requiresTemplate || next.requiresQa ? { ...others, [category]: next } : others,
                );
              };
              return (
                <Tr key={category}>
                  <Td>
                    <Typography>{category}</Typography>
                  </Td>
                  <Td>
                    <Checkbox
                      aria-label={t('settings.categories.templateFor', { category })}
                      checked={Boolean(rules.requiresTemplate)}
                      onCheckedChange={(checked: boolean | 'indeterminate') =>
                        update({ requiresTemplate: checked === true })
                      }
                    />
                  </Td>
                  <Td>
                    <Checkbox
                      aria-label={t('settings.categories.qaFor', { category })}
                      checked={Boolean(rules.requiresQa)}
                      onCheckedChange={(checked: boolean | 'indeterminate') =>
                        update({ requiresQa: checked === true })
                      }
                    />
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      </Part>

      <Part title={t('settings.part.channels')}>
        {draft.channels.map((channel, index) => {
          const update = (change: Partial<typeof channel>) =>
            set(
              'channels',
              draft.channels.map((item, i) => (i === index ? { ...item, ...change } : item)),
            );
          return (
            <Flex key={index} gap={2} alignItems="flex-end" wrap="wrap">
              <Field.Root name={`channels.${index}.key`}>
                <Field.Label>{t('settings.channels.key')}</Field.Label>
                <TextInput
                  value={channel.key}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => update({ key: e.target.value })}
                />
              </Field.Root>
              <Field.Root name={`channels.${index}.label`}>
                <Field.Label>{t('settings.channels.label')}</Field.Label>
                <TextInput
                  value={channel.label}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => update({ label: e.target.value })}
                />
              </Field.Root>
              <Field.Root name={`channels.${index}.maxLength`}>
                <Field.Label>{t('settings.channels.maxLength')}</Field.Label>
                <NumberInput
                  value={channel.maxLength}
                  onValueChange={(value: number | undefined) => update({ maxLength: value ?? 0 })}
                />
              </Field.Root>
              <Box paddingBottom={3}>
                <Checkbox
                  checked={channel.personal}
                  onCheckedChange={(checked: boolean | 'indeterminate') =>
                    update({ personal: checked === true })
                  }
                >
                  {t('settings.channels.personal')}
                </Checkbox>
              </Box>
              <IconButton
                label={t('settings.remove')}
                onClick={() =>
                  set(
                    'channels',
                    draft.channels.filter((_, i) => i !== index),
                  )
                }
              >
                <Trash />
              </IconButton>
            </Flex>
          );
        })}
        <Box>
          <Button
            variant="tertiary"
            startIcon={<Plus />}
            onClick={() =>
              set('channels', [...draft.channels, { key: '', label: '', maxLength: 500, personal: false }])
            }
          >
            {t('settings.channels.add')}
          </Button>
        </Box>
      </Part>

      <Part title={t('settings.part.allow')}>
        <Typography variant="pi" textColor="neutral600">
          {t('settings.allow.hint')}
        </Typography>
        {(['domains', 'emails', 'phones', 'terms'] as const).map((kind) => (
          <Field.Root key={kind} name={`allow.${kind}`} hint={t('settings.onePerLine')}>
            <Field.Label>{t(`settings.allow.${kind}`)}</Field.Label>
            <Textarea
              value={draft.allow[kind].join('\n')}
              onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) =>
                set('allow', { ...draft.allow, [kind]: e.target.value.split('\n') })
              }
              onBlur={() => set('allow', { ...draft.allow, [kind]: lines(draft.allow[kind].join('\n')) })}
            />
            <Field.Hint />
          </Field.Root>
        ))}
        <Field.Root name="mrnPatterns" hint={t('settings.mrn.hint')}>
          <Field.Label>{t('settings.mrn')}</Field.Label>
          <Textarea
            value={draft.mrnPatterns.join('\n')}
            onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) =>
              set('mrnPatterns', e.target.value.split('\n'))
            }
            onBlur={() => set('mrnPatterns', lines(draft.mrnPatterns.join('\n')))}
          />
          <Field.Hint />
        </Field.Root>
      </Part>
    </Flex>
  );
};

/** What is sent: list fields without their blank lines. */
export const cleanDraft = (draft: PolicyDraft): PolicyInput => {
  const input = fromDraft(draft);
  return {
    ...input,
    lexicon: input.lexicon.filter((entry) => entry.term.trim() !== ''),
    allow: {
      domains: lines(input.allow.domains.join('\n')),
      emails: lines(input.allow.emails.join('\n')),
      phones: lines(input.allow.phones.join('\n')),
      terms: lines(input.allow.terms.join('\n')),
    },
    mrnPatterns: lines(input.mrnPatterns.join('\n')),
  };
};
