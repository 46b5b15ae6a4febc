import { screen, within } from '@testing-library/react';

import { renderAdmin } from '../../../../tests/render';
import { wardBoard } from '../../../../tests/ward-board';
import { publishGate, type ChecklistState } from '../../publish-gate';
import { CompliancePanelView, type CompliancePanelViewProps } from '../CompliancePanelView';
import type { ComplianceRecord, LiveChecklist } from '../../../../../shared/contracts/compliance';
import type { Policy } from '../../../../../shared/contracts/policy';

const policy = {
  version: 2,
  owner: 'Maria Callow',
  attestation: { version: 3, wording: 'I confirm that this post contains no patient information.' },
  channels: { x: { label: 'X', maxLength: 280 } },
} as unknown as Policy;

const passing: LiveChecklist = {
  compliant: true,
  contentHash: 'a'.repeat(64),
  checks: [
    {
      id: 'attribution',
      rule: 8,
      status: 'pass',
      message: 'Every item has a complete, current attribution.',
    },
    { id: 'attestation', rule: 9, status: 'pass', message: 'Attested for this version of the post.' },
    { id: 'phi', rule: 9, status: 'pass', message: 'No patient identifiers in the text.' },
    { id: 'approval', rule: 4, status: 'pass', message: 'Approved by 1 reviewer.' },
  ],
  findings: [],
  channels: [{ channel: 'x', label: 'X', personal: false, length: 120, maxLength: 280 }],
  media: [],
  images: [],
};

const failing: LiveChecklist = {
  compliant: false,
  contentHash: 'b'.repeat(64),
  checks: [
    {
      id: 'phi.identifier',
      rule: 9,
      status: 'fail',
      message: '"Jane Doe" looks like patient information (name: a person\'s name). Remove it.',
      path: 'body',
    },
    {
      id: 'phi.identifier',
      rule: 9,
      status: 'fail',
      message: '"MRN 4471203" looks like patient information (mrn: a record number). Remove it.',
      path: 'body',
    },
    {
      id: 'attestation.missing',
      rule: 9,
      status: 'fail',
      message: 'Attest that the post contains no patient information.',
    },
    { id: 'approval.missing', rule: 4, status: 'fail', message: 'A reviewer must approve the post.' },
  ],
  findings: [
    {
      path: 'body',
      fingerprint: 'f1',
      category: 'name',
      severity: 'block',
      reason: "a person's name",
      text: 'Jane Doe',
      before: 'Best wishes to our patient ',
      after: ', MRN 4471203, who went home',
      overridden: false,
    },
  ],
  channels: [{ channel: 'x', label: 'X', personal: false, length: 301, maxLength: 280 }],
  media: [
    {
      id: 7,
      name: 'atrium.jpg',
      url: '/uploads/atrium.jpg',
      mime: 'image/jpeg',
      attributed: false,
      missingAltText: true,
    },
  ],
  images: [],
};

const record = (overrides: Partial<ComplianceRecord> = {}): ComplianceRecord => ({
  id: 1,
  targetUid: 'plugin::social-compliance.social-post',
  targetDocumentId: 'doc1',
  targetLocale: 'en',
  reviewState: 'draft',
  title: null,
  category: null,
  channels: null,
  authorId: 1,
  attestation: null,
  submission: null,
  submittedAt: null,
  approvals: [],
  changesRequested: null,
  overrides: [],
  revision: 1,
  ...overrides,
});

const ready = (checklist: LiveChecklist): ChecklistState => ({
  status: 'ready',
  checklist,
  refreshing: false,
});

const renderPanel = (props: Partial<CompliancePanelViewProps> = {}) => {
  const handlers = {
    onAttest: jest.fn(),
    onSubmit: jest.fn(),
    onAddAttribution: jest.fn(),
    onGoToField: jest.fn(),
  };
  const rendered = renderAdmin(
    <CompliancePanelView
      state={{ status: 'loading' }}
      record={null}
      policy={policy}
      saved
      modified={false}
      permissions={{ attest: true, submit: true }}
      {...handlers}
      {...props}
    />,
  );
  return { ...rendered, ...handlers };
};

describe('the compliance panel', () => {
  it('while loading: says it is checking, and Publish is not allowed yet', () => {
    renderPanel({ state: { status: 'loading' } });
    expect(screen.getAllByText('Checking the post against the policy…').length).toBeGreaterThan(0);
    expect(screen.queryByRole('list', { name: 'Compliance checks' })).toBeNull();
    expect(publishGate({ status: 'loading' }).allowed).toBe(false);
  });

  it('when every check passes: says Publish may run, shows the attestation and the approval', () => {
    const state = ready(passing);
    renderPanel({
      state,
      record: record({
        reviewState: 'approved',
        attestation: {
          userId: 1,
          userLabel: 'Emma Editor',
          at: '2026-11-28T10:00:00Z',
          wordingVersion: 3,
          contentHash: 'a',
        },
        approvals: [
          {
            userId: 2,
            userLabel: 'Rita Reviewer',
            at: '2026-11-28T11:00:00Z',
            contentHash: 'a',
            policyVersion: 2,
            policyOwner: 'Maria Callow',
            comment: 'Good to go.',
          },
        ],
      }),
    });
    expect(screen.getByText('Every requirement is met: you can publish.')).toBeTruthy();
    expect(screen.getAllByText('Approved').length).toBeGreaterThan(0);
    expect(screen.getByText(/^Attested by Emma Editor on /)).toBeTruthy();
    expect(screen.getByText(/^Approved by Rita Reviewer on /)).toBeTruthy();
    expect(screen.getByText('Good to go.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Attest' })).toBeNull();
    expect(publishGate(state)).toEqual({ allowed: true, reasons: [] });
  });

  it('with failures: lists why Publish is disabled, quotes the findings, reds the X count, offers the attribution', async () => {
    const state = ready(failing);
    const { user, onAddAttribution } = renderPanel({ state });

    const blocked = screen
      .getByText('Publish is disabled: 4 requirements are not met')
      .closest('[role="status"]') as HTMLElement;
    expect(within(blocked).getByText(/"Jane Doe" looks like patient information/)).toBeTruthy();
    expect(within(blocked).getByText('Attest that the post contains no patient information.')).toBeTruthy();

    const quote = screen.getByText('Jane Doe', { selector: 'mark' }).closest('q') as HTMLElement;
    expect(quote.textContent).toBe('…Best wishes to our patient Jane Doe, MRN 4471203, who went home…');
    expect(screen.getByText(/Person's name · blocks publishing/)).toBeTruthy();

    const x = screen.getByText('301 / 280: too long');
    expect(x.getAttribute('data-over-limit')).toBe('true');

    expect(screen.getByText(/No alternative text/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add the attribution of atrium.jpg' }));
    expect(onAddAttribution).toHaveBeenCalledWith(failing.media[0]);

    expect(publishGate(state).allowed).toBe(false);
    expect(publishGate(state).reasons).toHaveLength(4);
    // The author's own checks fail: submitting waits for them.
    expect((screen.getByRole('button', { name: 'Submit for review' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('attests only once the author ticks the statement, which is shown in full with its version', async () => {
    const { user, onAttest } = renderPanel({ state: ready(failing) });
    expect(screen.getByText('Wording version 3')).toBeTruthy();
    expect(screen.getByText('I confirm that this post contains no patient information.')).toBeTruthy();
    const attest = screen.getByRole('button', { name: 'Attest' }) as HTMLButtonElement;
    expect(attest.disabled).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: /I have read the statement above/ }));
    expect(attest.disabled).toBe(false);
    await user.click(attest);
    expect(onAttest).toHaveBeenCalledTimes(1);
  });

  it('asks to save first when the form has unsaved changes', async () => {
    const { user } = renderPanel({ state: ready(failing), modified: true });
    await user.click(screen.getByRole('checkbox', { name: /I have read the statement above/ }));
    expect((screen.getByRole('button', { name: 'Attest' }) as HTMLButtonElement).disabled).toBe(true);
    expect(
      screen.getAllByText('Save your changes first: the attestation covers the saved post.').length,
    ).toBe(2);
  });

  it('when the post changed after the attestation: says it is no longer valid, and offers to attest again', () => {
    const stale: LiveChecklist = {
      ...passing,
      compliant: false,
      checks: [
        {
          id: 'attestation.stale',
          rule: 9,
          status: 'fail',
          message: 'The post changed since it was attested: attest again.',
        },
      ],
    };
    renderPanel({
      state: ready(stale),
      record: record({
        attestation: {
          userId: 1,
          userLabel: 'Emma Editor',
          at: '2026-11-28T10:00:00Z',
          wordingVersion: 3,
          contentHash: 'old',
        },
      }),
    });
    expect(screen.getByText('No longer valid: the post changed')).toBeTruthy();
    expect(screen.getByText(/^Emma Editor attested it on .*, before the latest changes/)).toBeTruthy();
    expect(screen.queryByText(/^Attested by/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Attest' })).toBeTruthy();
  });

  it("when a reviewer requested changes: shows the reviewer's comment prominently, and submitting again is possible", async () => {
    const fixed: LiveChecklist = {
      ...passing,
      compliant: false,
      checks: [
        ...passing.checks.slice(0, 3),
        { id: 'approval.missing', rule: 4, status: 'fail', message: 'Needs approval.' },
      ],
    };
    const { user, onSubmit } = renderPanel({
      state: ready(fixed),
      record: record({
        reviewState: 'changes-requested',
        attestation: {
          userId: 1,
          userLabel: 'Emma Editor',
          at: '2026-11-28T10:00:00Z',
          wordingVersion: 3,
          contentHash: 'a',
        },
        changesRequested: {
          userId: 2,
          userLabel: 'Rita Reviewer',
          at: '2026-11-28T12:00:00Z',
          contentHash: 'a',
          comment: 'Please drop the ward number.',
        },
      }),
    });
    const alert = screen
      .getByText(/^Changes requested by Rita Reviewer on /)
      .closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getByText('Please drop the ward number.')).toBeTruthy();
    expect(screen.getAllByText('Changes requested').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Submit for review' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('when the server cannot be reached: says so clearly, and Publish stays disabled', () => {
    const state: ChecklistState = { status: 'unreachable', message: 'Failed to fetch' };
    renderPanel({ state });
    const alert = screen
      .getByText('The compliance checks could not be reached')
      .closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getByText(/Publish stays disabled/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Attest' }) as HTMLButtonElement).disabled).toBe(true);
    expect(publishGate(state)).toEqual({ allowed: false, reasons: [] });
  });

  it('shows "in review" once submitted', () => {
    renderPanel({
      state: ready(passing),
      record: record({
        reviewState: 'in-review',
        submission: { userId: 1, userLabel: 'Emma Editor', at: '2026-11-28T10:30:00Z', contentHash: 'a' },
      }),
    });
    expect(screen.getByText('In review')).toBeTruthy();
    expect(screen.getByText(/^Submitted by Emma Editor on /)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Submit for review' })).toBeNull();
  });

  it('renders in Spanish and in the dark theme', () => {
    renderAdmin(
      <CompliancePanelView
        state={{ status: 'unreachable', message: 'x' }}
        record={null}
        policy={policy}
        saved
        modified={false}
        permissions={{ attest: true, submit: true }}
        onAttest={jest.fn()}
        onSubmit={jest.fn()}
      />,
      { locale: 'es', theme: 'dark' },
    );
    expect(screen.getByText('No se pudo acceder a las comprobaciones de cumplimiento')).toBeTruthy();
  });

  it('names the picture a finding was read in, and shows the pictures only when the post has some', () => {
    const withPicture: LiveChecklist = {
      ...failing,
      findings: [
        {
          path: 'media.0',
          fingerprint: 'f-picture',
          category: 'name',
          severity: 'block',
          reason: 'the image ward-board.png shows a patient name (Maria G…)',
          text: 'Maria Gonzalez',
          before: 'Bed 4 | Patient: ',
          after: ' | Nurse on duty',
          overridden: false,
          image: { fileId: 7, name: 'ward-board.png' },
        },
      ],
      images: [wardBoard],
    };
    const { unmount } = renderPanel({
      state: ready(withPicture),
      pictures: <p>the pictures drawn</p>,
    });
    expect(
      screen.getByText("Person's name · blocks publishing · in the picture ward-board.png"),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Pictures' })).toBeTruthy();
    expect(screen.getByText('the pictures drawn')).toBeTruthy();
    unmount();

    renderPanel({ state: ready(failing), pictures: <p>the pictures drawn</p> });
    expect(screen.queryByRole('heading', { name: 'Pictures' })).toBeNull();
    expect(screen.queryByText('the pictures drawn')).toBeNull();
  });
});
