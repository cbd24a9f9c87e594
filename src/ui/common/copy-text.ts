/**
 * Copies a text for a button marked "Copy", and says what happened: the
 * clipboard may be refused (an insecure page, a browser setting), and then the
 * text is selected in its field so that Ctrl+C or the context menu copies it.
 */
export async function copyText(text: string, field?: HTMLTextAreaElement | HTMLInputElement | null, what = 'code'): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied.';
  } catch {
    field?.focus();
    field?.select();
    return field ? `The browser did not allow copying: the ${what} is selected, press Ctrl+C (⌘C on a Mac).` : `The browser did not allow copying the ${what}.`;
  }
}
