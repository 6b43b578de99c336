/**
 * Browse: every question in a searchable table with its memory state; edit, delete or copy own cards.
 */
package org.smriti.ui.browse;
