/**
 * Settings saved as JSON, read back with every bad field named and replaced by its default.
 */
package org.smriti.data.settings;
