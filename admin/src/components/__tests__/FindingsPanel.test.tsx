import { screen } from '@testing-library/react';

import { renderAdmin } from '../../../tests/render';
import { FindingsPanel } from '../FindingsPanel';
import type { PhiFinding } from '../../../../shared/contracts/compliance';

const finding = (path: string, fingerprint: string): PhiFinding => ({
  path,
  fingerprint,
  category: 'name',
  text: 'Maria Gonzalez',
  severity: 'block',
  reason: 'a patient name',
  start: 0,
  end: 14,
});

describe('FindingsPanel: where each finding is', () => {
  it('names the picture a finding was read in, and the field of a finding in the text', () => {
    renderAdmin(
      <FindingsPanel
        findings={[finding('media.0', 'f1'), finding('body', 'f2')]}
        pictureNames={{ 'media.0': 'ward-7-whiteboard.png' }}
        canOverride={false}
        isSubmitting={false}
        onOverride={async () => null}
      />,
    );
    expect(screen.getByText('in the picture ward-7-whiteboard.png')).toBeTruthy();
    expect(screen.getByText('in body')).toBeTruthy();
    expect(screen.queryByText('in media.0')).toBeNull();
  });
});
