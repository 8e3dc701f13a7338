package dev.quarterdeck.core.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancellationTokenTest {

    @Test
    void runsEachRegisteredActionOnceWhenCancelled() {
        CancellationToken token = new CancellationToken();
        List<String> ran = new ArrayList<>();
        token.onCancel(() -> ran.add("close stream"));
        token.onCancel(() -> {
            throw new IllegalStateException("already closed");
        });
        token.onCancel(() -> ran.add("update UI"));

        token.cancel();
        token.cancel();

        assertThat(token.isCancelled()).isTrue();
        assertThat(ran).containsExactly("close stream", "update UI");
    }

    @Test
    void aClosedRegistrationDoesNotRun() {
        CancellationToken token = new CancellationToken();
        List<String> ran = new ArrayList<>();
        CancellationToken.Registration registration = token.onCancel(() -> ran.add("finished request"));
        registration.close();
        registration.close();

        token.cancel();

        assertThat(ran).isEmpty();
    }

    @Test
    void anActionRegisteredAfterCancellationRunsAtOnce() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        List<String> ran = new ArrayList<>();

        token.onCancel(() -> ran.add("late")).close();

        assertThat(ran).containsExactly("late");
    }
}
