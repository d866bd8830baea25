// The Koordinationsstelle's contact for the footer of every public page.
// MERGE POINT: the address directory (/{locale}/adressen/, built by another branch) is the one source of this
// address, phone and e-mail. Until it is wired here, the footer shows no contact block: no contact data is
// invented or copied into this file. Replace the body with a lookup in the directory, keeping its source URL.

export interface FooterContactData {
  /** Name of the office, e.g. "Koordinationsstelle Integration". */
  name: string;
  /** Postal address, one line each. */
  addressLines: readonly string[];
  /** As dialled, e.g. "+41 32 …"; shown left to right. */
  phone?: string | undefined;
  email?: string | undefined;
  /** Page in the address directory with this entry (and its sources). */
  directoryHref?: string | undefined;
  /** Link text for `directoryHref`, in the reader's language. */
  directoryLabel?: string | undefined;
}

export async function koordinationsstelleContact(_locale: string): Promise<FooterContactData | undefined> {
  return undefined;
}
