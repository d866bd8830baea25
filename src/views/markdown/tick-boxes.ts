// Build-time step (a hast plugin of the Markdown processor): a Markdown task list ("- [ ] …", the checklist of
// "Erste Schritte") is a list to print and tick by hand. Markdown renders each item with a disabled
// <input type="checkbox"> that has no label: screen readers announce an unlabelled, dimmed control that
// nobody can use. It becomes an empty box drawn by CSS, hidden from assistive technology; the list stays a list.

import type { HastContent, HastPluginDefinition } from 'satteri';

export interface TickBoxNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
}

/** Whether `node` is the checkbox Markdown puts into a task-list item. */
export function isTaskListCheckbox(node: TickBoxNode): boolean {
  return node.type === 'element' && node.tagName === 'input' && node.properties?.type === 'checkbox';
}

/** The element that replaces it: an empty box, `aria-hidden`, drawn by the `.tick-box` rule of the global CSS. */
export const tickBoxElement = {
  type: 'element',
  tagName: 'span',
  properties: { className: ['tick-box'], ariaHidden: 'true' },
  children: [],
};

/** The processor's hast plugin (a type-only import: this module stays free of the processor at run time). */
export function satteriTickBoxPlugin(): HastPluginDefinition {
  return {
    name: 'print-tick-boxes',
    element: {
      filter: ['input'],
      visit(node, ctx) {
        if (isTaskListCheckbox(node)) ctx.replaceNode(node, [structuredClone(tickBoxElement) as unknown as HastContent]);
      },
    },
  };
}
