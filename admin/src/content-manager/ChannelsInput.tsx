// The Channels custom field's input in the edit form: the policy's channels, and each one's count as the
// server measures the post as it is now.
import { useParams } from 'react-router-dom';
import type { ReactNode } from 'react';

import { useGetPolicyQuery } from './api';
import { ChannelsField } from './components/ChannelsField';
import { useCurrentLocale, useLiveChecklist } from './live-checklist';

interface CustomFieldInputProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  value?: unknown;
  onChange: (name: string, value: unknown) => void;
}

const asKeys = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

export const ChannelsInput = ({
  name,
  label,
  hint,
  error,
  required,
  disabled,
  value,
  onChange,
}: CustomFieldInputProps) => {
  const { slug = '', id } = useParams<{ slug: string; id: string }>();
  const documentId = id && id !== 'create' ? id : null;
  const locale = useCurrentLocale();
  const { data: policy } = useGetPolicyQuery();
  const state = useLiveChecklist({ model: slug, documentId, locale, skip: !slug });
  return (
    <ChannelsField
      name={name}
      label={label}
      hint={hint}
      error={error}
      required={required}
      disabled={disabled}
      value={asKeys(value)}
      onChange={(keys) => onChange(name, keys)}
      channels={policy?.channels}
      counts={state.status === 'ready' ? state.checklist.channels : []}
    />
  );
};

export default ChannelsInput;
