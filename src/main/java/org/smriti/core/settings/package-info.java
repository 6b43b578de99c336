/**
 * The aspirant's settings as an immutable value with a builder, and the step format ("1m 10m").
 */
package org.smriti.core.settings;
