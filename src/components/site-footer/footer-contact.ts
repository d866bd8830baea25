// The Koordinationsstelle's contact for the footer of every public page, read from the address directory
// (content/adressen, entry `koordinationsstelle-integration`): the one place its address, phone and e-mail
// are written. What the directory does not have (no source gives them yet) the footer does not show either;
// the link leads to the directory entry, which says so.
import { directoryEntry } from '../../lib/directory.ts';
import { stringsFor } from '../../lib/ui-strings.ts';
import type { TopicsUiKey } from '../../domain/schemas/topics-ui.ts';

export const FOOTER_CONTACT_ID = 'koordinationsstelle-integration';

export interface FooterContactData {
  /** Directory entry id (the contact-data gate accepts contact data only inside an entry). */
  id: string;
  /** Name of the office, e.g. "Koordinationsstelle Integration". */
  name: string;
  /** Postal address, one line each. */
  addressLines: readonly string[];
  /** As dialled, e.g. "+41 32 …"; shown left to right. */
  phone?: string | undefined;
  email?: string | undefined;
  /** The office's own web page. */
  web?: string | undefined;
  /** Page in the address directory with this entry (and its sources). */
  directoryHref: string;
  /** Link text for `directoryHref`, in the reader's language. */
  directoryLabel: string;
}

export async function koordinationsstelleContact(locale: string): Promise<FooterContactData> {
  const entry = await directoryEntry(FOOTER_CONTACT_ID, locale);
  const { strings } = await stringsFor<TopicsUiKey>('topicsUi', locale);
  return {
    id: entry.id,
    name: entry.name,
    addressLines: entry.address ?? [],
    phone: entry.phone,
    email: entry.email,
    web: entry.web,
    directoryHref: `/${locale}/adressen/#${entry.id}`,
    directoryLabel: strings.directoryTitle,
  };
}
