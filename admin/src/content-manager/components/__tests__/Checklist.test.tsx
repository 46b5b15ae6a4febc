import { screen, within } from '@testing-library/react';

import { renderAdmin } from '../../../../tests/render';
import { Checklist } from '../Checklist';
import type { CheckResult } from '../../../../../shared/contracts/compliance';

const checks: CheckResult[] = [
  { id: 'attribution', rule: 8, status: 'pass', message: 'Every media file has an attribution.' },
  {
    id: 'phi.identifier',
    rule: 9,
    status: 'fail',
    message: 'The body contains a medical record number.',
    path: 'body',
  },
  { id: 'disclaimer.missing', rule: 6, status: 'warn', message: 'Add the disclaimer.' },
];

describe('Checklist', () => {
  it('lists failures first, each with its rule and sentence, and takes the editor to the field', async () => {
    const goToField = jest.fn();
    const { user } = renderAdmin(<Checklist checks={checks} onGoToField={goToField} />);

    const items = within(screen.getByRole('list', { name: 'Compliance checks' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Not met · Rule 9The body contains a medical record number\.Go to the field$/),
      expect.stringMatching(/^Warning · Rule 6Add the disclaimer\.$/),
      expect.stringMatching(/^Met · Rule 8Every media file has an attribution\.$/),
    ]);

    await user.click(screen.getByRole('button', { name: 'Go to the field' }));
    expect(goToField).toHaveBeenCalledWith('body');
  });

  it('speaks Spanish too', () => {
    renderAdmin(<Checklist checks={checks} />, { locale: 'es', theme: 'dark' });
    expect(screen.getByRole('list', { name: 'Comprobaciones de cumplimiento' })).toBeTruthy();
    expect(screen.getByText(/No cumplido · Regla 9/)).toBeTruthy();
  });
});
