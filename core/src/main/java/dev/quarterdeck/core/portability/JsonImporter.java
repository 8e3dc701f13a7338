package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads a JSON export back into a {@link WorkspaceSnapshot}, validating everything before anything is returned:
 * syntax, the format and version, each field's type and form, each record's own rules, duplicate IDs and keys, and
 * every reference between records. Each problem names its line, column and JSON path. Arbitrary bytes give
 * problems, never an exception; only a failing stream throws. Thread-safe.
 */
public final class JsonImporter {

    private static final List<String> HEADER_FIELDS = List.of("format", "version", "exportedAt");

    /** Tables added to version 1 later: files written before them lack the array and still read. */
    private static final Set<String> OPTIONAL_TABLES = Set.of(ExportTables.RISK_LINKS.name());

    public ImportResult<WorkspaceSnapshot> read(InputStream in) throws IOException {
        ProblemList problems = new ProblemList();
        LocatedJson root = new LocatedJsonReader(problems).read(in);
        if (root == null || !readsAsExport(root, problems)) {
            return ImportResult.failure(problems.toList());
        }
        DecodedWorkspace workspace = new DecodedWorkspace(
                decode(root, ExportTables.PROJECTS, RecordDecoders::project, problems),
                decode(root, ExportTables.TASKS, RecordDecoders::task, problems),
                decode(root, ExportTables.LINKS, RecordDecoders::link, problems),
                decode(root, ExportTables.RISKS, RecordDecoders::risk, problems),
                decode(root, ExportTables.MILESTONES, RecordDecoders::milestone, problems),
                decode(root, ExportTables.MILESTONE_TASKS, RecordDecoders::milestoneTask, problems),
                decode(root, ExportTables.STAKEHOLDERS, RecordDecoders::stakeholder, problems),
                decode(root, ExportTables.BUDGET_LINES, RecordDecoders::budgetLine, problems),
                decode(root, ExportTables.TRANSACTIONS, RecordDecoders::transaction, problems),
                decode(root, ExportTables.DOCUMENTS, RecordDecoders::document, problems),
                decode(root, ExportTables.SOURCE_ITEMS, RecordDecoders::sourceItem, problems),
                decode(root, ExportTables.RISK_LINKS, RecordDecoders::riskLink, problems));
        new ReferenceCheck(workspace, problems).run();
        if (!problems.isEmpty()) {
            return ImportResult.failure(problems.toList());
        }
        return ImportResult.success(workspace.toSnapshot());
    }

    /** The format and version decide how to read everything else, so a wrong one is the only problem reported. */
    private static boolean readsAsExport(LocatedJson root, ProblemList problems) {
        if (root.type != LocatedJson.Type.OBJECT) {
            problems.add(root.line, root.column, "$", "not a Quarterdeck export: expected a JSON object with "
                    + "\"format\": \"" + ExportFormat.NAME + "\", found " + root.shown());
            return false;
        }
        LocatedJson format = root.field("format");
        if (format == null || format.type != LocatedJson.Type.STRING || !format.text.equals(ExportFormat.NAME)) {
            LocatedJson at = format == null ? root : format;
            problems.add(at.line, at.column, "$.format", "not a Quarterdeck export: \"format\" must be \""
                    + ExportFormat.NAME + "\", found " + (format == null ? "nothing" : format.shown()));
            return false;
        }
        LocatedJson version = root.field("version");
        if (version == null || version.type != LocatedJson.Type.INTEGER) {
            LocatedJson at = version == null ? root : version;
            problems.add(at.line, at.column, "$.version", "\"version\" must be a whole number, found "
                    + (version == null ? "nothing" : version.shown()));
            return false;
        }
        if (!version.text.equals(Integer.toString(ExportFormat.VERSION))) {
            boolean newer = version.text.length() > 9 || Long.parseLong(version.text) > ExportFormat.VERSION;
            problems.add(version.line, version.column, "$.version", "unsupported export version " + version.text
                    + ": this Quarterdeck reads version " + ExportFormat.VERSION
                    + (newer ? " (a newer Quarterdeck wrote this file?)" : ""));
            return false;
        }
        // Also reports missing and unknown top-level fields.
        JsonFields header = new JsonFields(root, "$", allTopLevelFields(), OPTIONAL_TABLES, problems);
        LocatedJson exportedAt = root.field("exportedAt");
        if (exportedAt != null && exportedAt.isNull()) {
            problems.add(exportedAt.line, exportedAt.column, "$.exportedAt", "exportedAt is required");
        } else {
            header.instant("exportedAt");
        }
        return true;
    }

    private static List<String> allTopLevelFields() {
        return Stream.concat(HEADER_FIELDS.stream(), ExportTables.ALL.stream().map(ExportTable::name)).toList();
    }

    private static <T> DecodedSection<T> decode(LocatedJson root, ExportTable<T> table,
            Function<JsonFields, T> decoder, ProblemList problems) {
        DecodedSection<T> section = new DecodedSection<>(table);
        LocatedJson array = root.field(table.name());
        String path = "$." + table.name();
        if (array == null) {
            return section;
        }
        if (array.type != LocatedJson.Type.ARRAY) {
            problems.add(array.line, array.column, path, "expected an array, found " + array.shown());
            return section;
        }
        Set<String> columns = new LinkedHashSet<>(table.columnNames());
        for (int i = 0; i < array.items.size(); i++) {
            LocatedJson item = array.items.get(i);
            String itemPath = path + "[" + i + "]";
            if (item.type != LocatedJson.Type.OBJECT) {
                problems.add(item.line, item.column, itemPath, "expected an object, found " + item.shown());
                continue;
            }
            declareId(section, item, itemPath, problems);
            JsonFields fields = new JsonFields(item, itemPath, columns, problems);
            T record = decoder.apply(fields);
            if (record != null) {
                section.rows.add(new DecodedSection.Row<>(record, fields));
            }
        }
        return section;
    }

    private static void declareId(DecodedSection<?> section, LocatedJson item, String itemPath,
            ProblemList problems) {
        LocatedJson id = item.field("id");
        if (id == null || id.type != LocatedJson.Type.STRING || !JsonFields.isUuid(id.text)) {
            return;
        }
        LocatedJson first = section.ids.putIfAbsent(UUID.fromString(id.text), id);
        if (first != null) {
            problems.add(id.line, id.column, itemPath + ".id",
                    "duplicate id " + id.text + " (first at line " + first.line + ")");
        }
    }
}
