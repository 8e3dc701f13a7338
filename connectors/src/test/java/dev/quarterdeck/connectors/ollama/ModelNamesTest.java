package dev.quarterdeck.connectors.ollama;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelNamesTest {

    @Test
    void aNameWithoutTagMeansLatest() {
        assertThat(ModelNames.canonical("nomic-embed-text")).isEqualTo("nomic-embed-text:latest");
        assertThat(ModelNames.canonical(" Llama3.1:8B ")).isEqualTo("llama3.1:8b");
        assertThat(ModelNames.canonical("registry.local:5000/team/llama3.1")).isEqualTo(
                "registry.local:5000/team/llama3.1:latest");
    }

    @Test
    void matchesInstalledNamesByCanonicalForm() {
        List<String> installed = List.of("llama3.1:8b", "nomic-embed-text:latest");

        assertThat(ModelNames.installed("nomic-embed-text", installed)).isTrue();
        assertThat(ModelNames.installed("llama3.1:8b", installed)).isTrue();
        assertThat(ModelNames.installed("llama3.1", installed)).isFalse();
        assertThat(ModelNames.installed("llama3.1:70b", installed)).isFalse();
    }
}
