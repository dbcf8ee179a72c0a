package org.inferscope.app.viewmodel.study;

import java.util.List;

/**
 * A scenario's numbers as the tab's table shows them: column titles and rows of formatted cells.
 *
 * @param columns the titles
 * @param rows one cell per column each
 */
public record ScenarioTable(List<String> columns, List<List<String>> rows) {

    public ScenarioTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
