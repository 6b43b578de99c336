/**
 * Settings: every option applied at once and validated, the data folder, backups, Anki export and import.
 */
package org.smriti.ui.settings;
