package dev.quarterdeck.core.project;

import static dev.quarterdeck.core.project.IntakeFixtures.atlas;
import static dev.quarterdeck.core.project.IntakeFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.store.StoreException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectIntakeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    private Store store;
    private ProjectIntake intake;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2File(dataDir), CLOCK);
        intake = new ProjectIntake(store, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void createWritesTheProjectWithItsLinesRisksAndStakeholders() {
        Project project = intake.create(Actor.USER, atlas());

        assertThat(store.projects().findByCode("ATLAS")).contains(project);
        assertThat(project.budgetTotal()).isEqualByComparingTo("240000");
        assertThat(store.budgetLines().listByProject(project.id()))
                .extracting(l -> l.category() + " " + l.planned().amount().toPlainString())
                .containsExactlyInAnyOrder("Removals 40000.00", "Fit-out 120000.50");
        List<Risk> risks = store.risks().listByProject(project.id());
        assertThat(risks).extracting(Risk::key, Risk::title, Risk::score)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("R-001", "Lease not signed", 20),
                        org.assertj.core.groups.Tuple.tuple("R-002", "Movers unavailable", 9));
        assertThat(risks).allSatisfy(r -> {
            assertThat(r.identified()).isEqualTo(LocalDate.of(2025, 3, 10));
            assertThat(r.nextReview()).isEqualTo(LocalDate.of(2025, 4, 7));
        });
        assertThat(store.stakeholders().listByProject(project.id())).singleElement()
                .satisfies(s -> assertThat(s.email()).isEqualTo("mia@example.com"));
        // one audit event per record: project, 2 lines, 2 risks, 1 stakeholder
        assertThat(store.audit().listForProject(project.id(), 100)).hasSize(6);
    }

    @Test
    void withoutATotalTheBudgetIsTheSumOfTheLines() {
        ProjectDraft d = atlas();
        ProjectDraft noTotal = new ProjectDraft(d.name(), d.code(), d.description(), d.status(), d.priority(),
                d.owner(), d.sponsor(), d.start(), d.due(), d.currency(), d.objectives(), d.successCriteria(),
                d.scopeIn(), d.scopeOut(), null, d.lines(), List.of(), List.of());

        assertThat(intake.create(Actor.USER, noTotal).budgetTotal()).isEqualByComparingTo("160000.50");
    }

    @Test
    void checkNamesEveryBadFieldNextToWhichItsMessageBelongs() {
        intake.create(Actor.USER, atlas());
        ProjectDraft bad = with(atlas(), "ATLAS", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1),
                List.of(new ProjectDraft.RiskDraft("", null, 6, 0, null, null)));

        List<FieldProblem> problems = ProjectIntake.check(bad, null, store);

        assertThat(problems).extracting(FieldProblem::field).containsExactly("code", "due", "risks[0].title",
                "risks[0].likelihood", "risks[0].impact");
        assertThat(problems.get(0).message()).isEqualTo("Code ATLAS is already used by Atlas office move.");
        assertThat(problems.get(1).message()).startsWith("Due date must not be before the start");
        assertThat(problems.get(3).message()).isEqualTo("Likelihood must be between 1 and 5.");
    }

    @Test
    void amountsMustNotBeNegativeNorFinerThanTheCurrencyNorExceedTheTotal() {
        ProjectDraft d = atlas();
        ProjectDraft bad = new ProjectDraft(d.name(), "NOVA", d.description(), d.status(), d.priority(), d.owner(),
                d.sponsor(), d.start(), d.due(), d.currency(), d.objectives(), d.successCriteria(), d.scopeIn(),
                d.scopeOut(), new BigDecimal("1000"),
                List.of(new ProjectDraft.LineDraft("Travel", new BigDecimal("-5")),
                        new ProjectDraft.LineDraft("Venue", new BigDecimal("10.005")),
                        new ProjectDraft.LineDraft("venue", new BigDecimal("2000"))),
                List.of(), List.of(new ProjectDraft.StakeholderDraft("Ann", null, null, "not-mail", 3, 3)));

        assertThat(ProjectIntake.check(bad, null, store)).extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lines[0].planned", "Planned amount must not be negative."),
                        org.assertj.core.groups.Tuple.tuple("lines[1].planned", "At most 2 decimal places for EUR."),
                        org.assertj.core.groups.Tuple.tuple("lines[2].category", "Category venue is listed twice."),
                        org.assertj.core.groups.Tuple.tuple("budgetTotal",
                                "Budget lines add up to 2000, more than the total 1000."),
                        org.assertj.core.groups.Tuple.tuple("stakeholders[0].email", "Not an e-mail address."));
    }

    @Test
    void aRejectedDraftWritesNothing() {
        ProjectDraft bad = with(atlas(), "atlas", null, null, atlas().risks());

        assertThatThrownBy(() -> intake.create(Actor.USER, bad)).isInstanceOf(IntakeRejected.class)
                .satisfies(e -> assertThat(((IntakeRejected) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("code"));
        assertThat(store.projects().list()).isEmpty();
        assertThat(store.audit().latest(10)).isEmpty();
    }

    @Test
    void aFailureHalfWayRollsEverythingBack() {
        // the second risk gets the id of the first: the database refuses it after project, lines and a risk
        UUID project = UUID.randomUUID();
        UUID line1 = UUID.randomUUID();
        UUID line2 = UUID.randomUUID();
        UUID risk = UUID.randomUUID();
        Iterator<UUID> ids = Stream.of(project, line1, line2, risk, risk, UUID.randomUUID()).iterator();
        ProjectIntake failing = new ProjectIntake(store, CLOCK, ids::next);

        assertThatThrownBy(() -> failing.create(Actor.USER, atlas())).isInstanceOf(StoreException.class);

        assertThat(store.projects().list()).isEmpty();
        assertThat(store.budgetLines().listAll()).isEmpty();
        assertThat(store.risks().listAll()).isEmpty();
        assertThat(store.audit().latest(10)).isEmpty();
    }

    @Test
    void editKeepsItsOwnCodeSavesTheFieldsAndRefusesACodeTakenByAnother() {
        Project atlas = intake.create(Actor.USER, atlas());
        intake.create(Actor.USER, with(atlas(), "KUBE", null, null, List.of()));
        ProjectDraft renamed = with(atlas(), "ATLAS", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31),
                List.of());

        Project saved = intake.update(Actor.USER, atlas, renamed);

        assertThat(saved.version()).isEqualTo(atlas.version() + 1);
        assertThat(saved.due()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(store.risks().listByProject(atlas.id())).hasSize(2);
        assertThatThrownBy(() -> intake.update(Actor.USER, saved, with(atlas(), "KUBE", null, null, List.of())))
                .isInstanceOf(IntakeRejected.class).hasMessageContaining("already used by");
    }
}
