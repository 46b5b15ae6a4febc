import { fireEvent, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';

import { renderAdmin } from '../../../tests/render';
import { useUrlFilters } from '../../services/url-filters';
import { FilterBar, type Filter } from '../FilterBar';
import { Pager } from '../Pager';

const filters: Filter[] = [
  { name: 'from', label: 'From', type: 'date' },
  { name: 'documentId', label: 'Post', type: 'text' },
  { name: 'channel', label: 'Channel', any: true, options: [{ value: 'x', label: 'X' }] },
  {
    name: 'sort',
    label: 'Sort',
    options: [
      { value: 'oldest', label: 'Oldest first' },
      { value: 'newest', label: 'Newest first' },
    ],
  },
];

// A list page in miniature: the bar and the pager over the address, which the test reads back.
const ListPage = () => {
  const { value, set, page } = useUrlFilters({ sort: 'oldest' });
  const location = useLocation();
  return (
    <>
      <FilterBar filters={filters} value={value} onChange={set} />
      <Pager page={page} pageCount={3} hasNext={page < 3} onPage={(next) => set('page', String(next))} />
      <output data-testid="search">{location.search}</output>
    </>
  );
};

const renderAt = (entry: string) =>
  renderAdmin(
    <MemoryRouter
      initialEntries={[`/list${entry}`]}
      future={{ v7_startTransition: true, v7_relativeSplatPath: true }}
    >
      <ListPage />
    </MemoryRouter>,
  );

const search = () => new URLSearchParams(screen.getByTestId('search').textContent ?? '');

describe('FilterBar over the address', () => {
  it('shows the values the address holds, its defaults where it holds none, and Any first', async () => {
    const { user } = renderAt('?from=2026-11-01&channel=x');
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-11-01');
    expect((screen.getByLabelText('From') as HTMLInputElement).type).toBe('date');
    expect(screen.getByRole('combobox', { name: 'Channel' }).textContent).toBe('X');
    expect(screen.getByRole('combobox', { name: 'Sort' }).textContent).toBe('Oldest first');

    await user.click(screen.getByRole('combobox', { name: 'Channel' }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Any', 'X']);
  });

  it('writes a changed filter into the address and goes back to page 1; a default or Any leaves it out', async () => {
    const { user } = renderAt('?channel=x&page=2');
    expect(screen.getByText('Page 2 of 3')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Post'), { target: { value: 'abc123' } });
    expect(search().get('documentId')).toBe('abc123');
    expect(search().has('page')).toBe(false);

    await user.click(screen.getByRole('combobox', { name: 'Sort' }));
    await user.click(screen.getByRole('option', { name: 'Newest first' }));
    expect(search().get('sort')).toBe('newest');
    await user.click(screen.getByRole('combobox', { name: 'Sort' }));
    await user.click(screen.getByRole('option', { name: 'Oldest first' }));
    expect(search().has('sort')).toBe(false);

    await user.click(screen.getByRole('combobox', { name: 'Channel' }));
    await user.click(screen.getByRole('option', { name: 'Any' }));
    expect(search().has('channel')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(search().get('page')).toBe('2');
    expect(search().get('documentId')).toBe('abc123');
  }, 20_000);
});

describe('Pager', () => {
  it('shows nothing while the list fits on one page, and stops at the ends', () => {
    const one = renderAdmin(<Pager page={1} hasNext={false} onPage={() => undefined} />);
    expect(one.container.textContent).toBe('');
    one.unmount();

    const onPage = jest.fn();
    renderAdmin(<Pager page={1} hasNext onPage={onPage} />);
    expect(screen.getByText('Page 1')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onPage).toHaveBeenCalledWith(2);
  });
});
