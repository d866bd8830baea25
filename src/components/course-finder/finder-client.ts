// Progressive enhancement of the course list: shows the filter form, filters the server-rendered
// cards with the build's own filter function, and keeps the filter in the URL (?level=B1&time=evening…)
// so a counsellor can send the link. Plain DOM, no framework: the whole script stays a few KB.
import { filterCourses, filterKeys, filterQueryString, parseFilterQuery, type CourseFilter, type FilterableCourse } from '../../domain/courses/filter.ts';

function fillForm(form: HTMLFormElement, filter: CourseFilter): void {
  for (const key of filterKeys) {
    const field = form.elements.namedItem(key);
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = filter[key] === true;
    else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = filter[key] === undefined ? '' : String(filter[key]);
  }
}

function readForm(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value !== '') params.set(key, value);
  return params;
}

export function startFinder(): void {
  const root = document.querySelector<HTMLElement>('[data-course-finder]');
  const form = root?.querySelector<HTMLFormElement>('#course-filter');
  if (!root || !form) return;
  const cards = [...root.querySelectorAll<HTMLLIElement>('li[data-course]')];
  const courses = cards.map((li) => JSON.parse(li.dataset['course']!) as FilterableCourse);
  const cardById = new Map(cards.map((li, i) => [courses[i]!.id, li]));
  const places = [...form.querySelectorAll<HTMLOptionElement>('#filter-place option')].map((o) => o.value).filter(Boolean);
  const count = root.querySelector<HTMLElement>('#result-count')!;
  const empty = root.querySelector<HTMLElement>('#no-results')!;
  const note = root.querySelector<HTMLElement>('#filter-invalid')!;

  const apply = (filter: CourseFilter) => {
    const shown = new Set(filterCourses(courses, filter).map((c) => c.id));
    for (const [id, li] of cardById) li.hidden = !shown.has(id);
    count.textContent = (count.dataset['template'] ?? '{count}').replace('{count}', String(shown.size));
    empty.hidden = shown.size > 0;
    const query = filterQueryString(filter);
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  // From the URL: unknown parameters are ignored, invalid values are reset and named in a note.
  const { filter, invalid } = parseFilterQuery(new URLSearchParams(location.search), places);
  if (invalid.length > 0) {
    const names = invalid.map((key) => form.querySelector(`[data-filter-label="${key}"]`)?.textContent?.trim() ?? key);
    note.textContent = (note.dataset['template'] ?? '{filters}').replace('{filters}', names.join(', '));
    note.hidden = false;
  }
  fillForm(form, filter);
  form.hidden = false;
  apply(filter);

  const update = () => apply(parseFilterQuery(readForm(form), places).filter);
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => { event.preventDefault(); update(); });
  form.addEventListener('reset', () => setTimeout(() => { note.hidden = true; update(); }));
  form.querySelector('[data-print]')?.addEventListener('click', () => window.print());
}
