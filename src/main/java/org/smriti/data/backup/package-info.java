/**
 * Zip backups of the journal, settings, notes and packs (a daily one, kept 14 days) and restoring one.
 */
package org.smriti.data.backup;
