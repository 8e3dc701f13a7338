package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.TaskStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * How the columns of one task CSV become task fields: which column (by position, since exports repeat header
 * names) feeds which {@link TaskField}, plus what to use where the file says nothing. This is what the
 * column-mapping dialog shows and edits; {@link #suggest} fills it from the header row.
 *
 * @param source         where the file came from; decides how bare numbers in priority and estimate columns read
 * @param columns        field → zero-based column index
 * @param defaultProject project of rows without a project column or value; null puts them in the inbox
 * @param defaultHorizon horizon of rows with neither a horizon nor a priority
 * @param extraStatuses  the file's own status names (lower case) → status, for workflows beyond the built-in names
 */
public record CsvColumnMapping(
        CsvSource source,
        Map<TaskField, Integer> columns,
        UUID defaultProject,
        Horizon defaultHorizon,
        Map<String, TaskStatus> extraStatuses) {

    public CsvColumnMapping {
        Require.present(source, "source");
        Map<TaskField, Integer> copy = new EnumMap<>(TaskField.class);
        for (var column : Require.present(columns, "columns").entrySet()) {
            if (column.getValue() < 0) {
                throw new IllegalArgumentException("column of " + column.getKey() + " must not be negative");
            }
            copy.put(column.getKey(), column.getValue());
        }
        columns = Collections.unmodifiableMap(copy);
        Require.present(defaultHorizon, "defaultHorizon");
        Map<String, TaskStatus> statuses = new LinkedHashMap<>();
        Require.present(extraStatuses, "extraStatuses")
                .forEach((name, status) -> statuses.put(name.strip().toLowerCase(Locale.ROOT), status));
        extraStatuses = Collections.unmodifiableMap(statuses);
    }

    /** The mapping a header row suggests: the source it looks like, and for each field the first matching column. */
    public static CsvColumnMapping suggest(List<String> headers) {
        CsvSource source = CsvSource.recognise(headers);
        Map<TaskField, Integer> columns = new EnumMap<>(TaskField.class);
        Set<Integer> taken = new HashSet<>();
        for (TaskField field : TaskField.values()) {
            for (int i = 0; i < headers.size(); i++) {
                if (!taken.contains(i) && field.suggestedBy(headers.get(i), source)) {
                    columns.put(field, i);
                    taken.add(i);
                    break;
                }
            }
        }
        return new CsvColumnMapping(source, columns, null, Horizon.LATER, Map.of());
    }

    public Optional<Integer> column(TaskField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public CsvColumnMapping with(TaskField field, int column) {
        Map<TaskField, Integer> changed = new EnumMap<>(TaskField.class);
        changed.putAll(columns);
        changed.put(field, column);
        return new CsvColumnMapping(source, changed, defaultProject, defaultHorizon, extraStatuses);
    }

    public CsvColumnMapping without(TaskField field) {
        Map<TaskField, Integer> changed = new EnumMap<>(TaskField.class);
        changed.putAll(columns);
        changed.remove(field);
        return new CsvColumnMapping(source, changed, defaultProject, defaultHorizon, extraStatuses);
    }

    public CsvColumnMapping withDefaults(UUID project, Horizon horizon) {
        return new CsvColumnMapping(source, columns, project, horizon, extraStatuses);
    }

    public CsvColumnMapping withStatus(String name, TaskStatus status) {
        Map<String, TaskStatus> changed = new LinkedHashMap<>(extraStatuses);
        changed.put(name, status);
        return new CsvColumnMapping(source, columns, defaultProject, defaultHorizon, changed);
    }
}
