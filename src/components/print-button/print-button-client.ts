/** Shows every print button of the page (hidden without JavaScript) and hides the no-script hint beside it. */
export function enablePrintButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
    button.hidden = false;
    const hint = button.parentElement?.querySelector<HTMLElement>('[data-print-hint]');
    if (hint) hint.hidden = true;
    button.addEventListener('click', () => window.print());
  }
}
