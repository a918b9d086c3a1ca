/**
 * Spreadsheet exchange of the Looking Beyond SDK: the {@link org.lookingbeyond.tabular.Tabular} facade
 * reads a folder or zip of CSV files, or an Excel workbook, into a registry, collecting every problem with
 * its file or sheet, row as the spreadsheet shows it, column letter and header, and writes a registry back
 * so that reading it again gives the same registry.
 *
 * @since 0.1.0
 */
@NullMarked
package org.lookingbeyond.tabular;

import org.jspecify.annotations.NullMarked;
