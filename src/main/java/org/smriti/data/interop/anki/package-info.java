/**
 * Anki's "Notes in Plain Text" export read as Anki's own importer reads it, turned into own cards.
 */
package org.smriti.data.interop.anki;
