package dev.ivsinspector.model.doctor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every check's result for one configuration, and the most likely cause when a check failed. */
public record DoctorReport(String configurationArn, String state, List<CheckResult> results) {

    public DoctorReport {
        results = List.copyOf(results);
    }

    /**
     * The finding that most likely explains a failure: the first failed check in {@link CheckId} order (the
     * bucket must exist before its region matters, and so on). Empty when no check failed: a warning says
     * something may go wrong, not that it did, so it is never presented as the cause.
     */
    public Optional<CheckResult> mostLikelyCause() {
        return results.stream()
                .filter(r -> r.status() == CheckStatus.FAILED)
                .min(Comparator.comparing(CheckResult::id));
    }

    /** The warnings, in {@link CheckId} order. */
    public List<CheckResult> warnings() {
        return results.stream().filter(r -> r.status() == CheckStatus.WARNING)
                .sorted(Comparator.comparing(CheckResult::id)).toList();
    }

    public long count(CheckStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    public boolean allPassed() {
        return results.stream().allMatch(r -> r.status() == CheckStatus.PASSED);
    }
}
