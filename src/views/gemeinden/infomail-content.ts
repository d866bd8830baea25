// An Infomail's Markdown body as mail parts, made once at build time (src/pages/gemeinden/infomails.json.ts)
// and by `npm run infomail:send`: real HTML for the HTML part, and a plain-text part that reads well without
// any Markdown signs (links as "text (URL)", lists with "- "). Parsed with mdast-util-from-markdown, the
// parser Astro's Markdown uses; raw HTML in the source is dropped, not passed into mails.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Parents, RootContent } from 'mdast';

export interface InfomailContent { html: string; text: string }

function inline(nodes: readonly RootContent[]): string {
  return nodes.map((node): string => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value;
      case 'break':
        return '\n';
      case 'link': {
        const label = inline(node.children);
        return label === node.url || label === node.url.replace(/^mailto:/, '') ? label : `${label} (${node.url.replace(/^mailto:/, '')})`;
      }
      case 'image':
        return node.alt ?? '';
      default:
        return 'children' in node ? inline((node as Parents).children as RootContent[]) : '';
    }
  }).join('');
}

function block(node: Nodes, indent = ''): string {
  switch (node.type) {
    case 'root':
      return node.children.map((c) => block(c, indent)).filter(Boolean).join('\n\n');
    case 'heading':
    case 'paragraph':
      return indent + inline(node.children).replaceAll('\n', `\n${indent}`);
    case 'list':
      return node.children.map((item, i) => {
        const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
        const body = item.children.map((c) => block(c, ' '.repeat(marker.length))).join('\n').trimStart();
        return `${indent}${marker}${body}`;
      }).join('\n');
    case 'blockquote':
      return node.children.map((c) => block(c, `${indent}> `)).join('\n');
    case 'code':
      return node.value.split('\n').map((l) => indent + l).join('\n');
    case 'thematicBreak':
      return `${indent}---`;
    case 'html':
      return '';
    default:
      return 'children' in node ? indent + inline((node as Parents).children as RootContent[]) : '';
  }
}

export function renderInfomailContent(markdown: string): InfomailContent {
  const tree = fromMarkdown(markdown.trim());
  return { html: toHtml(toHast(tree)), text: block(tree) };
}
