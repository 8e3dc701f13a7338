package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * One kind of record in an export: the JSON array name (also the CSV file name), its columns in their fixed
 * order, and the order its rows are written in, so the same data always gives the same bytes.
 */
record ExportTable<T>(String name, Function<WorkspaceSnapshot, List<T>> rows, Comparator<T> order,
        List<ExportColumn<T>> columns) {

    ExportTable {
        columns = List.copyOf(columns);
    }

    List<T> sortedRows(WorkspaceSnapshot snapshot) {
        List<T> sorted = new ArrayList<>(rows.apply(snapshot));
        sorted.sort(order);
        return sorted;
    }

    List<String> columnNames() {
        return columns.stream().map(ExportColumn::name).toList();
    }
}
