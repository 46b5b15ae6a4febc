import { useSearchParams } from 'react-router-dom';

/**
 * A list page's filters and page number, kept in its address so that a filtered view can be shared and
 * survives a reload. A value equal to its default is left out; a changed filter goes back to page 1.
 */
export const useUrlFilters = (defaults: Record<string, string> = {}) => {
  const [params, setParams] = useSearchParams();
  const value = (key: string) => params.get(key) || defaults[key] || '';
  const set = (key: string, next: string) => {
    const merged = new URLSearchParams(params);
    if (next && next !== defaults[key]) merged.set(key, next);
    else merged.delete(key);
    if (key !== 'page') merged.delete('page');
    setParams(merged);
  };
  return { value, set, page: Number(params.get('page')) || 1 };
};
