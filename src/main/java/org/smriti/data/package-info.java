/**
 * Files: atomic writes, the data folder's lock and location; the sub-packages hold the bank, journal, notes,
 * own cards, settings, backups and interop. Gson DTOs stay package-private.
 */
package org.smriti.data;
