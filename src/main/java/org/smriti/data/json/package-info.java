/**
 * Typed reads of JSON fields with messages that name the field.
 */
package org.smriti.data.json;
