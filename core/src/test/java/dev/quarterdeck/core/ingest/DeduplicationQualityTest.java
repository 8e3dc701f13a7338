package dev.quarterdeck.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.TaskLink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * De-duplication quality on a labelled set of 218 items written for this test ({@code ingest/dedup-labelled.json},
 * in the file connector's format): 62 true pairs (Jira issues and their notification e-mails in six subject
 * styles, PRs and review requests, GitHub issues and their e-mails, events and their invitations, Asana exports
 * of Jira issues, Drive documents and their share e-mails) among near misses (e-mails that name an issue but are
 * about something else, same-titled Jira issues, titles one word apart, a recurring report months apart, reply
 * threads) and 40 unrelated items. Precision and recall are over pairs.
 *
 * <p>Floors: precision ≥ 0.95, because a false merge hides work from the user (its task is closed), while a missed
 * pair only shows the same work twice; recall ≥ 0.85, since every pair in the set carries either a shared
 * identifier or a near-identical title — what the rules are meant to catch.
 */
class DeduplicationQualityTest {

    private static final Logger LOG = LoggerFactory.getLogger(DeduplicationQualityTest.class);

    @TempDir
    Path dir;

    @Test
    void precisionAndRecallOnTheLabelledSet() throws Exception {
        ItemFileReader.Contents contents = ItemFileReader.read("dedup-labelled.json", resource("dedup-labelled.json"),
                Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(contents.items()).hasSizeGreaterThanOrEqualTo(200);
        List<Set<String>> clusters = clusters(resource("dedup-labels.txt"));
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String key : clusters.get(i)) {
                clusterOf.put(key, i);
            }
        }

        Map<UUID, String> itemOfTask = new HashMap<>();
        List<TaskLink> duplicates;
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC);
        try (Store store = Store.open(StoreConfig.h2File(dir), clock)) {
            new IngestionPipeline(clock).ingest(store, Actor.connector("file"), contents.batch());
            for (SourceItem item : store.sourceItems().listAll()) {
                itemOfTask.put(item.taskId(), item.kind() + ":" + item.ref());
            }
            duplicates = store.links().listAll().stream().filter(l -> l.kind() == LinkKind.DUPLICATES).toList();
        }

        int truePositives = 0;
        List<String> wrong = new ArrayList<>();
        Set<Integer> found = new HashSet<>();
        for (TaskLink link : duplicates) {
            String a = itemOfTask.get(link.fromTaskId());
            String b = itemOfTask.get(link.toTaskId());
            Integer cluster = clusterOf.get(a);
            if (cluster != null && cluster.equals(clusterOf.get(b))) {
                truePositives++;
                found.add(cluster);
            } else {
                wrong.add(a + " ≠ " + b);
            }
        }
        double precision = duplicates.isEmpty() ? 1 : (double) truePositives / duplicates.size();
        double recall = (double) found.size() / clusters.size();
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            if (!found.contains(i)) {
                missed.add(String.join(" = ", clusters.get(i)));
            }
        }
        String report = "De-duplication on %d items, %d true pairs: %d flagged, precision %.3f, recall %.3f%n"
                .formatted(contents.items().size(), clusters.size(), duplicates.size(), precision, recall)
                + "  false merges: " + wrong + "\n  missed: " + missed;
        System.out.println(report);
        LOG.info(report);

        assertThat(precision).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as(report).isGreaterThanOrEqualTo(0.85);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DeduplicationQualityTest.class.getResourceAsStream("/ingest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Set<String>> clusters(String text) {
        List<Set<String>> clusters = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                clusters.add(Set.of(line.strip().split(",")));
            }
        }
        return clusters;
    }
}
