/**
 * Question packs imported from JSON or CSV, and the Anki export.
 */
package org.smriti.data.interop;
