package dev.quarterdeck.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Health.Level;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskStatus;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProjectHealthTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    private Project project = project(UUID.randomUUID(), ProjectStatus.ACTIVE, TODAY.plusDays(60), "240000");
    private final List<Task> tasks = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<MilestoneTask> milestoneTasks = new ArrayList<>();
    private final List<Risk> risks = new ArrayList<>();
    private final List<BudgetLine> lines = new ArrayList<>();
    private final List<Transaction> transactions = new ArrayList<>();

    @Test
    void aProjectWithNothingWrongIsGreenAndOnTrack() {
        Task done = task(TaskStatus.DONE, TODAY.minusDays(3));
        task(TaskStatus.TODO, TODAY);
        milestone("M1 Survey", TODAY.plusDays(10), TODAY.plusDays(10), MilestoneStatus.PLANNED);
        link(milestone("M0 Kick-off", TODAY.minusDays(20), TODAY.minusDays(20), MilestoneStatus.DONE), done);
        risk(3, 3, RiskStatus.OPEN);
        BudgetLine removals = line("Removals", "40000");
        line("Fit-out", "120000");
        spend(removals, "44000.00");

        assertThat(assess()).isEqualTo(new Health(Level.GREEN, List.of("on track")));
    }

    @Nested
    class ClosedProjects {

        @Test
        void aCompletedOrCancelledProjectIsGreenWhateverItsRecordsSay() {
            task(TaskStatus.TODO, TODAY.minusDays(30));
            risk(5, 5, RiskStatus.OPEN);
            milestone("M1 Late", TODAY.minusDays(9), TODAY.minusDays(9), MilestoneStatus.PLANNED);

            for (ProjectStatus closed : List.of(ProjectStatus.COMPLETED, ProjectStatus.CANCELLED)) {
                project = project.withStatus(closed, NOW);
                assertThat(assess()).isEqualTo(new Health(Level.GREEN, List.of("closed")));
            }
        }

        @Test
        void aProjectOnHoldIsStillJudged() {
            project = project.withStatus(ProjectStatus.ON_HOLD, NOW);
            risk(5, 4, RiskStatus.OPEN);

            assertThat(assess().level()).isEqualTo(Level.RED);
        }
    }

    @Nested
    class RedRules {

        @Test
        void anOpenMilestonePastItsDueDateIsRedWithDaysLate() {
            milestone("M2 Lease signed", TODAY.minusDays(8), TODAY.minusDays(4), MilestoneStatus.IN_PROGRESS);

            assertThat(assess()).isEqualTo(new Health(Level.RED, List.of("1 milestone overdue (M2 Lease signed, 4 d)")));
        }

        @Test
        void overdueMilestonesAreListedOldestFirstAndNotAlsoCountedAsSlipping() {
            milestone("M3 Fit-out", TODAY.minusDays(5), TODAY.minusDays(1), MilestoneStatus.PLANNED);
            milestone("M2 Lease signed", TODAY.minusDays(6), TODAY.minusDays(6), MilestoneStatus.IN_PROGRESS);

            assertThat(assess().reasons())
                    .containsExactly("2 milestones overdue (M2 Lease signed, 6 d; M3 Fit-out, 1 d)");
        }

        @Test
        void doneAndCancelledMilestonesAreNeverOverdue() {
            milestone("M1 Done late", TODAY.minusDays(20), TODAY.minusDays(10), MilestoneStatus.DONE);
            milestone("M2 Dropped", TODAY.minusDays(5), TODAY.minusDays(5), MilestoneStatus.CANCELLED);

            assertThat(assess().level()).isEqualTo(Level.GREEN);
        }

        @Test
        void aMilestoneDueTodayIsNotOverdue() {
            milestone("M1 Today", TODAY, TODAY, MilestoneStatus.IN_PROGRESS);

            assertThat(assess().level()).isEqualTo(Level.GREEN);
        }

        @Test
        void activeCriticalRisksAreRedAndCounted() {
            risk(4, 5, RiskStatus.OPEN);
            risk(5, 5, RiskStatus.MITIGATING);
            risk(5, 4, RiskStatus.ACCEPTED);

            assertThat(assess()).isEqualTo(new Health(Level.RED, List.of("3 open critical risks")));
        }

        @Test
        void closedOrOccurredCriticalRisksDoNotCount() {
            risk(5, 5, RiskStatus.OCCURRED);
            riskClosed(5, 5);

            assertThat(assess().level()).isEqualTo(Level.GREEN);
        }

        @Test
        void totalSpendMoreThanTenPercentOverPlanIsRed() {
            BudgetLine fees = line("Agency fees", "30000");
            BudgetLine ads = line("Job advertising", "18000");
            spend(fees, "32000.00");
            spend(ads, "22000.00");
            spend(ads, "-600.00");

            // 53,400 against 48,000 is +11.25 %; only a line beyond its own tolerance can carry the total there
            assertThat(assess()).isEqualTo(new Health(Level.RED,
                    List.of("budget +11 % overall", "budget +19 % on Job advertising")));
        }

        @Test
        void spendExactlyTenPercentOverIsStillTolerated() {
            BudgetLine fees = line("Agency fees", "30000");
            spend(fees, "33000.00");

            assertThat(assess().level()).isEqualTo(Level.GREEN);

            spend(fees, "0.01");
            assertThat(assess().reasons()).containsExactly("budget +10 % overall", "budget +10 % on Agency fees");
        }

        @Test
        void aProjectWithoutLinesIsMeasuredAgainstItsBudgetTotal() {
            project = project(project.id(), ProjectStatus.ACTIVE, TODAY.plusDays(60), "10000");
            BudgetLine elsewhere = new BudgetLine(UUID.randomUUID(), UUID.randomUUID(), "Other project",
                    Money.of("1000", "EUR"), NOW, 0);
            transactions.add(new Transaction(UUID.randomUUID(), project.id(), elsewhere.id(), TODAY,
                    Money.of("11500.00", "EUR"), "Vendor", "", NOW, 0));

            assertThat(assess()).isEqualTo(new Health(Level.RED, List.of("budget +15 % overall")));
        }

        @Test
        void spendInACurrencyWithoutAPlanIsRedAndNamesTheCurrency() {
            BudgetLine travel = line("Travel", "5000");
            transactions.add(new Transaction(UUID.randomUUID(), project.id(), travel.id(), TODAY,
                    Money.of("500.00", "USD"), "Airline", "", NOW, 0));

            assertThat(assess()).isEqualTo(new Health(Level.RED, List.of("budget 500.00 USD spent with nothing planned")));
        }

        @Test
        void anOverrunInAForeignCurrencySaysWhichOne() {
            BudgetLine licences = new BudgetLine(UUID.randomUUID(), project.id(), "Licences", Money.of("1000", "USD"),
                    NOW, 0);
            lines.add(licences);
            transactions.add(new Transaction(UUID.randomUUID(), project.id(), licences.id(), TODAY,
                    Money.of("1200.00", "USD"), "SaaS Inc", "", NOW, 0));

            assertThat(assess().reasons()).containsExactly("budget +20 % overall in USD", "budget +20 % on Licences");
        }

        @Test
        void anOpenProjectPastItsDueDateIsRed() {
            project = project(project.id(), ProjectStatus.ACTIVE, TODAY.minusDays(5), "240000");

            assertThat(assess()).isEqualTo(new Health(Level.RED, List.of("project 5 d past its due date")));
        }
    }

    @Nested
    class AmberRules {

        @Test
        void aMilestoneDueAfterItsBaselineIsSlipping() {
            milestone("M2 Lease signed", TODAY.plusDays(3), TODAY.plusDays(7), MilestoneStatus.IN_PROGRESS);

            assertThat(assess())
                    .isEqualTo(new Health(Level.AMBER, List.of("1 milestone slipping (M2 Lease signed, 4 d)")));
        }

        @Test
        void severalSlippingMilestonesAreListedByDueDate() {
            milestone("M4 Move weekend", TODAY.plusDays(50), TODAY.plusDays(60), MilestoneStatus.PLANNED);
            milestone("M2 Lease signed", TODAY.plusDays(3), TODAY.plusDays(7), MilestoneStatus.IN_PROGRESS);
            milestone("M3 On time", TODAY.plusDays(30), TODAY.plusDays(30), MilestoneStatus.PLANNED);
            milestone("M1 Brought forward", TODAY.plusDays(5), TODAY.plusDays(2), MilestoneStatus.PLANNED);

            assertThat(assess().reasons())
                    .containsExactly("2 milestones slipping (M2 Lease signed, 4 d; M4 Move weekend, 10 d)");
        }

        @Test
        void aMilestoneWithALinkedOpenTaskDueAfterItIsAtRisk() {
            Milestone fitOut = milestone("M3 Fit-out complete", TODAY.plusDays(45), TODAY.plusDays(45),
                    MilestoneStatus.PLANNED);
            link(fitOut, task(TaskStatus.TODO, TODAY.plusDays(50)));
            link(fitOut, task(TaskStatus.WAITING, TODAY.plusDays(46)));
            link(fitOut, task(TaskStatus.DONE, TODAY.plusDays(60)));
            link(fitOut, task(TaskStatus.TODO, TODAY.plusDays(45)));
            link(fitOut, task(TaskStatus.TODO, null));

            assertThat(assess()).isEqualTo(new Health(Level.AMBER,
                    List.of("1 milestone at risk (M3 Fit-out complete: 2 linked tasks due after it)")));
        }

        @Test
        void aLinkedTaskOfAnotherProjectStillPutsTheMilestoneAtRisk() {
            Milestone launch = milestone("M3 Launch day", TODAY.plusDays(30), TODAY.plusDays(30),
                    MilestoneStatus.PLANNED);
            Task inboxTask = Task.create(UUID.randomUUID(), null, "Sign venue contract", Horizon.LATER,
                    TODAY.plusDays(31), NOW);
            tasks.add(inboxTask);
            link(launch, inboxTask);

            assertThat(assess().reasons())
                    .containsExactly("1 milestone at risk (M3 Launch day: 1 linked task due after it)");
        }

        @Test
        void activeHighRisksAreAmber() {
            risk(3, 4, RiskStatus.OPEN);
            risk(4, 4, RiskStatus.MITIGATING);
            risk(2, 5, RiskStatus.OCCURRED);
            risk(3, 3, RiskStatus.OPEN);

            assertThat(assess()).isEqualTo(new Health(Level.AMBER, List.of("2 open high risks")));
        }

        @Test
        void aLineMoreThanTenPercentOverIsAmberWhileTheTotalIsFine() {
            BudgetLine removals = line("Removals", "40000");
            line("Fit-out", "120000");
            spend(removals, "20000.00");
            spend(removals, "26000.00");
            spend(removals, "-1200.00");

            assertThat(assess()).isEqualTo(new Health(Level.AMBER, List.of("budget +12 % on Removals")));
        }

        @Test
        void aRefundCanBringALineBackWithinTolerance() {
            BudgetLine removals = line("Removals", "40000");
            line("Fit-out", "120000");
            spend(removals, "46000.00");
            spend(removals, "-2000.00");

            assertThat(assess().level()).isEqualTo(Level.GREEN);
        }

        @Test
        void spendingOnALineWithNothingPlannedIsReported() {
            line("Fit-out", "120000");
            BudgetLine catering = line("Catering", "0");
            spend(catering, "350.00");

            assertThat(assess().reasons()).containsExactly("budget 350.00 EUR spent on Catering with nothing planned");
        }

        @Test
        void spendFarAheadOfProgressIsForecastToOverrun() {
            BudgetLine media = line("Paid media", "100000");
            spend(media, "60000.00");
            task(TaskStatus.DONE, null);
            task(TaskStatus.TODO, TODAY.plusDays(5));
            task(TaskStatus.DOING, TODAY.plusDays(5));
            task(TaskStatus.WAITING, TODAY.plusDays(5));
            task(TaskStatus.CANCELLED, null);

            // 60 % spent for 1 of 4 countable tasks: estimate at completion 240,000
            assertThat(assess()).isEqualTo(new Health(Level.AMBER,
                    List.of("budget forecast +140 % (60 % spent, 25 % of tasks done)")));
        }

        @Test
        void spendInStepWithProgressIsNotAForecastOverrun() {
            BudgetLine media = line("Paid media", "100000");
            spend(media, "60000.00");
            task(TaskStatus.DONE, null);
            task(TaskStatus.DONE, null);
            task(TaskStatus.DONE, null);
            task(TaskStatus.TODO, TODAY.plusDays(5));
            task(TaskStatus.TODO, TODAY.plusDays(5));

            assertThat(assess().level()).isEqualTo(Level.GREEN);
        }

        @Test
        void noForecastBeforeAQuarterOfThePlanIsSpent() {
            BudgetLine venue = line("Venue", "100000");
            spend(venue, "24999.99");
            task(TaskStatus.TODO, TODAY.plusDays(5));

            assertThat(assess().level()).isEqualTo(Level.GREEN);

            spend(venue, "0.01");
            assertThat(assess().reasons()).containsExactly("budget forecast to overrun (25 % spent, no tasks done)");
        }

        @Test
        void overdueOpenTasksAreAmberAndCounted() {
            task(TaskStatus.TODO, TODAY.minusDays(1));
            task(TaskStatus.DOING, TODAY.minusDays(10));
            task(TaskStatus.WAITING, TODAY.minusDays(3));
            task(TaskStatus.DONE, TODAY.minusDays(3));
            task(TaskStatus.CANCELLED, TODAY.minusDays(3));
            task(TaskStatus.TODO, TODAY);

            assertThat(assess()).isEqualTo(new Health(Level.AMBER, List.of("3 overdue tasks")));
        }

        @Test
        void oneOverdueTaskIsSingular() {
            task(TaskStatus.TODO, TODAY.minusDays(1));

            assertThat(assess().reasons()).containsExactly("1 overdue task");
        }
    }

    @Test
    void redReasonsComeFirstAndEveryFindingIsListed() {
        task(TaskStatus.TODO, TODAY.minusDays(2));
        risk(3, 4, RiskStatus.OPEN);
        risk(4, 5, RiskStatus.OPEN);
        milestone("M2 Lease signed", TODAY.plusDays(3), TODAY.plusDays(7), MilestoneStatus.IN_PROGRESS);
        milestone("M1 Survey", TODAY.minusDays(3), TODAY.minusDays(3), MilestoneStatus.PLANNED);

        assertThat(assess()).isEqualTo(new Health(Level.RED, List.of(
                "1 milestone overdue (M1 Survey, 3 d)",
                "1 open critical risk",
                "1 milestone slipping (M2 Lease signed, 4 d)",
                "1 open high risk",
                "1 overdue task")));
    }

    @Test
    void recordsOfOtherProjectsAreIgnored() {
        UUID other = UUID.randomUUID();
        tasks.add(new Task(UUID.randomUUID(), other, "Someone else's", "", TaskStatus.TODO, Horizon.TODAY, false,
                TODAY.minusDays(4), null, null, 50, SourceKind.MANUAL, null, null, NOW, NOW,
                null, 0));
        milestones.add(new Milestone(UUID.randomUUID(), other, "M1 Theirs", "", TODAY.minusDays(9),
                TODAY.minusDays(9), MilestoneStatus.PLANNED, null, NOW, 0));
        risks.add(new Risk(UUID.randomUUID(), other, "R-001", "Theirs", "", null, 5, 5, null, "", "", RiskStatus.OPEN,
                TODAY.minusDays(9), null, null, NOW, 0));
        BudgetLine theirs = new BudgetLine(UUID.randomUUID(), other, "Theirs", Money.of("100", "EUR"), NOW, 0);
        lines.add(theirs);
        transactions.add(new Transaction(UUID.randomUUID(), other, theirs.id(), TODAY, Money.of("900.00", "EUR"),
                null, "", NOW, 0));

        assertThat(assess()).isEqualTo(new Health(Level.GREEN, List.of("on track")));
    }

    // ---- fixture

    private Health assess() {
        return ProjectHealth.assess(project, tasks, milestones, milestoneTasks, risks, lines, transactions, TODAY);
    }

    private static Project project(UUID id, ProjectStatus status, LocalDate due, String budgetTotal) {
        return new Project(id, "ATLAS", "Atlas office move", "", status, Priority.HIGH, "Lea Novak", null,
                TODAY.minusDays(100), due, List.of(), List.of(), "", "", EUR, new BigDecimal(budgetTotal), NOW, NOW, 0);
    }

    private Task task(TaskStatus status, LocalDate due) {
        Task task = new Task(UUID.randomUUID(), project.id(), "Task " + (tasks.size() + 1), "", status, Horizon.WEEK,
                false, due, null, null, 50, SourceKind.MANUAL, null, null, NOW, NOW,
                status.isOpen() ? null : NOW, 0);
        tasks.add(task);
        return task;
    }

    private Milestone milestone(String name, LocalDate baselineDue, LocalDate due, MilestoneStatus status) {
        Milestone milestone = new Milestone(UUID.randomUUID(), project.id(), name, "", baselineDue, due, status,
                status == MilestoneStatus.DONE ? due : null, NOW, 0);
        milestones.add(milestone);
        return milestone;
    }

    private void link(Milestone milestone, Task task) {
        milestoneTasks.add(new MilestoneTask(milestone.id(), task.id()));
    }

    private void risk(int likelihood, int impact, RiskStatus status) {
        risks.add(new Risk(UUID.randomUUID(), project.id(), Risk.keyFor(risks.size() + 1), "Risk", "", null,
                likelihood, impact, null, "", "", status, TODAY.minusDays(30), TODAY.plusDays(7), null, NOW, 0));
    }

    private void riskClosed(int likelihood, int impact) {
        risks.add(new Risk(UUID.randomUUID(), project.id(), Risk.keyFor(risks.size() + 1), "Risk", "", null,
                likelihood, impact, null, "", "", RiskStatus.CLOSED, TODAY.minusDays(30), null, TODAY.minusDays(1),
                NOW, 0));
    }

    private BudgetLine line(String category, String planned) {
        BudgetLine line = new BudgetLine(UUID.randomUUID(), project.id(), category, new Money(new BigDecimal(planned),
                EUR), NOW, 0);
        lines.add(line);
        return line;
    }

    private void spend(BudgetLine line, String amount) {
        transactions.add(new Transaction(UUID.randomUUID(), project.id(), line.id(), TODAY,
                new Money(new BigDecimal(amount), EUR), "Vendor", "", NOW, 0));
    }
}
