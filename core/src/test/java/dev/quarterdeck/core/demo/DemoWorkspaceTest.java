package dev.quarterdeck.core.demo;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.project.Health;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectHealth;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskBand;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DemoWorkspaceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 22);
    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final Instant NOW = TODAY.atTime(7, 45).atZone(VIENNA).toInstant();
    private static final WorkspaceSnapshot DEMO = DemoWorkspace.create(TODAY, VIENNA, NOW);

    @Nested
    class Projects {

        @Test
        void fiveProjectsOfDifferentKindsStatusesAndPriorities() {
            assertThat(DEMO.projects()).extracting(Project::code)
                    .containsExactly("ATLAS", "KUBE", "NOVA", "HIRE", "GRANT");
            assertThat(DEMO.projects()).extracting(p -> p.status().name())
                    .containsExactlyInAnyOrder("ACTIVE", "ACTIVE", "ACTIVE", "ON_HOLD", "PROPOSED");
            assertThat(DEMO.projects().stream().map(Project::priority).collect(toSet())).hasSize(4);
            assertThat(DEMO.projects().stream().map(p -> p.currency().getCurrencyCode()).collect(toSet()))
                    .containsExactlyInAnyOrder("EUR", "USD", "GBP");
        }

        @Test
        void everyProjectIsFullyDescribedAndItsLinesAddUpToItsBudget() {
            for (Project project : DEMO.projects()) {
                assertThat(project.owner()).as(project.code()).isNotBlank();
                assertThat(project.sponsor()).as(project.code()).isNotBlank();
                assertThat(project.description()).as(project.code()).isNotBlank();
                assertThat(project.start()).as(project.code()).isBefore(TODAY);
                assertThat(project.due()).as(project.code()).isAfter(TODAY);
                assertThat(project.objectives()).as(project.code()).isNotEmpty();
                assertThat(project.successCriteria()).as(project.code()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(project.scopeIn()).as(project.code()).isNotBlank();
                assertThat(project.scopeOut()).as(project.code()).isNotBlank();
                assertThat(plannedTotal(project)).as(project.code()).isEqualByComparingTo(project.budgetTotal());
                assertThat(DEMO.milestones()).as(project.code()).anyMatch(m -> m.projectId().equals(project.id()));
                assertThat(DEMO.risks()).as(project.code()).anyMatch(r -> r.projectId().equals(project.id()));
                assertThat(DEMO.stakeholders()).as(project.code()).anyMatch(s -> s.projectId().equals(project.id()));
            }
        }

        @Test
        void eachProjectHasTheHealthItWasWrittenFor() {
            assertThat(health("ATLAS")).isEqualTo(new Health(Health.Level.AMBER, List.of(
                    "1 milestone slipping (M2 Lease signed, 4 d)",
                    "1 open high risk",
                    "budget +12 % on Removals",
                    "1 overdue task")));
            assertThat(health("KUBE").level()).isEqualTo(Health.Level.RED);
            assertThat(health("KUBE").reasons())
                    .contains("1 milestone overdue (M2 Staging on 1.31, 3 d)", "1 open critical risk");
            assertThat(health("NOVA")).isEqualTo(new Health(Health.Level.AMBER,
                    List.of("budget forecast +115 % (72 % spent, 33 % of tasks done)")));
            assertThat(health("HIRE").level()).isEqualTo(Health.Level.RED);
            assertThat(health("HIRE").reasons()).contains("budget +17 % overall", "budget +38 % on Agency fees");
            assertThat(health("GRANT")).isEqualTo(new Health(Health.Level.GREEN, List.of("on track")));
        }
    }

    @Nested
    class Budget {

        @Test
        void exactlyOneProjectIsOverBudgetInTotalAndOnALine() {
            List<String> overInTotal = DEMO.projects().stream()
                    .filter(p -> spent(p.id()).compareTo(plannedTotal(p).multiply(new BigDecimal("1.10"))) > 0)
                    .map(Project::code).toList();
            assertThat(overInTotal).containsExactly("HIRE");

            Map<String, List<String>> linesOver = new HashMap<>();
            for (BudgetLine line : DEMO.budgetLines()) {
                BigDecimal lineSpent = DEMO.transactions().stream().filter(t -> t.budgetLineId().equals(line.id()))
                        .map(t -> t.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (lineSpent.compareTo(line.planned().amount().multiply(new BigDecimal("1.10"))) > 0) {
                    linesOver.computeIfAbsent(code(line.projectId()), c -> new ArrayList<>()).add(line.category());
                }
            }
            assertThat(linesOver).containsOnly(Map.entry("HIRE", List.of("Agency fees")),
                    Map.entry("ATLAS", List.of("Removals")));
        }

        @Test
        void exactlyOneProjectSpendsFarAheadOfItsProgress() {
            List<String> forecastToOverrun = DEMO.projects().stream()
                    .filter(p -> ProjectHealth.assess(p, DEMO, TODAY).reasons().stream()
                            .anyMatch(r -> r.startsWith("budget forecast")))
                    .map(Project::code).toList();
            assertThat(forecastToOverrun).containsExactly("NOVA");

            Project nova = project("NOVA");
            double spentShare = spent(nova.id()).doubleValue() / plannedTotal(nova).doubleValue();
            List<Task> novaTasks = tasksOf(nova.id());
            double doneShare = (double) novaTasks.stream().filter(t -> t.status() == TaskStatus.DONE).count()
                    / novaTasks.stream().filter(t -> t.status() != TaskStatus.CANCELLED).count();
            assertThat(spentShare).isBetween(0.65, 1.0);
            assertThat(spentShare).isGreaterThan(2 * doneShare);
        }

        @Test
        void theLedgerHasRefundsAndEveryEntryIsInItsProjectsCurrency() {
            assertThat(DEMO.transactions().stream().filter(t -> t.amount().isNegative()).count())
                    .isGreaterThanOrEqualTo(3);
            Map<UUID, BudgetLine> lines = byId(DEMO.budgetLines(), BudgetLine::id);
            for (Transaction transaction : DEMO.transactions()) {
                Project project = projectById(transaction.projectId());
                assertThat(transaction.amount().currency()).isEqualTo(project.currency());
                assertThat(lines.get(transaction.budgetLineId()).projectId()).isEqualTo(project.id());
                assertThat(transaction.vendor()).isNotBlank();
                assertThat(transaction.date()).isBefore(TODAY);
            }
        }
    }

    @Nested
    class Tasks {

        @Test
        void sixtyTasksOrMoreCoverEveryHorizonAndStatus() {
            assertThat(DEMO.tasks()).hasSizeGreaterThanOrEqualTo(60);
            assertThat(DEMO.tasks().stream().map(Task::horizon).collect(toSet()))
                    .containsExactlyInAnyOrder(Horizon.values());
            assertThat(DEMO.tasks().stream().map(Task::status).collect(toSet()))
                    .containsExactlyInAnyOrder(TaskStatus.values());
            for (Horizon horizon : Horizon.values()) {
                assertThat(DEMO.tasks().stream().filter(t -> t.isOpen() && t.horizon() == horizon).count())
                        .as(horizon.name()).isGreaterThanOrEqualTo(5);
            }
        }

        @Test
        void theNamedTasksExist() {
            assertThat(DEMO.tasks()).extracting(Task::title).contains("Email CTO re: Q3 budget",
                    "Update Kubernetes to 1.31", "Purge stale S3 buckets", "Prepare for Atlas steering meeting");
        }

        @Test
        void someAreOverdueSomeDoneThisWeekSomeInTheInboxSomePinned() {
            Instant weekAgo = TODAY.minusDays(7).atStartOfDay(VIENNA).toInstant();
            assertThat(DEMO.tasks().stream().filter(t -> t.isOverdue(TODAY)).count()).isBetween(3L, 10L);
            assertThat(DEMO.tasks().stream().filter(t -> t.status() == TaskStatus.DONE
                    && t.completedAt().isAfter(weekAgo)).count()).isGreaterThanOrEqualTo(5);
            assertThat(DEMO.tasks().stream().filter(t -> t.status() == TaskStatus.DONE
                    && t.completedAt().isBefore(weekAgo)).count()).isGreaterThanOrEqualTo(5);
            assertThat(DEMO.tasks().stream().filter(t -> t.projectId() == null).count()).isGreaterThanOrEqualTo(5);
            assertThat(DEMO.tasks().stream().filter(Task::horizonPinned).count()).isGreaterThanOrEqualTo(3);
        }

        @Test
        void everyTaskHasAnOwnerAPlausibleScoreAndOpenOnesAnEstimate() {
            for (Task task : DEMO.tasks()) {
                assertThat(task.owner()).as(task.title()).isNotBlank();
                assertThat(task.score()).as(task.title()).isGreaterThan(0).isLessThanOrEqualTo(100);
                if (task.isOpen()) {
                    assertThat(task.estimate()).as(task.title()).isNotNull();
                }
            }
        }

        @Test
        void scoresOrderTheLanesSensibly() {
            Map<Horizon, Double> meanOpenScore = new HashMap<>();
            for (Horizon horizon : Horizon.values()) {
                meanOpenScore.put(horizon, DEMO.tasks().stream().filter(t -> t.isOpen() && t.horizon() == horizon)
                        .mapToDouble(Task::score).average().orElseThrow());
            }
            assertThat(meanOpenScore.get(Horizon.TODAY)).isGreaterThan(meanOpenScore.get(Horizon.WEEK));
            assertThat(meanOpenScore.get(Horizon.WEEK)).isGreaterThan(meanOpenScore.get(Horizon.MONTH));
            assertThat(meanOpenScore.get(Horizon.MONTH)).isGreaterThan(meanOpenScore.get(Horizon.LATER));
            Task top = DEMO.tasks().stream().filter(Task::isOpen)
                    .max((a, b) -> Double.compare(a.score(), b.score())).orElseThrow();
            assertThat(top.title()).isEqualTo("Email CTO re: Q3 budget");
        }

        @Test
        void nothingInTheDemoHappensAfterNow() {
            for (Task task : DEMO.tasks()) {
                assertThat(task.createdAt()).as(task.title()).isBefore(NOW);
                assertThat(task.updatedAt()).as(task.title()).isBefore(NOW).isAfterOrEqualTo(task.createdAt());
                if (task.completedAt() != null) {
                    assertThat(task.completedAt()).as(task.title()).isBefore(NOW);
                }
            }
            assertThat(DEMO.links()).allSatisfy(l -> assertThat(l.createdAt()).isBefore(NOW));
            assertThat(DEMO.sourceItems()).allSatisfy(i -> assertThat(i.createdAt()).isBefore(NOW));
        }
    }

    @Nested
    class Links {

        @Test
        void everyLinkKindIsPresentAndNoLinkIsRepeated() {
            assertThat(DEMO.links().stream().map(TaskLink::kind).collect(toSet()))
                    .containsExactlyInAnyOrder(LinkKind.values());
            assertThat(DEMO.links().stream().map(l -> List.of(l.fromTaskId(), l.toTaskId(), l.kind())).distinct())
                    .hasSize(DEMO.links().size());
        }

        @Test
        void theOneDuplicatePairIsAJiraIssueAndTheEmailAboutIt() {
            List<TaskLink> duplicates = DEMO.links().stream().filter(l -> l.kind() == LinkKind.DUPLICATES).toList();
            assertThat(duplicates).hasSize(1);
            Task email = task(duplicates.get(0).fromTaskId());
            Task issue = task(duplicates.get(0).toTaskId());
            assertThat(email.sourceKind()).isEqualTo(SourceKind.GMAIL);
            assertThat(issue.sourceKind()).isEqualTo(SourceKind.JIRA);
            assertThat(item(SourceKind.GMAIL, email.sourceRef()).references()).contains(issue.sourceRef());
        }

        @Test
        void blocksLinksFormNoCycle() {
            assertThat(topologicalOrder(blocksGraph())).hasSize(nodesOf(blocksGraph()).size());
        }

        @Test
        void theLongestBlocksChainHasAtLeastFourTasks() {
            assertThat(longestChain(blocksGraph())).isGreaterThanOrEqualTo(4);
        }

        @Test
        void noClosedTaskWaitsOnAnOpenBlocker() {
            for (TaskLink link : DEMO.links()) {
                if (link.kind() == LinkKind.BLOCKS && task(link.fromTaskId()).isOpen()) {
                    assertThat(task(link.toTaskId()).isOpen()).as(task(link.toTaskId()).title()).isTrue();
                }
            }
        }
    }

    @Nested
    class SourceItems {

        @Test
        void theSteeringMeetingIsTodayAtTenLocalAndHasItsPreparationTask() {
            SourceItem meeting = DEMO.sourceItems().stream().filter(i -> i.title().equals("Atlas steering meeting"))
                    .findFirst().orElseThrow();
            assertThat(meeting.kind()).isEqualTo(SourceKind.CALENDAR);
            assertThat(meeting.start().atZone(VIENNA).toLocalDateTime()).isEqualTo(TODAY.atTime(10, 0));
            assertThat(meeting.end().atZone(VIENNA).toLocalDateTime()).isEqualTo(TODAY.atTime(11, 0));

            Task preparation = task(meeting.taskId());
            assertThat(preparation.title()).isEqualTo("Prepare for Atlas steering meeting");
            assertThat(preparation.due()).isEqualTo(TODAY);
            assertThat(preparation.horizon()).isEqualTo(Horizon.TODAY);
            assertThat(preparation.sourceKind()).isEqualTo(SourceKind.CALENDAR);
            assertThat(preparation.sourceRef()).isEqualTo(meeting.ref());
            assertThat(preparation.sourceUrl()).isEqualTo(meeting.url());
        }

        @Test
        void itemsLookLikeWhatEachConnectorDelivers() {
            Map<SourceKind, List<SourceItem>> byKind = DEMO.sourceItems().stream().collect(groupingBy(SourceItem::kind));
            assertThat(byKind.keySet()).containsExactlyInAnyOrder(SourceKind.GMAIL, SourceKind.CALENDAR,
                    SourceKind.DRIVE, SourceKind.GITHUB, SourceKind.JIRA);
            assertThat(byKind.get(SourceKind.GMAIL)).allSatisfy(i -> {
                assertThat(i.ref()).matches("[0-9a-f]{16}");
                assertThat(i.senderAddress()).contains("@");
                assertThat(i.senderName()).isNotBlank();
                assertThat(i.threadId()).isNotBlank();
                assertThat(i.url().toString()).startsWith("https://mail.google.com/");
            });
            assertThat(byKind.get(SourceKind.CALENDAR)).allSatisfy(i -> {
                assertThat(i.ref()).matches("[a-v0-9]+(_\\d{8}T\\d{6}Z)?");
                assertThat(i.start()).isNotNull();
                assertThat(i.end()).isAfter(i.start());
            });
            assertThat(byKind.get(SourceKind.DRIVE)).allSatisfy(i ->
                    assertThat(i.url().toString()).startsWith("https://docs.google.com/").contains(i.ref()));
            assertThat(byKind.get(SourceKind.GITHUB)).allSatisfy(i -> {
                assertThat(i.ref()).matches("[a-z-]+/[a-z-]+#\\d+");
                String[] repoAndNumber = i.ref().split("#");
                assertThat(i.url().toString()).matches("https://github\\.com/" + repoAndNumber[0]
                        + "/(issues|pull)/" + repoAndNumber[1]);
            });
            assertThat(byKind.get(SourceKind.JIRA)).allSatisfy(i ->
                    assertThat(i.ref()).matches("[A-Z]+-\\d+"));
            assertThat(DEMO.sourceItems()).extracting(SourceItem::ref)
                    .contains("KUBE-142", "acme/platform#381");
        }

        @Test
        void aReplySharesItsThreadAndEveryReferenceResolves() {
            Set<String> refs = DEMO.sourceItems().stream().map(SourceItem::ref).collect(toSet());
            for (SourceItem item : DEMO.sourceItems()) {
                assertThat(refs).as(item.title()).containsAll(item.references());
            }
            SourceItem reply = DEMO.sourceItems().stream().filter(i -> i.title().startsWith("Re: ")).findFirst()
                    .orElseThrow();
            SourceItem original = item(SourceKind.GMAIL, reply.references().get(0));
            assertThat(reply.threadId()).isEqualTo(original.threadId());
            assertThat(reply.createdAt()).isAfter(original.createdAt());
        }

        @Test
        void itemsAndTheTasksMadeFromThemPointAtEachOther() {
            Map<UUID, Task> tasks = byId(DEMO.tasks(), Task::id);
            for (SourceItem item : DEMO.sourceItems()) {
                if (item.taskId() != null) {
                    Task task = tasks.get(item.taskId());
                    assertThat(task.sourceKind()).as(item.title()).isEqualTo(item.kind());
                    assertThat(task.sourceRef()).as(item.title()).isEqualTo(item.ref());
                    assertThat(task.sourceUrl()).as(item.title()).isEqualTo(item.url());
                }
            }
            for (Task task : DEMO.tasks()) {
                if (task.sourceKind() != SourceKind.MANUAL) {
                    assertThat(item(task.sourceKind(), task.sourceRef()).taskId()).as(task.title())
                            .isEqualTo(task.id());
                }
            }
            assertThat(DEMO.sourceItems()).anyMatch(i -> i.taskId() == null);
        }

        @Test
        void itemsAreUniqueByKindAndRef() {
            assertThat(DEMO.sourceItems().stream().map(i -> i.kind() + " " + i.ref()).distinct())
                    .hasSize(DEMO.sourceItems().size());
        }
    }

    @Nested
    class RisksMilestonesPeople {

        @Test
        void risksCoverEveryBandWithKeysInSequencePerProject() {
            assertThat(DEMO.risks().stream().map(Risk::band).collect(toSet()))
                    .containsExactlyInAnyOrder(RiskBand.values());
            assertThat(DEMO.risks()).anyMatch(r -> r.band() == RiskBand.CRITICAL && r.status().isActive());
            assertThat(DEMO.risks()).anyMatch(r -> r.band() == RiskBand.CRITICAL && !r.status().isActive());
            assertThat(DEMO.risks().stream().filter(r -> r.isReviewOverdue(TODAY)).count())
                    .isGreaterThanOrEqualTo(2);
            DEMO.risks().stream().collect(groupingBy(Risk::projectId)).values().forEach(register ->
                    assertThat(register).extracting(Risk::key).containsExactlyElementsOf(
                            Stream.iterate(1, i -> i + 1).limit(register.size()).map(Risk::keyFor).toList()));
        }

        @Test
        void milestonesIncludeSlippingOverdueAndDoneOnes() {
            assertThat(DEMO.milestones()).anyMatch(m -> m.status() != MilestoneStatus.DONE
                    && m.due().isAfter(m.baselineDue()) && !m.isPastDue(TODAY));
            assertThat(DEMO.milestones()).anyMatch(m -> m.isPastDue(TODAY));
            assertThat(DEMO.milestones()).anyMatch(m -> m.status() == MilestoneStatus.DONE);
            for (Milestone milestone : DEMO.milestones()) {
                assertThat(milestone.due()).as(milestone.name())
                        .isBeforeOrEqualTo(projectById(milestone.projectId()).due());
            }
        }

        @Test
        void stakeholdersSpreadOverTheGridAndSomeAreDueForAnUpdate() {
            Set<String> quadrants = DEMO.stakeholders().stream()
                    .map(s -> (s.influence() >= 3 ? "high" : "low") + "/" + (s.interest() >= 3 ? "high" : "low"))
                    .collect(toSet());
            assertThat(quadrants).containsExactlyInAnyOrder("high/high", "high/low", "low/high", "low/low");
            long due = DEMO.stakeholders().stream().filter(s -> s.isDueForUpdate(TODAY)).count();
            assertThat(due).isGreaterThanOrEqualTo(3).isLessThan(DEMO.stakeholders().size() / 2);
            assertThat(DEMO.stakeholders()).anyMatch(s -> s.cadence() == null);
        }
    }

    @Nested
    class Integrity {

        @Test
        void everyReferencePointsAtAnExistingRecord() {
            Set<UUID> projects = ids(DEMO.projects(), Project::id);
            Set<UUID> tasks = ids(DEMO.tasks(), Task::id);
            Set<UUID> milestones = ids(DEMO.milestones(), Milestone::id);
            Set<UUID> lines = ids(DEMO.budgetLines(), BudgetLine::id);
            Set<String> codes = DEMO.projects().stream().map(Project::code).collect(toSet());

            assertThat(DEMO.tasks()).allSatisfy(t -> assertThat(t.projectId() == null || projects.contains(
                    t.projectId())).isTrue());
            assertThat(DEMO.links()).allSatisfy(l -> assertThat(tasks).contains(l.fromTaskId(), l.toTaskId()));
            assertThat(DEMO.risks()).allSatisfy(r -> assertThat(projects).contains(r.projectId()));
            assertThat(DEMO.milestones()).allSatisfy(m -> assertThat(projects).contains(m.projectId()));
            assertThat(DEMO.milestoneTasks()).allSatisfy(mt -> {
                assertThat(milestones).contains(mt.milestoneId());
                assertThat(tasks).contains(mt.taskId());
            });
            assertThat(DEMO.stakeholders()).allSatisfy(s -> assertThat(projects).contains(s.projectId()));
            assertThat(DEMO.budgetLines()).allSatisfy(l -> assertThat(projects).contains(l.projectId()));
            assertThat(DEMO.transactions()).allSatisfy(t -> {
                assertThat(projects).contains(t.projectId());
                assertThat(lines).contains(t.budgetLineId());
            });
            assertThat(DEMO.sourceItems()).allSatisfy(i -> {
                assertThat(i.taskId() == null || tasks.contains(i.taskId())).isTrue();
                assertThat(i.projectCode() == null || codes.contains(i.projectCode())).isTrue();
            });
        }

        @Test
        void everyIdIsUniqueAcrossTheWholeWorkspace() {
            List<UUID> all = Stream.of(
                    DEMO.projects().stream().map(Project::id),
                    DEMO.tasks().stream().map(Task::id),
                    DEMO.links().stream().map(TaskLink::id),
                    DEMO.risks().stream().map(Risk::id),
                    DEMO.milestones().stream().map(Milestone::id),
                    DEMO.stakeholders().stream().map(Stakeholder::id),
                    DEMO.budgetLines().stream().map(BudgetLine::id),
                    DEMO.transactions().stream().map(Transaction::id),
                    DEMO.sourceItems().stream().map(SourceItem::id)).flatMap(s -> s).toList();
            assertThat(new HashSet<>(all)).hasSize(all.size());
            assertThat(DEMO.milestoneTasks().stream().distinct()).hasSize(DEMO.milestoneTasks().size());
        }

        @Test
        void theSameInputsGiveAnEqualWorkspace() {
            assertThat(DemoWorkspace.create(TODAY, VIENNA, NOW)).isEqualTo(DEMO);
        }

        @Test
        void idsDoNotDependOnTheDaySoReloadingMerges() {
            WorkspaceSnapshot later = DemoWorkspace.create(TODAY.plusDays(3), VIENNA, NOW.plusSeconds(3 * 86_400));
            assertThat(ids(later.tasks(), Task::id)).isEqualTo(ids(DEMO.tasks(), Task::id));
            // except occurrences of recurring events, which Google names after their start
            assertThat(ids(occurrencesLeftOut(later), SourceItem::id))
                    .isEqualTo(ids(occurrencesLeftOut(DEMO), SourceItem::id)).hasSizeGreaterThan(15);
            assertThat(ids(later.transactions(), Transaction::id)).isEqualTo(ids(DEMO.transactions(), Transaction::id));
        }
    }

    @Nested
    class MovingWithToday {

        // across the end of daylight saving time in New York (2 November 2025)
        private final LocalDate first = LocalDate.of(2025, 10, 20);
        private final LocalDate second = LocalDate.of(2025, 11, 26);
        private final ZoneId newYork = ZoneId.of("America/New_York");
        private final WorkspaceSnapshot before = DemoWorkspace.create(first, newYork, Instant.parse("2025-10-20T12:00:00Z"));
        private final WorkspaceSnapshot after = DemoWorkspace.create(second, newYork, Instant.parse("2025-11-26T12:00:00Z"));
        private final long shift = second.toEpochDay() - first.toEpochDay();

        @Test
        void everyDateKeepsItsOffsetFromToday() {
            Map<UUID, Task> earlier = byId(before.tasks(), Task::id);
            for (Task task : after.tasks()) {
                Task old = earlier.get(task.id());
                assertThat(task.due()).as(task.title()).isEqualTo(old.due() == null ? null : old.due().plusDays(shift));
                assertThat(localTime(task.createdAt())).isEqualTo(localTime(old.createdAt()).plusDays(shift));
                if (task.completedAt() != null) {
                    assertThat(localTime(task.completedAt())).isEqualTo(localTime(old.completedAt()).plusDays(shift));
                }
            }
            Map<UUID, Milestone> oldMilestones = byId(before.milestones(), Milestone::id);
            for (Milestone milestone : after.milestones()) {
                Milestone old = oldMilestones.get(milestone.id());
                assertThat(milestone.due()).isEqualTo(old.due().plusDays(shift));
                assertThat(milestone.baselineDue()).isEqualTo(old.baselineDue().plusDays(shift));
            }
            Map<UUID, Risk> oldRisks = byId(before.risks(), Risk::id);
            for (Risk risk : after.risks()) {
                assertThat(risk.identified()).isEqualTo(oldRisks.get(risk.id()).identified().plusDays(shift));
            }
            Map<UUID, Transaction> oldTransactions = byId(before.transactions(), Transaction::id);
            for (Transaction transaction : after.transactions()) {
                assertThat(transaction.date()).isEqualTo(oldTransactions.get(transaction.id()).date().plusDays(shift));
            }
        }

        @Test
        void eventsKeepTheirLocalTimeOfDayAcrossAClockChange() {
            Map<UUID, SourceItem> earlier = byId(before.sourceItems(), SourceItem::id);
            int compared = 0;
            for (SourceItem item : after.sourceItems()) {
                SourceItem old = earlier.get(item.id());
                if (old == null) {
                    // a recurring event's occurrence is named after its start, so it is a different item each day
                    assertThat(item.ref()).contains("_");
                    continue;
                }
                if (item.start() != null) {
                    assertThat(localTime(item.start())).isEqualTo(localTime(old.start()).plusDays(shift));
                    compared++;
                }
            }
            assertThat(compared).isGreaterThanOrEqualTo(3);
            SourceItem meeting = after.sourceItems().stream().filter(i -> i.title().equals("Atlas steering meeting"))
                    .findFirst().orElseThrow();
            assertThat(meeting.start().atZone(newYork).toLocalDateTime()).isEqualTo(second.atTime(10, 0));
        }

        @Test
        void theHealthOfEachProjectIsTheSameOnAnyDay() {
            for (Project project : after.projects()) {
                Project old = before.projects().stream().filter(p -> p.id().equals(project.id())).findFirst()
                        .orElseThrow();
                assertThat(ProjectHealth.assess(project, after, second))
                        .isEqualTo(ProjectHealth.assess(old, before, first));
            }
        }

        private LocalDateTime localTime(Instant instant) {
            return instant.atZone(newYork).toLocalDateTime();
        }
    }

    @Test
    void theStandUpOccurrenceIsNamedAfterItsStartInUtc() {
        SourceItem standUp = DEMO.sourceItems().stream().filter(i -> i.title().equals("Platform stand-up"))
                .findFirst().orElseThrow();
        ZonedDateTime start = standUp.start().atZone(VIENNA);
        assertThat(start.toLocalDate()).isEqualTo(TODAY);
        assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(9, 15));
        // 09:15 in Vienna in November is 08:15 UTC
        assertThat(standUp.ref()).endsWith("_20251122T081500Z");
        assertThat(standUp.ref()).startsWith(standUp.threadId() + "_");
    }

    // ---- helpers

    private static Health health(String code) {
        return ProjectHealth.assess(project(code), DEMO, TODAY);
    }

    private static Project project(String code) {
        return DEMO.projects().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static Project projectById(UUID id) {
        return DEMO.projects().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static String code(UUID projectId) {
        return projectById(projectId).code();
    }

    private static List<Task> tasksOf(UUID projectId) {
        return DEMO.tasks().stream().filter(t -> projectId.equals(t.projectId())).toList();
    }

    private static Task task(UUID id) {
        return DEMO.tasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static SourceItem item(SourceKind kind, String ref) {
        return DEMO.sourceItems().stream().filter(i -> i.kind() == kind && i.ref().equals(ref)).findFirst()
                .orElseThrow();
    }

    private static BigDecimal plannedTotal(Project project) {
        return DEMO.budgetLines().stream().filter(l -> l.projectId().equals(project.id()))
                .map(l -> l.planned().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal spent(UUID projectId) {
        return DEMO.transactions().stream().filter(t -> t.projectId().equals(projectId))
                .map(t -> t.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<SourceItem> occurrencesLeftOut(WorkspaceSnapshot workspace) {
        return workspace.sourceItems().stream().filter(i -> !i.ref().contains("_")).toList();
    }

    private static <T> Set<UUID> ids(List<T> records, Function<T, UUID> id) {
        return records.stream().map(id).collect(toSet());
    }

    private static <T> Map<UUID, T> byId(List<T> records, Function<T, UUID> id) {
        return records.stream().collect(toMap(id, r -> r));
    }

    private static Map<UUID, List<UUID>> blocksGraph() {
        Map<UUID, List<UUID>> graph = new HashMap<>();
        for (TaskLink link : DEMO.links()) {
            if (link.kind() == LinkKind.BLOCKS) {
                graph.computeIfAbsent(link.fromTaskId(), k -> new ArrayList<>()).add(link.toTaskId());
                graph.computeIfAbsent(link.toTaskId(), k -> new ArrayList<>());
            }
        }
        return graph;
    }

    private static Set<UUID> nodesOf(Map<UUID, List<UUID>> graph) {
        return graph.keySet();
    }

    /** Kahn's algorithm: the order is shorter than the node count exactly when there is a cycle. */
    private static List<UUID> topologicalOrder(Map<UUID, List<UUID>> graph) {
        Map<UUID, Integer> incoming = new HashMap<>();
        graph.keySet().forEach(n -> incoming.putIfAbsent(n, 0));
        graph.values().forEach(targets -> targets.forEach(t -> incoming.merge(t, 1, Integer::sum)));
        List<UUID> ready = new ArrayList<>(incoming.entrySet().stream().filter(e -> e.getValue() == 0)
                .map(Map.Entry::getKey).toList());
        List<UUID> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            UUID node = ready.remove(ready.size() - 1);
            order.add(node);
            for (UUID next : graph.get(node)) {
                if (incoming.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return order;
    }

    /** Number of tasks on the longest BLOCKS path. */
    private static int longestChain(Map<UUID, List<UUID>> graph) {
        Map<UUID, Integer> longestFrom = new HashMap<>();
        List<UUID> order = topologicalOrder(graph);
        for (int i = order.size() - 1; i >= 0; i--) {
            UUID node = order.get(i);
            int best = 1 + graph.get(node).stream().mapToInt(longestFrom::get).max().orElse(0);
            longestFrom.put(node, best);
        }
        return longestFrom.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    @Test
    void theCycleCheckWouldSeeACycle() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        Map<UUID, List<UUID>> cyclic = Map.of(a, List.of(b), b, List.of(c), c, List.of(a));
        Map<UUID, List<UUID>> chain = Map.of(a, List.of(b), b, List.of(c), c, List.of());
        assertThat(topologicalOrder(cyclic)).hasSizeLessThan(3);
        assertThat(longestChain(chain)).isEqualTo(3);
        assertThat(Arrays.asList(a, b, c)).doesNotHaveDuplicates();
    }
}
