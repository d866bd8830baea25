// Browser code of /admin/: the three boxes as editor blocks, and a preview of a German topic that names the
// languages a change makes stale (the hash of the text in the form against each translation's sourceHash).
import { topicSourceHash } from '../../domain/topics/mdx-file.ts';
import { staleLocales } from '../../domain/cms/stale.ts';

interface CmsApi {
  registerEditorComponent(component: unknown): void;
  registerPreviewTemplate(name: string, component: unknown): void;
}
type H = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
declare global {
  interface Window { CMS: CmsApi; h: H; createClass: (spec: Record<string, unknown>) => unknown }
}

const BOXES: [string, string][] = [['MustDo', 'Box: Das müssen Sie tun'], ['Help', 'Box: Hier bekommen Sie Hilfe'], ['Pending', 'Box: Noch nicht geprüft']];

export function registerBoxes(): void {
  for (const [tag, label] of BOXES) {
    window.CMS.registerEditorComponent({
      id: tag,
      label,
      fields: [{ name: 'content', label: 'Inhalt', widget: 'markdown' }],
      // Decap matches a block from its start, without the multiline flag.
      pattern: new RegExp(`^<${tag}>\\n\\n([\\s\\S]*?)\\n\\n</${tag}>`),
      fromBlock: (match: RegExpMatchArray) => ({ content: match[1] }),
      toBlock: (data: { content?: string }) => `<${tag}>\n\n${(data.content ?? '').trim()}\n\n</${tag}>`,
      toPreview: (data: { content?: string }) => `<aside><strong>${label}</strong><p>${(data.content ?? '').replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</p></aside>`,
    });
  }
}

let hashes: Promise<Record<string, Record<string, string>>> | undefined;

export function registerStalePreview(): void {
  hashes ??= fetch('/admin/translations.json').then((r) => r.json() as Promise<Record<string, Record<string, string>>>);
  const h = window.h;
  const Preview = window.createClass({
    getInitialState: () => ({ message: '' }),
    componentDidMount() { void (this as unknown as { update(): Promise<void> }).update(); },
    componentDidUpdate(prev: { entry: unknown }) {
      const self = this as unknown as { props: { entry: unknown }; update(): Promise<void> };
      if (prev.entry !== self.props.entry) void self.update();
    },
    async update() {
      const self = this as unknown as { props: { entry: { getIn(path: string[]): unknown } }; state: { message: string }; setState(s: { message: string }): void };
      const get = (k: string) => String(self.props.entry.getIn(['data', k]) ?? '');
      const slug = String(self.props.entry.getIn(['slug']) ?? '');
      const hash = await topicSourceHash(get('title'), get('summary'), get('body'));
      const message = staleLocales(hash, (await hashes!)[slug] ?? {});
      if (message !== self.state.message) self.setState({ message });
    },
    render() {
      const self = this as unknown as { props: { entry: { getIn(path: string[]): unknown }; widgetFor(name: string): unknown }; state: { message: string } };
      return h('article', null,
        h('p', { role: 'status', style: { padding: '0.75rem', border: '2px solid #b45309', background: '#fffbeb' } }, self.state.message),
        h('h1', null, String(self.props.entry.getIn(['data', 'title']) ?? '')),
        h('p', null, h('strong', null, String(self.props.entry.getIn(['data', 'summary']) ?? ''))),
        self.props.widgetFor('body'));
    },
  });
  window.CMS.registerPreviewTemplate('topics-de', Preview);
}
