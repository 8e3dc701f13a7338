package dev.quarterdeck.app.projects.risks;

import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskScorePoint;
import dev.quarterdeck.core.risk.RiskTrend;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One line of the risk table: the risk, its score history from the audit trail, the tasks and milestones linked to
 * it, and what follows from them.
 */
public record RiskRow(Risk risk, List<RiskScorePoint> history, LocalDate today, List<LinkedWork> links) {

    public RiskRow {
        history = List.copyOf(history);
        links = List.copyOf(links);
    }

    public RiskRow(Risk risk, List<RiskScorePoint> history, LocalDate today) {
        this(risk, history, today, List.of());
    }

    /** "2 tasks · 1 milestone", or "—" without links. */
    public String linksText() {
        long tasks = links.stream().filter(LinkedWork::task).count();
        long milestones = links.size() - tasks;
        List<String> parts = new java.util.ArrayList<>();
        if (tasks > 0) {
            parts.add(tasks + (tasks == 1 ? " task" : " tasks"));
        }
        if (milestones > 0) {
            parts.add(milestones + (milestones == 1 ? " milestone" : " milestones"));
        }
        return parts.isEmpty() ? "—" : String.join(" · ", parts);
    }

    public RiskTrend trend() {
        return RiskTrend.of(history);
    }

    /** "↑ rising", "↓ falling", "→ steady": arrow and word. */
    public String trendText() {
        return switch (trend()) {
            case RISING -> "↑ rising";
            case FALLING -> "↓ falling";
            case STEADY -> "→ steady";
        };
    }

    public boolean reviewOverdue() {
        return risk.isReviewOverdue(today);
    }

    /** Matches the filter text in key, title, category, owner, status or band. */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        return contains(risk.key(), needle) || contains(risk.title(), needle) || contains(risk.category(), needle)
                || contains(risk.owner(), needle) || contains(risk.status().name(), needle)
                || contains(risk.band().label(), needle);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** "2 Mar: 6 · 9 Mar: 9 · 16 Mar: 9", the recorded ratings oldest first (the last ten). */
    public String historyText() {
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                Locale.ENGLISH);
        List<RiskScorePoint> shown = history.subList(Math.max(0, history.size() - 10), history.size());
        return String.join(" · ", shown.stream().map(p -> format.format(p.date()) + ": " + p.likelihood() + "×"
                + p.impact() + " = " + p.score()).toList());
    }
}
