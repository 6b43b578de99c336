/**
 * The notes questions quote: {@link org.smriti.core.source.SourceDocument} and the normalisation that finds a
 * quote in its note whatever its markup.
 */
package org.smriti.core.source;
