// Printed pages: how many A4 pages a PDF from page.pdf() has (its page objects; "/Type /Pages" is the tree node).
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}
