package dev.quarterdeck.core.ask;

import static dev.quarterdeck.core.agent.DemoFixture.DEMO;
import static dev.quarterdeck.core.agent.DemoFixture.TODAY;
import static dev.quarterdeck.core.agent.DemoFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.agent.AgentContext;
import dev.quarterdeck.core.agent.DemoFixture;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.task.Task;
import org.junit.jupiter.api.Test;

class RulesAnswererTest {

    private final RulesAnswerer rules = new RulesAnswerer();
    private final AgentContext context = context(DEMO);

    @Test
    void overdueInAProjectListsExactlyItsOverdueTasks() {
        var kube = DemoFixture.project("KUBE");
        long expected = DEMO.tasks().stream().filter(t -> kube.id().equals(t.projectId()) && t.isOverdue(TODAY))
                .count();

        RulesAnswerer.Answer answer = rules.answer("what is overdue in KUBE", context);

        assertThat(answer.title()).isEqualTo("Overdue in KUBE");
        assertThat(expected).isPositive();
        assertThat(answer.lines()).hasSize((int) expected).allMatch(line -> line.contains("(KUBE)"));
        DEMO.tasks().stream().filter(t -> kube.id().equals(t.projectId()) && t.isOverdue(TODAY)).map(Task::title)
                .forEach(title -> assertThat(answer.lines()).anyMatch(line -> line.startsWith("“" + title + "”")));
    }

    @Test
    void risksAboveAThresholdAreTheActiveOnesScoringMore() {
        long expected = DEMO.risks().stream().filter(r -> r.status().isActive() && r.score() > 15).count();

        RulesAnswerer.Answer answer = rules.answer("risks above 15", context);

        assertThat(answer.title()).isEqualTo("Open risks above 15");
        assertThat(answer.lines()).hasSize((int) Math.max(1, expected));
        DEMO.risks().stream().filter(r -> r.status().isActive() && r.score() > 15).map(Risk::key)
                .forEach(key -> assertThat(answer.lines()).anyMatch(line -> line.contains(" " + key + " ")));
    }

    @Test
    void otherQuestionsAnswerFromTheirRecords() {
        assertThat(rules.answer("Who needs an update?", context).title()).isEqualTo("Due an update");
        assertThat(rules.answer("milestones slipping in KUBE", context).lines())
                .allMatch(line -> line.startsWith("KUBE milestone “"));
        assertThat(rules.answer("status of ATLAS", context).lines()).singleElement().asString()
                .startsWith("ATLAS “");
        assertThat(rules.answer("what is due this week", context).title()).isEqualTo("Due within 7 days");
    }

    @Test
    void aQuestionItCannotAnswerGetsTheExamples() {
        RulesAnswerer.Answer answer = rules.answer("write me a poem", context);
        assertThat(answer.understood()).isFalse();
        assertThat(answer.lines()).isEqualTo(RulesAnswerer.EXAMPLES);
        assertThat(answer.markdown()).startsWith("**I can answer these without a language model**");
    }
}
