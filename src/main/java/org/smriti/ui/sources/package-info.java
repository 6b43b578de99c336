/**
 * Sources: the bundled notes and the aspirant's own, read with every quoted passage highlighted; making
 * cards from a passage and from suggestions.
 */
package org.smriti.ui.sources;
