// The Gesprächsleitfaden for the Erstinformationsgespräch (LOGIN area, /gemeinden/leitfaden/{locale}/):
// every newcomer topic (group `topic`, in order) as a reader of a locale gets it, beside the German.
// Built from the topic pages themselves, so a new topic or translation shows up at the next build.
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { getLocale, SOURCE_LOCALE_CODE, type TextDirection } from '../domain/i18n/locales.ts';
import type { TopicsUiKey } from '../domain/schemas/topics-ui.ts';
import { absoluteTopicLinks, boxMarkdown } from '../domain/topics/boxes.ts';
import { satteriTickBoxPlugin } from '../views/markdown/tick-boxes.ts';
import { topicsForReader, type TopicForReader } from './topics.ts';
import { stringsFor } from './ui-strings.ts';

/** One column of a guide topic: the text a reader of one language gets. */
export interface GuideColumn {
  /** `lang`/`dir` of the text: German when the topic falls back to German. */
  contentTag: string;
  contentDir: TextDirection;
  title: string;
  summary: string;
  /** Heading of the "what you must do" box, in the language of the text. */
  mustDoTitle: string;
  /** The topic's <MustDo> box(es) as HTML, links pointing at the topic pages of the column's language. */
  mustDoHtml: string[];
  status: TopicForReader['status'];
  fallbackToGerman: boolean;
  /** The translation was made from an older German page (the German column beside it is current). */
  stale: boolean;
}

export interface GuideTopic {
  slug: string;
  /** 1, 2, 3 …: the talk can refer to "Thema 3". */
  number: number;
  own: GuideColumn;
  german: GuideColumn;
}

let renderer: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

/** Markdown → HTML with the processor Astro uses for the site's Markdown (GFM, smart punctuation). */
async function markdownToHtml(markdown: string): Promise<string> {
  // The same tick boxes as the topic pages (a checklist box, e.g. of "Erste Schritte", prints with empty boxes).
  renderer ??= createSatteriMarkdownProcessor({ hastPlugins: [satteriTickBoxPlugin()] });
  return (await (await renderer).render(markdown)).code;
}

async function columnOf(topic: TopicForReader, linkLocale: string): Promise<GuideColumn> {
  const content = getLocale(topic.contentLocale);
  const { strings } = await stringsFor<TopicsUiKey>('topicsUi', topic.contentLocale);
  const body = topic.entry.body ?? '';
  return {
    contentTag: content.tag,
    contentDir: content.dir,
    title: topic.entry.data.title,
    summary: topic.entry.data.summary,
    mustDoTitle: strings.mustDoTitle,
    mustDoHtml: await Promise.all(boxMarkdown(body, 'MustDo').map((md) => markdownToHtml(absoluteTopicLinks(md, linkLocale)))),
    status: topic.status,
    fallbackToGerman: topic.fallbackToGerman,
    stale: topic.stale,
  };
}

// The German column is the same on all 24 guide pages: rendered once per build.
let germanColumns: Promise<Map<string, GuideColumn>> | undefined;

function germanColumnsBySlug(): Promise<Map<string, GuideColumn>> {
  germanColumns ??= guideTopicsForReader(SOURCE_LOCALE_CODE).then(async (topics) =>
    new Map(await Promise.all(topics.map(async (t) => [t.slug, await columnOf(t, SOURCE_LOCALE_CODE)] as const))));
  return germanColumns;
}

/** The newcomer topics for a talk with a reader of `locale`, each with the German beside it. */
export async function guideTopics(locale: string): Promise<GuideTopic[]> {
  const own = await guideTopicsForReader(locale);
  const german = await germanColumnsBySlug();
  return Promise.all(own.map(async (t, i) => ({
    slug: t.slug,
    number: i + 1,
    own: await columnOf(t, locale),
    german: german.get(t.slug)!,
  })));
}

/** The newcomer topics (group `topic`) as a reader of `locale` gets them, without rendering anything. */
export async function guideTopicsForReader(locale: string): Promise<TopicForReader[]> {
  return (await topicsForReader(locale)).filter((t) => t.group === 'topic');
}
