package org.smriti.ui.shell;

/** Lets a page send the aspirant to another area (e.g. Review's "Open in source"). */
@FunctionalInterface
public interface Navigator {

    void show(Area area);
}
