package dev.ivsinspector.model.doctor;

import java.util.List;

/**
 * One check's finding: its status, one line saying what was found, what to do, the evidence (each call's
 * question, answer and request id) and the documentation page it rests on.
 */
public record CheckResult(CheckId id, CheckStatus status, String title, String summary, String advice,
                          List<ProbeAnswer> evidence, DocPage doc) {

    public CheckResult {
        evidence = List.copyOf(evidence);
    }
}
