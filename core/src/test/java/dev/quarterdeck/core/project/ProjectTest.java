package dev.quarterdeck.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private static Project project(String code, LocalDate start, LocalDate due, String budget) {
        return new Project(UUID.randomUUID(), code, "Atlas office move", "", ProjectStatus.ACTIVE, Priority.HIGH,
                "Lea Novak", null, start, due, List.of("Move 240 staff"), List.of(), "", "",
                Currency.getInstance("EUR"), new BigDecimal(budget), NOW, NOW, 0);
    }

    @Test
    void acceptsAWellFormedProject() {
        Project p = project("ATLAS", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31), "240000");
        assertThat(p.code()).isEqualTo("ATLAS");
        assertThat(p.objectives()).containsExactly("Move 240 staff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"atlas", "A", "1KUBE", "KUBE-1", "ABCDEFGHIJKLM"})
    void rejectsMalformedCodes(String code) {
        assertThatThrownBy(() -> project(code, null, null, "0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("code");
    }

    @Test
    void rejectsADueDateBeforeTheStart() {
        assertThatThrownBy(() -> project("ATLAS", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 1), "0"))
                .hasMessage("due (2026-08-01) must not be before start (2026-09-01)");
    }

    @Test
    void rejectsANegativeBudget() {
        assertThatThrownBy(() -> project("ATLAS", null, null, "-1"))
                .hasMessage("budgetTotal must not be negative, was -1");
    }

    @Test
    void objectivesAreCopiedSoTheRecordStaysImmutable() {
        List<String> objectives = new java.util.ArrayList<>(List.of("a"));
        Project p = new Project(UUID.randomUUID(), "KUBE", "Kubernetes 1.31", "", ProjectStatus.ACTIVE,
                Priority.MEDIUM, null, null, null, null, objectives, List.of(), "", "", Currency.getInstance("USD"),
                BigDecimal.ZERO, NOW, NOW, 0);
        objectives.add("b");
        assertThat(p.objectives()).containsExactly("a");
        assertThatThrownBy(() -> p.objectives().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
