package dev.quarterdeck.core.project;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskStatus;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreReader;
import dev.quarterdeck.core.store.StoreTransaction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Creates a project from the intake form, with its first budget lines, risks and stakeholders, in one store
 * transaction; and saves the edit of a project's own fields. Every rule a form should show next to a field is
 * checked by {@link #check} first; the store's own rules (a code taken meanwhile by someone else) roll the
 * whole transaction back. Thread-safe.
 */
public final class ProjectIntake {

    /** How long after identification a first risk is due for review. */
    static final int FIRST_REVIEW_DAYS = 28;

    private final Store store;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public ProjectIntake(Store store, Clock clock) {
        this(store, clock, Ids::newId);
    }

    /** With a chosen source of ids (tests use it to make a write fail half-way). */
    public ProjectIntake(Store store, Clock clock, Supplier<UUID> ids) {
        this.store = Require.present(store, "store");
        this.clock = Require.present(clock, "clock");
        this.ids = Require.present(ids, "ids");
    }

    /**
     * What is wrong with {@code draft}, field by field, in form order; empty when it can be saved.
     *
     * @param editing the project being edited (its own code is not a clash), or null for a new project
     */
    public static List<FieldProblem> check(ProjectDraft draft, Project editing, StoreReader reader) {
        List<FieldProblem> problems = new ArrayList<>();
        text(draft.name(), "name", "Name", 120, true, problems);
        checkCode(draft.code(), editing, reader, problems);
        text(draft.owner(), "owner", "Owner", 120, false, problems);
        text(draft.sponsor(), "sponsor", "Sponsor", 120, false, problems);
        if (draft.start() != null && draft.due() != null && draft.due().isBefore(draft.start())) {
            problems.add(new FieldProblem("due", "Due date must not be before the start ("
                    + draft.start() + ")."));
        }
        if (draft.priority() == null) {
            problems.add(new FieldProblem("priority", "Choose a priority."));
        }
        if (draft.currency() == null) {
            problems.add(new FieldProblem("currency", "Choose a currency (ISO code such as EUR)."));
        }
        if (draft.status() == null) {
            problems.add(new FieldProblem("status", "Choose a status."));
        }
        for (int i = 0; i < draft.objectives().size(); i++) {
            text(draft.objectives().get(i), "objectives", "Each objective", 500, true, problems);
        }
        if (draft.budgetTotal() != null && draft.budgetTotal().signum() < 0) {
            problems.add(new FieldProblem("budgetTotal", "Budget must not be negative."));
        } else {
            decimals(draft.budgetTotal(), draft.currency(), "budgetTotal", problems);
        }
        checkLines(draft, problems);
        checkRisks(draft.risks(), problems);
        checkStakeholders(draft.stakeholders(), problems);
        return problems;
    }

    private static void checkCode(String code, Project editing, StoreReader reader, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem("code", "Code is required (e.g. ATLAS)."));
            return;
        }
        String normal = code.strip();
        if (!normal.matches(Project.CODE_PATTERN)) {
            problems.add(new FieldProblem("code",
                    "2–12 upper-case letters or digits, starting with a letter (e.g. ATLAS or Q3PLAN)."));
            return;
        }
        reader.projects().findByCode(normal)
                .filter(other -> editing == null || !other.id().equals(editing.id()))
                .ifPresent(other -> problems.add(new FieldProblem("code",
                        "Code " + normal + " is already used by " + other.name() + ".")));
    }

    private static void checkLines(ProjectDraft draft, List<FieldProblem> problems) {
        Set<String> categories = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < draft.lines().size(); i++) {
            ProjectDraft.LineDraft line = draft.lines().get(i);
            String field = FieldProblem.entry("lines", i, "category");
            if (text(line.category(), field, "Category", 120, true, problems)
                    && !categories.add(line.category().strip().toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(field, "Category " + line.category().strip() + " is listed twice."));
            }
            String amount = FieldProblem.entry("lines", i, "planned");
            if (line.planned() == null) {
                problems.add(new FieldProblem(amount, "Planned amount is required."));
            } else if (line.planned().signum() < 0) {
                problems.add(new FieldProblem(amount, "Planned amount must not be negative."));
            } else if (decimals(line.planned(), draft.currency(), amount, problems)) {
                sum = sum.add(line.planned());
            }
        }
        if (draft.budgetTotal() != null && !draft.lines().isEmpty() && sum.compareTo(draft.budgetTotal()) > 0) {
            problems.add(new FieldProblem("budgetTotal", "Budget lines add up to " + sum.toPlainString()
                    + ", more than the total " + draft.budgetTotal().toPlainString() + "."));
        }
    }

    private static void checkRisks(List<ProjectDraft.RiskDraft> risks, List<FieldProblem> problems) {
        for (int i = 0; i < risks.size(); i++) {
            ProjectDraft.RiskDraft risk = risks.get(i);
            text(risk.title(), FieldProblem.entry("risks", i, "title"), "Title", 200, true, problems);
            oneToFive(risk.likelihood(), FieldProblem.entry("risks", i, "likelihood"), "Likelihood", problems);
            oneToFive(risk.impact(), FieldProblem.entry("risks", i, "impact"), "Impact", problems);
        }
    }

    private static void checkStakeholders(List<ProjectDraft.StakeholderDraft> people, List<FieldProblem> problems) {
        for (int i = 0; i < people.size(); i++) {
            ProjectDraft.StakeholderDraft person = people.get(i);
            text(person.name(), FieldProblem.entry("stakeholders", i, "name"), "Name", 120, true, problems);
            String email = person.email();
            if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(new FieldProblem(FieldProblem.entry("stakeholders", i, "email"),
                        "Not an e-mail address."));
            }
            oneToFive(person.influence(), FieldProblem.entry("stakeholders", i, "influence"), "Influence", problems);
            oneToFive(person.interest(), FieldProblem.entry("stakeholders", i, "interest"), "Interest", problems);
        }
    }

    private static boolean text(String value, String field, String label, int max, boolean required,
            List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, label + " is required."));
            }
            return false;
        }
        if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, label + " must be at most " + max + " characters."));
            return false;
        }
        return true;
    }

    /** False (with a problem) when the amount has more decimal places than the currency has minor units. */
    private static boolean decimals(BigDecimal amount, Currency currency, String field, List<FieldProblem> problems) {
        if (amount == null || currency == null) {
            return true;
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            problems.add(new FieldProblem(field, "At most " + digits + " decimal places for "
                    + currency.getCurrencyCode() + "."));
            return false;
        }
        return true;
    }

    private static void oneToFive(int value, String field, String label, List<FieldProblem> problems) {
        if (value < 1 || value > 5) {
            problems.add(new FieldProblem(field, label + " must be between 1 and 5."));
        }
    }

    /**
     * Creates the project with its first lines, risks and stakeholders in one transaction.
     *
     * @throws IntakeRejected when {@link #check} finds a problem (checked again inside the transaction)
     */
    public Project create(Actor actor, ProjectDraft draft) {
        return store.write(actor, tx -> {
            requireValid(draft, null, tx);
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            Project project = tx.insert(new Project(ids.get(), draft.code().strip(), draft.name(),
                    draft.description(), draft.status(), draft.priority(), draft.owner(), draft.sponsor(),
                    draft.start(), draft.due(), draft.objectives(), draft.successCriteria(), draft.scopeIn(),
                    draft.scopeOut(), draft.currency(), total(draft), now, now, 0));
            for (ProjectDraft.LineDraft line : draft.lines()) {
                tx.insert(new BudgetLine(ids.get(), project.id(), line.category(),
                        new Money(line.planned(), project.currency()), now, 0));
            }
            int number = 1;
            for (ProjectDraft.RiskDraft risk : draft.risks()) {
                tx.insert(new Risk(ids.get(), project.id(), String.format(Locale.ROOT, "R-%03d", number++),
                        risk.title(), "", risk.category(), risk.likelihood(), risk.impact(), risk.owner(),
                        risk.mitigation() == null ? "" : risk.mitigation(), "", RiskStatus.OPEN, today,
                        today.plusDays(FIRST_REVIEW_DAYS), null, now, 0));
            }
            for (ProjectDraft.StakeholderDraft person : draft.stakeholders()) {
                tx.insert(new Stakeholder(ids.get(), project.id(), person.name(), person.role(),
                        person.organisation(), person.email(), person.influence(), person.interest(), null, null,
                        now, 0));
            }
            return project;
        });
    }

    /**
     * Saves the project's own fields from {@code draft} (lines, risks and stakeholders of the draft are ignored:
     * those are kept in their tabs once a project exists).
     *
     * @throws IntakeRejected                                when {@link #check} finds a problem
     * @throws dev.quarterdeck.core.store.StaleRecordException when the project changed since {@code current} was read
     */
    public Project update(Actor actor, Project current, ProjectDraft draft) {
        Require.present(current, "current");
        return store.write(actor, tx -> {
            ProjectDraft own = new ProjectDraft(draft.name(), draft.code(), draft.description(), draft.status(),
                    draft.priority(), draft.owner(), draft.sponsor(), draft.start(), draft.due(), draft.currency(),
                    draft.objectives(), draft.successCriteria(), draft.scopeIn(), draft.scopeOut(),
                    draft.budgetTotal(), List.of(), List.of(), List.of());
            requireValid(own, current, tx);
            return tx.update(new Project(current.id(), own.code().strip(), own.name(), own.description(),
                    own.status(), own.priority(), own.owner(), own.sponsor(), own.start(), own.due(),
                    own.objectives(), own.successCriteria(), own.scopeIn(), own.scopeOut(), own.currency(),
                    total(own), current.createdAt(), clock.instant(), current.version()));
        });
    }

    private static void requireValid(ProjectDraft draft, Project editing, StoreTransaction tx) {
        List<FieldProblem> problems = check(draft, editing, tx);
        if (!problems.isEmpty()) {
            throw new IntakeRejected(problems);
        }
    }

    /** The stated total, or the sum of the lines when none was stated. */
    private static BigDecimal total(ProjectDraft draft) {
        if (draft.budgetTotal() != null) {
            return draft.budgetTotal();
        }
        return draft.lines().stream().map(ProjectDraft.LineDraft::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
