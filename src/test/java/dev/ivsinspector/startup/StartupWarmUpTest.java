package dev.ivsinspector.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

class StartupWarmUpTest {

    @Test
    void theStylesheetItReadsAheadIsTheThemesBinaryOne() throws Exception {
        // If an AtlantaFX upgrade moved it, the warm-up would silently read nothing.
        URL stylesheet = StartupWarmUp.lightThemeBinaryStylesheet();
        assertThat(stylesheet).isNotNull();
        assertThat(Stylesheet.loadBinary(stylesheet).getRules()).hasSizeGreaterThan(100);
        assertThat(stylesheet.getPath())
                .endsWith(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet().replace(".css", ".bss"));
    }
}
