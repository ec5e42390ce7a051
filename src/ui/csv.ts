/** CSV cells as every export writes them (notes, the pattern map, the room's votes): one rule, so no export drifts. */

/**
 * Cells starting with = + - @ (or tab / CR) would run as formulas in a spreadsheet: prefix an apostrophe. A cell with a
 * quote, comma, semicolon (the separator in locales whose decimal mark is a comma) or line break is quoted.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
