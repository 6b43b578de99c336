/**
 * Small shared wording rules, such as counted nouns.
 */
package org.smriti.core.text;
