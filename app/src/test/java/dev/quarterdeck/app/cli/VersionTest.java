package dev.quarterdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void mavenFillsInTheVersionResource() {
        assertThat(Version.fromResource()).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void fromClassesTheResourceAnswersBecauseThereIsNoManifest() {
        assertThat(Version.fromManifest(Version.class.getPackage())).isEmpty();
        assertThat(Version.current()).isEqualTo(Version.fromResource().orElseThrow());
    }
}
