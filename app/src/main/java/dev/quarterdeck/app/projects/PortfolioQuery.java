package dev.quarterdeck.app.projects;

import dev.quarterdeck.core.store.Store;
import java.time.LocalDate;
import java.util.List;

/** Reads every project with what its health needs and sums it up, in the store's order (by name). */
public final class PortfolioQuery {

    private PortfolioQuery() {
    }

    public static List<ProjectSummary> load(Store store, LocalDate today) {
        return store.projects().list().stream()
                .map(project -> ProjectRecords.read(store, project).summary(today))
                .toList();
    }
}
