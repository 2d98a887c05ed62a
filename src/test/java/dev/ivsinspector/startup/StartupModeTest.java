package dev.ivsinspector.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StartupModeTest {

    @Test
    void usersRunsAreNormalWhenTheSwitchIsNotSet() {
        assertThat(StartupMode.parse(null)).isEqualTo(StartupMode.NORMAL);
        assertThat(StartupMode.parse(" ")).isEqualTo(StartupMode.NORMAL);
    }

    @Test
    void theSwitchNamesTheRunInAnyCase() {
        assertThat(StartupMode.parse("training")).isEqualTo(StartupMode.TRAINING);
        assertThat(StartupMode.parse("Probe ")).isEqualTo(StartupMode.PROBE);
    }

    @Test
    void aMisspeltRunSaysWhichValuesThereAre() {
        assertThatThrownBy(() -> StartupMode.parse("train"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Divsinspector.startup=train: expected normal, training or probe");
    }
}
