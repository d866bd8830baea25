import { describe, expect, it } from 'vitest';
import { isTaskListCheckbox, satteriTickBoxPlugin, tickBoxElement } from './tick-boxes.ts';

describe('print tick boxes', () => {
  it('replaces the checkbox of a task-list item with a box hidden from assistive technology', () => {
    const replaced: unknown[] = [];
    const node = { type: 'element', tagName: 'input', properties: { type: 'checkbox', disabled: true }, children: [] };
    const visitor = satteriTickBoxPlugin().element as { visit(n: unknown, ctx: unknown): void };
    visitor.visit(node, { replaceNode: (_n: unknown, c: unknown) => replaced.push(c) });
    expect(replaced).toEqual([[tickBoxElement]]);
    expect(tickBoxElement.properties.ariaHidden).toBe('true');
  });

  it('leaves other inputs alone', () => {
    expect(isTaskListCheckbox({ type: 'element', tagName: 'input', properties: { type: 'text' } })).toBe(false);
    expect(isTaskListCheckbox({ type: 'element', tagName: 'span', properties: { type: 'checkbox' } })).toBe(false);
  });
});
