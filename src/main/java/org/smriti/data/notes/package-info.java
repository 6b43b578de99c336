/**
 * The aspirant's notes: Markdown files in {@code notes/}, imported with clear refusals, deleted to the trash.
 */
package org.smriti.data.notes;
