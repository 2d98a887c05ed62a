package dev.ivsinspector.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for bench/startup.sh: an empty JavaFX window with the app's title, started with the packaged
 * app's own runtime and options, measured the same way in the same run as the app.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("IVS Inspector");
        stage.setScene(new Scene(new Label("bare window"), 1440, 900));
        stage.show();
    }

    /** Plain main class: launching a class that extends Application from a class path needs a separate one. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
