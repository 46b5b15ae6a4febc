import {
  Box,
  Checkbox,
  Field,
  Flex,
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
import type { ReactNode } from 'react';

import type { PolicyInput } from '../../../shared/contracts/policy';
import { useMessages } from '../services/messages';
import { ListEditor } from './ListEditor';

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

const nonBlank = (lines: string[]) => lines.map((line) => line.trim()).filter(Boolean);

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

/** A list typed one item a line; blank lines go when the field is left. */
const LinesField = (props: {
  name: string;
  label: string;
  hint: string;
  value: string[];
  onChange: (value: string[]) => void;
}) => (
  <Field.Root name={props.name} hint={props.hint}>
    <Field.Label>{props.label}</Field.Label>
    <Textarea
      value={props.value.join('\n')}
      onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => props.onChange(e.target.value.split('\n'))}
      onBlur={() => props.onChange(nonBlank(props.value))}
    />
    <Field.Hint />
  </Field.Root>
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
        <ListEditor
          items={draft.lexicon}
          onChange={(lexicon) => set('lexicon', lexicon)}
          blank={{ term: '', severity: 'warn', reason: '' }}
          addLabel={t('settings.lexicon.add')}
          emptyLabel={t('settings.lexicon.none')}
        >
          {(entry, update, index) => (
            <>
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
            </>
          )}
        </ListEditor>
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
        <ListEditor
          items={draft.channels}
          onChange={(channels) => set('channels', channels)}
          blank={{ key: '', label: '', maxLength: 500, personal: false }}
          addLabel={t('settings.channels.add')}
        >
          {(channel, update, index) => (
            <>
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
            </>
          )}
        </ListEditor>
      </Part>

      <Part title={t('settings.part.allow')}>
        <Typography variant="pi" textColor="neutral600">
          {t('settings.allow.hint')}
        </Typography>
        {(['domains', 'emails', 'phones', 'terms'] as const).map((kind) => (
          <LinesField
            key={kind}
            name={`allow.${kind}`}
            label={t(`settings.allow.${kind}`)}
            hint={t('settings.onePerLine')}
            value={draft.allow[kind]}
            onChange={(value) => set('allow', { ...draft.allow, [kind]: value })}
          />
        ))}
        <LinesField
          name="mrnPatterns"
          label={t('settings.mrn')}
          hint={t('settings.mrn.hint')}
          value={draft.mrnPatterns}
          onChange={(value) => set('mrnPatterns', value)}
        />
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
      domains: nonBlank(input.allow.domains),
      emails: nonBlank(input.allow.emails),
      phones: nonBlank(input.allow.phones),
      terms: nonBlank(input.allow.terms),
    },
    mrnPatterns: nonBlank(input.mrnPatterns),
  };
};
