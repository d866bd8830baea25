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

/** "Niveau: B1, Ort: Olten, Mit Kinderbetreuung": the filters in force, as the form names them. */
function appliedFilters(form: HTMLFormElement): string[] {
  const names: string[] = [];
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input')) {
    const label = form.querySelector(`[data-filter-label="${el.name}"]`)?.textContent?.trim() ?? el.name;
    if (el instanceof HTMLSelectElement) {
      if (el.value !== '') names.push(`${label}: ${el.selectedOptions[0]?.textContent?.trim() ?? el.value}`);
    } else if (el.type === 'checkbox') {
      if (el.checked) names.push(label);
    } else if (el.value !== '') names.push(`${label}: ${el.value}`);
  }
  return names;
}

// The finder remembers the last filter of this tab (sessionStorage: gone when the tab closes), so "Zurück zu
// allen Kursen" on a course page, a plain link without a query, comes back to the filtered list.
const storageKey = () => `course-filter:${location.pathname}`;
function remember(query: string): void {
  try {
    sessionStorage.setItem(storageKey(), query);
  } catch {
    // Storage can be blocked; the filter then stays in the URL only.
  }
}
/** The remembered filter, when the reader comes back from a page of the catalogue and the URL has none. */
function rememberedQuery(): string | undefined {
  if (location.search !== '') return undefined;
  let from: URL;
  try {
    from = new URL(document.referrer);
  } catch {
    return undefined;
  }
  if (from.origin !== location.origin || from.pathname === location.pathname || !from.pathname.startsWith(location.pathname)) return undefined;
  try {
    return sessionStorage.getItem(storageKey()) ?? undefined;
  } catch {
    return undefined;
  }
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
  const details = form.querySelector<HTMLDetailsElement>('[data-filter-details]');
  const toggle = details?.querySelector<HTMLElement>('summary');
  const applied = root.querySelector<HTMLElement>('#applied-filters');

  const apply = (filter: CourseFilter) => {
    const shown = new Set(filterCourses(courses, filter).map((c) => c.id));
    for (const [id, li] of cardById) li.hidden = !shown.has(id);
    count.textContent = (count.dataset['template'] ?? '{count}').replace('{count}', String(shown.size));
    empty.hidden = shown.size > 0;
    const query = filterQueryString(filter);
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    remember(query);
    const names = appliedFilters(form);
    if (toggle) toggle.textContent = (toggle.dataset['template'] ?? '{count}').replace('{count}', String(names.length));
    if (applied) {
      applied.textContent = names.length === 0 ? (applied.dataset['none'] ?? '')
        : (applied.dataset['template'] ?? '{filters}').replace('{filters}', names.join(', '));
    }
  };

  // From the URL (or, coming back from a course page, the filter remembered in this tab): unknown
  // parameters are ignored, invalid values are reset and named in a note.
  const { filter, invalid } = parseFilterQuery(new URLSearchParams(rememberedQuery() ?? location.search), places);
  if (invalid.length > 0) {
    const names = invalid.map((key) => form.querySelector(`[data-filter-label="${key}"]`)?.textContent?.trim() ?? key);
    note.textContent = (note.dataset['template'] ?? '{filters}').replace('{filters}', names.join(', '));
    note.hidden = false;
  }
  fillForm(form, filter);
  // CSS already shows the form and hides the per-place links where scripts run; this also covers a browser
  // without the `scripting` media feature.
  form.hidden = false;
  const browse = document.querySelector<HTMLElement>('[data-course-browse]');
  if (browse) browse.hidden = true;
  // Wide screens have room for the whole form; on a phone it stays one line until the reader opens it.
  if (details && window.matchMedia('(min-width: 48rem)').matches) details.open = true;
  apply(filter);

  const update = () => apply(parseFilterQuery(readForm(form), places).filter);
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => { event.preventDefault(); update(); });
  form.addEventListener('reset', () => setTimeout(() => { note.hidden = true; update(); }));
  form.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  // The form is visible before this script has run (CSS), so "visible" no longer means "working": tests and
  // the bench wait for this mark.
  root.dataset['ready'] = '';
}
