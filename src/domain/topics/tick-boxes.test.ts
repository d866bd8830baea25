import { describe, expect, it } from 'vitest';
import { isTaskListCheckbox, satteriTickBoxPlugin, tickBoxElement } from './tick-boxes.ts';

describe('print tick boxes', () => {
  it('replaces the checkbox of a task-list item with a box hidden from assistive technology', () => {
    const replaced: object[][] = [];
    const node = { type: 'element', tagName: 'input', properties: { type: 'checkbox', disabled: true } };
    satteriTickBoxPlugin().element.visit(node, { replaceNode: (_n, c) => replaced.push(c) });
    expect(replaced).toEqual([[tickBoxElement]]);
    expect(tickBoxElement.properties.ariaHidden).toBe('true');
  });

  it('leaves other inputs alone', () => {
    expect(isTaskListCheckbox({ type: 'element', tagName: 'input', properties: { type: 'text' } })).toBe(false);
    expect(isTaskListCheckbox({ type: 'element', tagName: 'span', properties: { type: 'checkbox' } })).toBe(false);
  });
});
