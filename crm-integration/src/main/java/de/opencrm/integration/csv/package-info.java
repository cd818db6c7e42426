/**
 * Reading CSV files as people's spreadsheets write them: the encoding (UTF-8 with or without BOM,
 * UTF-16 from Excel's "Unicode text", else Windows-1252) and the delimiter are found from the file
 * itself; rows are streamed with their line numbers.
 */
package de.opencrm.integration.csv;
