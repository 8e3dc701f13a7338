package dev.quarterdeck.app.projects.intake;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.project.FieldProblem;
import dev.quarterdeck.core.project.IntakeRejected;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectDraft;
import dev.quarterdeck.core.project.ProjectIntake;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The intake form's state: every field as typed, the problems to show next to fields (keyed like
 * {@link FieldProblem#field()}), and "Create"/"Save" which checks and writes through {@link ProjectIntake} in the
 * background. The same model edits an existing project (then lines, risks and stakeholders are not part of it).
 */
public final class IntakeModel {

    /** A budget line row as typed. */
    public static final class LineRow {
        public final StringProperty category = new SimpleStringProperty("");
        public final StringProperty planned = new SimpleStringProperty("");
    }

    /** A first-risk row as typed. */
    public static final class RiskRow {
        public final StringProperty title = new SimpleStringProperty("");
        public final StringProperty category = new SimpleStringProperty("");
        public final StringProperty likelihood = new SimpleStringProperty("3");
        public final StringProperty impact = new SimpleStringProperty("3");
        public final StringProperty owner = new SimpleStringProperty("");
        public final StringProperty mitigation = new SimpleStringProperty("");
    }

    /** A stakeholder row as typed. */
    public static final class StakeholderRow {
        public final StringProperty name = new SimpleStringProperty("");
        public final StringProperty role = new SimpleStringProperty("");
        public final StringProperty organisation = new SimpleStringProperty("");
        public final StringProperty email = new SimpleStringProperty("");
        public final StringProperty influence = new SimpleStringProperty("3");
        public final StringProperty interest = new SimpleStringProperty("3");
    }

    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty code = new SimpleStringProperty("");
    public final StringProperty description = new SimpleStringProperty("");
    public final ObjectProperty<ProjectStatus> status = new SimpleObjectProperty<>(ProjectStatus.ACTIVE);
    public final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.MEDIUM);
    public final StringProperty owner = new SimpleStringProperty("");
    public final StringProperty sponsor = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    public final StringProperty currency = new SimpleStringProperty("EUR");
    public final StringProperty objectives = new SimpleStringProperty("");
    public final StringProperty successCriteria = new SimpleStringProperty("");
    public final StringProperty scopeIn = new SimpleStringProperty("");
    public final StringProperty scopeOut = new SimpleStringProperty("");
    public final StringProperty budgetTotal = new SimpleStringProperty("");
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<RiskRow> risks = FXCollections.observableArrayList();
    private final ObservableList<StakeholderRow> stakeholders = FXCollections.observableArrayList();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final StringProperty formProblem = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);

    private final BackgroundTasks background;
    private final Supplier<Store> store;
    private final Clock clock;
    private final Project editing;

    /**
     * @param editing the project to edit, or null for a new one
     */
    public IntakeModel(BackgroundTasks background, Supplier<Store> store, Clock clock, Project editing) {
        this.background = background;
        this.store = store;
        this.clock = clock;
        this.editing = editing;
        if (editing != null) {
            fill(editing);
        } else {
            start.set(LocalDate.now(clock));
        }
        // a field's problem goes away as soon as the user changes the field
        clearOnChange(name, "name");
        clearOnChange(code, "code");
        clearOnChange(owner, "owner");
        clearOnChange(sponsor, "sponsor");
        clearOnChange(start, "due");
        clearOnChange(due, "due");
        clearOnChange(currency, "currency");
        clearOnChange(objectives, "objectives");
        clearOnChange(budgetTotal, "budgetTotal");
    }

    private void fill(Project project) {
        name.set(project.name());
        code.set(project.code());
        description.set(project.description());
        status.set(project.status());
        priority.set(project.priority());
        owner.set(project.owner() == null ? "" : project.owner());
        sponsor.set(project.sponsor() == null ? "" : project.sponsor());
        start.set(project.start());
        due.set(project.due());
        currency.set(project.currency().getCurrencyCode());
        objectives.set(String.join("\n", project.objectives()));
        successCriteria.set(String.join("\n", project.successCriteria()));
        scopeIn.set(project.scopeIn());
        scopeOut.set(project.scopeOut());
        budgetTotal.set(project.budgetTotal().toPlainString());
    }

    void clearOnChange(ObservableValue<?> value, String field) {
        value.addListener((obs, old, now) -> problems.remove(field));
    }

    public boolean isEdit() {
        return editing != null;
    }

    public Project editing() {
        return editing;
    }

    public ObservableList<LineRow> lines() {
        return lines;
    }

    public ObservableList<RiskRow> risks() {
        return risks;
    }

    public ObservableList<StakeholderRow> stakeholders() {
        return stakeholders;
    }

    /** Problems by field key ("code", "risks[0].likelihood"); what the view shows next to each field. */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    /** A problem that belongs to no field (the store refused, the project changed meanwhile). */
    public StringProperty formProblem() {
        return formProblem;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public LineRow addLine() {
        LineRow row = new LineRow();
        lines.add(row);
        return row;
    }

    public RiskRow addRisk() {
        RiskRow row = new RiskRow();
        risks.add(row);
        return row;
    }

    public StakeholderRow addStakeholder() {
        StakeholderRow row = new StakeholderRow();
        stakeholders.add(row);
        return row;
    }

    /** The form as a draft; problems of values that could not be parsed land in {@code parseProblems}. */
    ProjectDraft draft(Map<String, String> parseProblems) {
        BigDecimal total = parse("budgetTotal", parseProblems, () -> FormInput.amount(budgetTotal.get()));
        Currency money = parse("currency", parseProblems, () -> FormInput.currency(currency.get()));
        List<ProjectDraft.LineDraft> lineDrafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineRow row = lines.get(i);
            String key = FieldProblem.entry("lines", i, "planned");
            lineDrafts.add(new ProjectDraft.LineDraft(row.category.get(),
                    parse(key, parseProblems, () -> FormInput.amount(row.planned.get()))));
        }
        List<ProjectDraft.RiskDraft> riskDrafts = new ArrayList<>();
        for (int i = 0; i < risks.size(); i++) {
            RiskRow row = risks.get(i);
            Integer l = parse(FieldProblem.entry("risks", i, "likelihood"), parseProblems,
                    () -> FormInput.rating(row.likelihood.get()));
            Integer im = parse(FieldProblem.entry("risks", i, "impact"), parseProblems,
                    () -> FormInput.rating(row.impact.get()));
            riskDrafts.add(new ProjectDraft.RiskDraft(row.title.get(), row.category.get(), l == null ? 1 : l,
                    im == null ? 1 : im, row.owner.get(), row.mitigation.get()));
        }
        List<ProjectDraft.StakeholderDraft> people = new ArrayList<>();
        for (int i = 0; i < stakeholders.size(); i++) {
            StakeholderRow row = stakeholders.get(i);
            Integer influence = parse(FieldProblem.entry("stakeholders", i, "influence"), parseProblems,
                    () -> FormInput.rating(row.influence.get()));
            Integer interest = parse(FieldProblem.entry("stakeholders", i, "interest"), parseProblems,
                    () -> FormInput.rating(row.interest.get()));
            people.add(new ProjectDraft.StakeholderDraft(row.name.get(), row.role.get(), row.organisation.get(),
                    row.email.get(), influence == null ? 1 : influence, interest == null ? 1 : interest));
        }
        return new ProjectDraft(name.get(), code.get() == null ? null : code.get().strip(), description.get(),
                status.get(), priority.get(), owner.get(), sponsor.get(), start.get(), due.get(), money,
                FormInput.lines(objectives.get()), FormInput.lines(successCriteria.get()), scopeIn.get(),
                scopeOut.get(), total, lineDrafts, riskDrafts, people);
    }

    private static <T> T parse(String field, Map<String, String> problems, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (FormInput.NotParsed e) {
            problems.put(field, e.getMessage());
            return null;
        }
    }

    /**
     * Checks the form and, when it is sound, creates (or saves) the project in one transaction in the background;
     * {@code onSaved} gets the stored project on the FX thread. Problems appear in {@link #problems()}.
     */
    public void save(Consumer<Project> onSaved) {
        if (saving.get()) {
            return;
        }
        Map<String, String> parseProblems = new LinkedHashMap<>();
        ProjectDraft draft = draft(parseProblems);
        problems.clear();
        formProblem.set("");
        saving.set(true);
        background.run(isEdit() ? "Saving " + editing.code() : "Creating project", () -> {
            List<FieldProblem> found = ProjectIntake.check(draft, editing, store.get());
            Map<String, String> all = new LinkedHashMap<>(parseProblems);
            found.forEach(p -> all.putIfAbsent(p.field(), p.message()));
            if (!all.isEmpty()) {
                return new Outcome(null, all);
            }
            ProjectIntake intake = new ProjectIntake(store.get(), clock);
            Project saved = isEdit() ? intake.update(Actor.USER, editing, draft) : intake.create(Actor.USER, draft);
            return new Outcome(saved, Map.of());
        }, outcome -> {
            saving.set(false);
            if (outcome.saved() == null) {
                problems.putAll(outcome.problems());
                formProblem.set(outcome.problems().size() == 1 ? "One field needs attention."
                        : outcome.problems().size() + " fields need attention.");
            } else {
                onSaved.accept(outcome.saved());
            }
        }, failure -> {
            saving.set(false);
            if (failure instanceof IntakeRejected rejected) {
                rejected.problems().forEach(p -> problems.putIfAbsent(p.field(), p.message()));
            }
            formProblem.set("Not saved: " + failure.getMessage());
        });
    }

    private record Outcome(Project saved, Map<String, String> problems) {
    }
}
