package dev.ivsinspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneratedSamplesTest {

    @Test
    void zeroPaddingMatchesTheFormatterItReplaced() {
        for (int value : new int[] {0, 7, 42, 99_999, 100_000, 123_456_789, 999_999_999, 1_000_000_000}) {
            assertThat(GeneratedSamples.zeroPadded(value, 9)).isEqualTo(String.format("%09d", value));
            assertThat(GeneratedSamples.zeroPadded(value, 5)).isEqualTo(String.format("%05d", value));
        }
    }

    @Test
    void idsKeepTheServiceShapeOfTwelveCharacters() {
        assertThat(GeneratedSamples.generate("ap-south-1", 0, 300))
                .allSatisfy(config -> assertThat(config.id()).hasSize(12).startsWith("Gen"))
                .extracting(SampleConfig::id).doesNotHaveDuplicates();
        assertThat(GeneratedSamples.generate("ap-south-1", 17, 1).get(0).name()).isEqualTo("talk-00017");
    }
}
