package dev.quarterdeck.core.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ModelSettingsTest {

    @Test
    void defaultsPointAtALocalOllamaWithAGenerousTimeout() {
        ModelSettings settings = ModelSettings.defaults();

        assertThat(settings.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:11434"));
        assertThat(settings.model()).isEqualTo("llama3.1:8b");
        assertThat(settings.embeddingModel()).isEqualTo("nomic-embed-text");
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.enabled()).isTrue();
    }

    @Test
    void normalisesTheAddressAndTrimsModelNames() {
        ModelSettings settings = ModelSettings.defaults().withBaseUrl(URI.create("http://gpu-box:11434/"))
                .withModel(" qwen2.5:7b ");

        assertThat(settings.baseUrl()).isEqualTo(URI.create("http://gpu-box:11434"));
        assertThat(settings.model()).isEqualTo("qwen2.5:7b");
    }

    @Test
    void refusesAddressesAndValuesThatCannotWork() {
        ModelSettings defaults = ModelSettings.defaults();

        assertThatThrownBy(() -> defaults.withBaseUrl(URI.create("ftp://host"))).hasMessageContaining("http or https");
        assertThatThrownBy(() -> defaults.withBaseUrl(URI.create("127.0.0.1:11434")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withBaseUrl(URI.create("http://host:11434/?x=1")))
                .hasMessageContaining("like http://127.0.0.1:11434");
        assertThatThrownBy(() -> defaults.withModel(" ")).hasMessage("model must not be blank");
        assertThatThrownBy(() -> defaults.withRequestTimeout(Duration.ZERO)).hasMessageContaining("positive");
    }
}
