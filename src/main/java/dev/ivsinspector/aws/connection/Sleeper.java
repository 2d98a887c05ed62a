package dev.ivsinspector.aws.connection;

import java.time.Duration;

/** Waits between polls; tests pass one that returns at once (and moves a fake clock). */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    /** @throws InterruptedException when the thread is interrupted (a cancelled JavaFX Task does that) */
    void sleep(Duration duration) throws InterruptedException;
}
