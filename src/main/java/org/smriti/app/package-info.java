/**
 * The composition root: {@link org.smriti.app.AppContext} opens the data folder and creates every service once,
 * with constructors; {@link org.smriti.app.MainWindow} builds the window and its pages; the {@code App…Ports} and
 * {@code App…Actions} classes connect each screen's ports to the study services. No DI framework.
 */
package org.smriti.app;
