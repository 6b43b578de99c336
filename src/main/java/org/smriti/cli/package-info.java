/**
 * Headless commands ({@code smriti validate | questions | suggest | import | export-anki | backup | restore |
 * optimize}): each names what is wrong with its input in a sentence and exits non-zero (see
 * {@link org.smriti.cli.InputChecks}).
 */
package org.smriti.cli;
