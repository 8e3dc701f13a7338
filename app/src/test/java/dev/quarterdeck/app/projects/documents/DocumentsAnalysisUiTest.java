package dev.quarterdeck.app.projects.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.inbox.InboxItem;
import dev.quarterdeck.app.inbox.InboxModel;
import dev.quarterdeck.app.projects.registers.TabHarness;
import dev.quarterdeck.core.agent.AgentModel;
import dev.quarterdeck.core.agent.AgentService;
import dev.quarterdeck.core.agent.DocumentAgent;
import dev.quarterdeck.core.agent.Proposal;
import dev.quarterdeck.core.agent.ProposalKind;
import dev.quarterdeck.core.document.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Analyse on the Documents tab of a demo project, with AI off: the rules find the summary, action items, a risk and
 * dates off the FX thread; the analysis is shown with the document and its proposals wait in the Inbox.
 */
class DocumentsAnalysisUiTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path outside;

    @RegisterExtension
    final TabHarness harness = new TabHarness();

    private final FxRobot robot = new FxRobot();

    @Test
    void analysingADocumentShowsItsSummaryAndPutsItsFindingsInTheInbox() throws Exception {
        LocalDate signBy = LocalDate.now().plusDays(12);
        Path minutes = Files.writeString(outside.resolve("lease review.md"), """
                # Lease review with the landlord
                The landlord sent the final lease draft for Quay Street 4, third floor.
                - Lea will return the signed lease by %s.
                - Action: Tom - collect three quotes from movers
                - We must confirm the network installation by next Friday.
                - Risk: the landlord may delay the handover of the keys, a major problem for the move.
                """.formatted(signBy));
        harness.open(dataDir, "ATLAS");
        DocumentsTab tab = harness.show(c -> new DocumentsTab(c, dataDir, AgentModel::none), DocumentsTab::view);
        harness.fx(() -> {
            tab.attachPaths(List.of(minutes));
            return null;
        });
        harness.settle();
        @SuppressWarnings("unchecked")
        TableView<DocumentRow> table = robot.lookup("#document-table").queryAs(TableView.class);
        Button analyse = robot.lookup("#document-analyse").queryAs(Button.class);
        assertThat(analyse.isDisabled()).isTrue();

        harness.fx(() -> {
            table.getSelectionModel().select(0);
            return null;
        });
        harness.settle();
        assertThat(analyse.isDisabled()).isFalse();
        harness.fx(() -> {
            analyse.fire();
            return null;
        });
        harness.settle();

        Document document = harness.store().documents().listByProject(harness.project().id()).get(0);
        List<Proposal> proposals = new AgentService(harness.store()).pending().stream()
                .filter(p -> p.agent().equals(DocumentAgent.NAME)).toList();
        assertThat(proposals).isNotEmpty().allSatisfy(p -> assertThat(p.targetId()).isEqualTo(document.id()));
        assertThat(proposals).extracting(Proposal::kind).contains(ProposalKind.CREATE_TASK, ProposalKind.ADD_RISK);
        assertThat(proposals).anySatisfy(p -> assertThat(p.summary())
                .contains("Return the signed lease", "due " + DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH)
                        .format(signBy)));
        assertThat(robot.lookup("#document-summary").queryAs(Label.class).getText())
                .startsWith("Lease review with the landlord. The landlord sent the final lease draft");
        assertThat(robot.lookup("#document-analysis-by").queryAs(Label.class).getText()).startsWith("Found by rules");
        assertThat(robot.lookup("#document-analysis-result").queryAs(Label.class).getText())
                .isEqualTo(proposals.size() + " new proposals in the Inbox.");
        assertThat(table.getItems().get(0).analysisText()).isEqualTo("rules \u00b7 6 found");
        assertThat(harness.changes()).isEqualTo(2);

        InboxModel inbox = new InboxModel(harness.background(), () -> harness.store(), harness.clock(), () -> { });
        harness.fx(() -> {
            inbox.refresh();
            return null;
        });
        harness.settle();
        assertThat(inbox.items()).extracting(InboxItem::proposal).filteredOn(p -> p.agent().equals("documents"))
                .hasSize(proposals.size());

        harness.screenshots("project-documents-analysis");
    }
}
