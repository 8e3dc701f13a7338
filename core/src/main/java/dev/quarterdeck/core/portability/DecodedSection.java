package dev.quarterdeck.core.portability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One table of an export after decoding: the records that were valid on their own, and the location of every ID
 * the section declares, including IDs of objects that were rejected. References are checked against those IDs, so
 * one bad task gives one problem, not one more for every link that points at it.
 */
final class DecodedSection<T> {

    record Row<T>(T record, JsonFields fields) {

        LocatedJson field(String name) {
            LocatedJson value = fields.object().field(name);
            return value != null ? value : fields.object();
        }

        String path(String name) {
            return fields.object().field(name) != null ? fields.path() + "." + name : fields.path();
        }
    }

    final ExportTable<T> table;
    final List<Row<T>> rows = new ArrayList<>();
    final Map<UUID, LocatedJson> ids = new HashMap<>();

    DecodedSection(ExportTable<T> table) {
        this.table = table;
    }

    boolean declares(UUID id) {
        return ids.containsKey(id);
    }

    List<T> records() {
        return rows.stream().map(Row::record).toList();
    }
}
