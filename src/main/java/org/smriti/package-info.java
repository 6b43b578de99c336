/**
 * Smriti, a revision trainer for UPSC aspirants. {@link org.smriti.Launcher} starts the window, or runs a
 * headless command when the first argument names one. Layers point one way (kept by {@code ArchitectureTest}):
 * {@code core} ← {@code data} ← {@code study} ← {@code ui} ← {@code app} / {@code cli}.
 */
package org.smriti;
