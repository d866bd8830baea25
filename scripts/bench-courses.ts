// `npm run bench:courses`: figures for the finder's budgets (issue 6): one filter change ≤ 16 ms with
// 2,000 courses, finder script ≤ 40 KB gzip. Compares the real filter against a naive baseline in the
// same run (same data, same filters), so the figures mean something on any machine. Not a test: prints.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { filterCourses, timesOfDay, type CourseFilter, type FilterableCourse } from '../src/domain/courses/filter.ts';
import { courseLevels, courseTypes, weekdays, participantTotal } from '../src/domain/courses/model.ts';

const COURSES = 2000;
const CHANGES = 500;

// Deterministic pseudo-random numbers (mulberry32), so every run filters the same data.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(6);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const places = ['solothurn', 'olten', 'grenchen', 'basel', 'zuchwil', 'biberist', 'balsthal', 'dornach'];

const courses: FilterableCourse[] = Array.from({ length: COURSES }, (_, i) => {
  const from = Math.floor(rnd() * 4);
  const to = Math.min(3, from + Math.floor(rnd() * 2));
  const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
  return {
    id: `bench-${i}`, type: pick(courseTypes), levelFrom: courseLevels[from]!, levelTo: courseLevels[to]!, placeSlug: pick(places),
    weekdays: [pick(weekdays)], timeStart: pick(['08:30', '13:30', '18:30']), startDate: `${2027 + Math.floor(rnd() * 2)}-${month}-1${Math.floor(rnd() * 9)}`,
    childcare: rnd() < 0.3, fide: rnd() < 0.4, subsidised: rnd() < 0.9, fullPricePerLesson: 17.5, totalLessons: 16 + Math.floor(rnd() * 150),
  };
});

// A reader changing one field at a time: the filters a session goes through.
const filters: CourseFilter[] = Array.from({ length: CHANGES }, () => {
  const f: CourseFilter = {};
  if (rnd() < 0.5) f.level = pick(courseLevels);
  if (rnd() < 0.5) f.place = pick(places);
  if (rnd() < 0.3) f.type = pick(courseTypes);
  if (rnd() < 0.3) f.time = pick(timesOfDay);
  if (rnd() < 0.2) f.day = pick(weekdays);
  if (rnd() < 0.2) f.childcare = true;
  if (rnd() < 0.2) f.fide = true;
  if (rnd() < 0.2) f.from = '2027-06-01';
  if (rnd() < 0.2) f.maxPrice = 800;
  return f;
});

/** Baseline: what a first attempt looks like: Date objects, locale-aware compare, copies per step. */
function naiveFilter(all: readonly FilterableCourse[], f: CourseFilter): FilterableCourse[] {
  const copy = JSON.parse(JSON.stringify(all)) as FilterableCourse[];
  return copy
    .filter((c) => (f.level === undefined || courseLevels.slice(courseLevels.indexOf(c.levelFrom), courseLevels.indexOf(c.levelTo) + 1).includes(f.level)))
    .filter((c) => f.place === undefined || c.placeSlug === f.place)
    .filter((c) => f.type === undefined || c.type === f.type)
    .filter((c) => f.time === undefined || (f.time === 'morning' ? Number(c.timeStart.split(':')[0]) < 12 : f.time === 'afternoon' ? Number(c.timeStart.split(':')[0]) >= 12 && Number(c.timeStart.split(':')[0]) < 17 : Number(c.timeStart.split(':')[0]) >= 17))
    .filter((c) => f.day === undefined || c.weekdays.includes(f.day))
    .filter((c) => !f.childcare || c.childcare)
    .filter((c) => !f.fide || c.fide)
    .filter((c) => f.from === undefined || new Date(c.startDate) >= new Date(f.from))
    .filter((c) => f.maxPrice === undefined || participantTotal(c) <= f.maxPrice)
    .sort((a, b) => new Date(a.startDate).getTime() - new Date(b.startDate).getTime() || a.id.localeCompare(b.id, 'de'));
}

function measure(name: string, run: (f: CourseFilter) => FilterableCourse[]): { name: string; median: number; p95: number; max: number } {
  for (const f of filters.slice(0, 20)) run(f); // warm-up
  const times = filters.map((f) => {
    const t = performance.now();
    run(f);
    return performance.now() - t;
  }).sort((a, b) => a - b);
  return { name, median: times[Math.floor(times.length / 2)]!, p95: times[Math.floor(times.length * 0.95)]!, max: times.at(-1)! };
}

// Both must agree, or the comparison is meaningless.
for (const f of filters.slice(0, 50)) {
  const a = filterCourses(courses, f).map((c) => c.id).join();
  const b = naiveFilter(courses, f).map((c) => c.id).join();
  if (a !== b) throw new Error(`filter and baseline disagree for ${JSON.stringify(f)}`);
}

const results = [measure('filterCourses (shipped)', (f) => filterCourses(courses, f)), measure('naive baseline', (f) => naiveFilter(courses, f))];
const ms = (n: number) => `${n.toFixed(3)} ms`;
console.log(`Filter change with ${COURSES} generated courses, ${CHANGES} changes (Node ${process.version}):`);
for (const r of results) console.log(`  ${r.name.padEnd(26)} median ${ms(r.median)}  p95 ${ms(r.p95)}  max ${ms(r.max)}`);
console.log(`  speed-up of the shipped filter over the baseline (median): ${(results[1]!.median / results[0]!.median).toFixed(1)}×`);
console.log(`  budget 16 ms per change (p95): ${results[0]!.p95 <= 16 ? 'within' : 'OVER'}`);

try {
  const dir = new URL('../dist/_astro/', import.meta.url);
  const scripts = (await readdir(dir)).filter((f) => f.startsWith('CourseFinder') && f.endsWith('.js'));
  if (scripts.length === 0) throw new Error('no finder script');
  let raw = 0;
  let gz = 0;
  for (const f of scripts) {
    const bytes = await readFile(new URL(f, dir));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`Finder script (dist/_astro/${scripts.join(', ')}): ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip; budget 40 KB gzip: ${gz <= 40 * 1024 ? 'within' : 'OVER'}`);
} catch {
  console.log('Finder script size: run `npm run build` first (dist/_astro/CourseFinder*.js not found).');
}
