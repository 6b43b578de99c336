package org.smriti.ui.settings;

import java.util.List;

/**
 * What an import would do, in words for the preview dialog: nothing is saved until the aspirant confirms.
 *
 * @param source       the file chosen, as the aspirant knows it
 * @param canImport    true only when nothing is wrong: an import is all or nothing
 * @param summary      one line: what will be added, or how many problems stop it
 * @param notices      what else to know (notes already in Smriti, media dropped, note types read as Basic)
 * @param firstPrompts the first few questions, so the aspirant sees it is the file they meant
 * @param problems     every problem, each naming file, line or question and field
 */
public record ImportPlan(String source, boolean canImport, String summary, List<String> notices,
                         List<String> firstPrompts, List<String> problems) {

    public ImportPlan {
        notices = List.copyOf(notices);
        firstPrompts = List.copyOf(firstPrompts);
        problems = List.copyOf(problems);
    }
}
