import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';

import { renderAdmin } from '../../../tests/render';
import { PolicyForm, cleanDraft, toDraft, type PolicyDraft } from '../PolicyForm';
import { PolicyHistory, type PolicyHistoryProps } from '../PolicyHistory';
import type { Policy, PolicyVersion } from '../../../../shared/contracts/policy';

const policy: Policy = {
  version: 2,
  owner: 'Maria Callow',
  attestation: { version: 1, wording: 'I confirm that this post contains no patient information.' },
  lexicon: [{ term: 'lawsuit', severity: 'block', reason: 'Legal only.' }],
  categories: { crisis: { requiresTemplate: true, requiresQa: true } },
  channels: {
    x: { label: 'X', maxLength: 280 },
    staff: { label: 'Staff LinkedIn', maxLength: 3000, personal: true },
  },
  approvalsRequired: 1,
  disclaimer: 'Views are my own.',
  allow: { domains: ['riverside-health.example'], emails: [], phones: [], terms: [] },
  mrnPatterns: ['RH-\\d{7}'],
  copyrightLine: '© Riverside Health.',
};

const { version: _version, attestation, ...rest } = policy;
const input = { ...rest, attestation: { wording: attestation.wording } };

const Editable = ({ onDraft }: { onDraft: (draft: PolicyDraft) => void }) => {
  const [draft, setDraft] = useState(toDraft(input));
  return (
    <PolicyForm
      draft={draft}
      onChange={(next) => {
        setDraft(next);
        onDraft(next);
      }}
      current={{ wording: attestation.wording, version: 1 }}
      categories={['general', 'crisis', 'event']}
    />
  );
};

describe('PolicyForm', () => {
  it('shows every setting and says that new wording bumps the version and voids attestations', async () => {
    let latest = toDraft(input);
    const { user } = renderAdmin(<Editable onDraft={(draft) => (latest = draft)} />);
    expect((screen.getByLabelText(/^Policy owner/) as HTMLInputElement).value).toBe('Maria Callow');
    expect((screen.getByLabelText('Disclaimer for personal channels') as HTMLTextAreaElement).value).toBe(
      'Views are my own.',
    );
    expect(screen.queryByTestId('wording-bump')).toBeNull();

    // Typed text as one change: keystroke by keystroke re-renders the whole form each time.
    fireEvent.change(screen.getByLabelText(/^Attestation wording/), {
      target: { value: `${attestation.wording} Photos too.` },
    });
    expect(screen.getByTestId('wording-bump').textContent).toBe(
      'Saving makes this wording version 2: attestations made under version 1 stop counting, and every post must be attested again.',
    );

    await user.click(screen.getByRole('checkbox', { name: 'event needs a Q&A' }));
    await user.click(screen.getByRole('checkbox', { name: 'crisis needs a template' }));
    await user.click(screen.getByRole('button', { name: 'Add a channel' }));
    const keys = screen.getAllByLabelText('Key');
    fireEvent.change(keys[keys.length - 1], { target: { value: 'threads' } });
    const names = screen.getAllByLabelText('Name');
    fireEvent.change(names[names.length - 1], { target: { value: 'Threads' } });

    const sent = cleanDraft(latest);
    expect(sent.attestation.wording).toBe(`${attestation.wording} Photos too.`);
    expect(sent.categories).toEqual({ crisis: { requiresQa: true }, event: { requiresQa: true } });
    expect(sent.channels.threads).toEqual({ label: 'Threads', maxLength: 500 });
    expect(sent.channels.staff).toEqual({ label: 'Staff LinkedIn', maxLength: 3000, personal: true });
    expect(sent.lexicon).toEqual(policy.lexicon);
  }, 20_000);

  it('adds and removes topics and channels in place; one-per-line lists lose their blank lines', async () => {
    let latest = toDraft(input);
    const { user } = renderAdmin(<Editable onDraft={(draft) => (latest = draft)} />);
    const topics = () => within(screen.getByRole('group', { name: 'Off-limits topics' }));

    await user.click(topics().getByRole('button', { name: 'Remove' }));
    expect(topics().getByText('No off-limits topic yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add a topic' }));
    expect(topics().queryByText('No off-limits topic yet.')).toBeNull();
    fireEvent.change(topics().getByLabelText('Term'), { target: { value: 'merger' } });
    fireEvent.change(topics().getByLabelText('Reason'), { target: { value: 'Press office only.' } });

    // Remove takes its own row: the rows after it move up with their values.
    const channels = within(screen.getByRole('group', { name: 'Channels' }));
    await user.click(channels.getAllByRole('button', { name: 'Remove' })[1]);
    expect(channels.getAllByLabelText('Key').map((key) => (key as HTMLInputElement).value)).toEqual(['x']);
    await user.click(channels.getByRole('button', { name: 'Add a channel' }));
    fireEvent.change(channels.getAllByLabelText('Key')[1], { target: { value: 'threads' } });
    fireEvent.change(channels.getAllByLabelText('Name')[1], { target: { value: 'Threads' } });
    await user.click(channels.getAllByRole('button', { name: 'Remove' })[0]);

    const domains = screen.getByLabelText(/^Domains/);
    fireEvent.change(domains, { target: { value: ' a.example \n\n b.example' } });
    fireEvent.blur(domains);
    expect((domains as HTMLTextAreaElement).value).toBe('a.example\nb.example');

    const sent = cleanDraft(latest);
    expect(sent.lexicon).toEqual([{ term: 'merger', severity: 'warn', reason: 'Press office only.' }]);
    expect(sent.channels).toEqual({ threads: { label: 'Threads', maxLength: 500 } });
    expect(sent.allow.domains).toEqual(['a.example', 'b.example']);
  }, 20_000);
});

const versions = (count: number): PolicyVersion[] =>
  Array.from({ length: count }, (_, index) => ({
    version: count - index,
    owner: 'Maria Callow',
    changedById: 5,
    note: index === 0 ? '<img src=x onerror=alert(1)>' : null,
    at: '2026-11-30T09:00:00.000Z',
  }));

const renderHistory = (props: Partial<PolicyHistoryProps>) =>
  renderAdmin(
    <PolicyHistory
      versions={null}
      isLoading={false}
      error={null}
      selected={null}
      onSelect={() => undefined}
      shown={null}
      {...props}
    />,
  );

describe('PolicyHistory', () => {
  it('says it is loading, shows an error, and says when there is no version', () => {
    const first = renderHistory({ isLoading: true });
    expect(screen.getByText('Loading the versions')).toBeTruthy();
    first.unmount();
    const second = renderHistory({ error: 'The social media policy could not be loaded.' });
    expect(screen.getByText('The social media policy could not be loaded.')).toBeTruthy();
    second.unmount();
    renderHistory({ versions: [] });
    expect(screen.getByText('No version yet.')).toBeTruthy();
  });

  it('lists many versions, newest first, and opens one', async () => {
    const onSelect = jest.fn();
    const { user, container } = renderHistory({
      versions: versions(40),
      onSelect,
      selected: 39,
      shown: { ...policy, version: 39 },
    });
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(41);
    expect(within(rows[1]).getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Version 12' }));
    expect(onSelect).toHaveBeenCalledWith(12);
    const shown = screen.getByTestId('policy-version-shown');
    expect(within(shown).getByText('Version 39, owned by Maria Callow')).toBeTruthy();
    expect(within(shown).getByText('1 off-limits topic')).toBeTruthy();
  });
});
